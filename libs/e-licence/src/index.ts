export type { HearingResult, LicenceDocument, RenderOptions } from './licence-document';
export { verificationUrl } from './licence-document';
export { renderLicencePdf, verificationQrPng, urlQrPng, DEFAULT_SIGNATURE_LENGTH } from './render';
export { pdfBytes, registerThaiFonts } from './pdfkit-thai-fonts';
export { LicenceSigner, type PadesOptions } from './signer';
export { addSignaturePlaceholder, type SignatureFields } from './placeholder';
export { CrlFetcher } from './revocation';
export { appendDss, readDssUpdate, type ValidationData } from './dss';
export {
  DEVELOPMENT_P12_PASSPHRASE,
  DEVELOPMENT_CA_NAME,
  DEVELOPMENT_SIGNER_NAME,
  DEVELOPMENT_TSA_NAME,
  DEFAULT_DEVELOPMENT_CRL_URL,
  developmentSigningFiles,
  createSigningIdentity,
  loadDevelopmentAuthorities,
  revokeDevelopmentCertificate,
  type IdentityNames,
} from './development-identity';
export { issueSignedLicence, type SignedLicence } from './issue';
export { verifySignedPdf, type PdfVerdict, type PdfVerification, type PdfChecks, type SignerCertificateInfo, type PadesLevel, type PadesReport } from './verify';
export { wrapThai, type TextMeasurer } from './thai-text';
/** The A4 page of the product's Thai documents (licences, acknowledgements): geometry, colours, frame and a text cursor. */
export { Layout, drawFrame, drawText, A4, MARGIN, CONTENT_WIDTH, BOTTOM_LIMIT, NAVY, GREY, RULE } from './page-layout';
export { sampleLicenceDocument } from './sample-licence';
/** RFC 3161: the client (TSA_URL), the token reader, and the development TSA with its CRL. */
export { timestamp, TimestampClient, TimestampError, timestampRequest, readTimestampResponse, type TimestampInput, type TimestampOptions, type TimestampTokenInfo } from './tsa-client';
export { readTimestampToken } from './timestamp-token';
export { TimestampAuthority, DEVELOPMENT_TSA_POLICY, TSA_FAILURE, type TimestampAuthorityOptions } from './tsa-server';
export { startDevelopmentTrustServices, type TrustServices, type TrustServicesOptions } from './dev-trust-services';
export { createCrl, readCrl, crlDistributionPoints, type CrlInfo } from './crl';
