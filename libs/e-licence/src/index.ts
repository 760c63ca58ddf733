export type { LicenceDocument, RenderOptions } from './licence-document';
export { verificationUrl } from './licence-document';
export { renderLicencePdf, registerThaiFonts, verificationQrPng, DEFAULT_SIGNATURE_LENGTH } from './render';
export { LicenceSigner } from './signer';
export { DEVELOPMENT_P12_PASSPHRASE, DEVELOPMENT_CA_NAME, DEVELOPMENT_SIGNER_NAME, developmentSigningFiles, createSigningIdentity, type IdentityNames } from './development-identity';
export { issueSignedLicence, type SignedLicence } from './issue';
export { verifySignedPdf, type PdfVerdict, type PdfVerification, type PdfChecks, type SignerCertificateInfo } from './verify';
export { wrapThai, type TextMeasurer } from './thai-text';
export { sampleLicenceDocument } from './sample-licence';
