import { type KeyObject, X509Certificate, createPrivateKey } from 'node:crypto';
import forge from 'node-forge';
import { Signer } from '@signpdf/utils';
import { CmsTemplate, OID, cmsAttribute } from './cms';
import type { TimestampClient, TimestampTokenInfo } from './tsa-client';
import { loadOrCreateDevelopmentIdentity } from './development-identity';
import { appendDss } from './dss';
import { fillSignaturePlaceholder, prepareSignaturePlaceholder } from './placeholder';
import type { CrlFetcher } from './revocation';

/** What the PAdES signature gets beyond B-B: a signature timestamp (B-T), then the DSS with validation data (B-LT). */
export interface PadesOptions {
  /** The TSA (TSA_URL): an RFC 3161 timestamp over the signature value, as id-aa-signatureTimeStampToken. */
  tsa?: TimestampClient | null;
  /** Where the CRLs come from: with it, a DSS (incremental update) carries the certificates and CRLs of the signer's and the TSA's chains. */
  revocation?: CrlFetcher | null;
}

/**
 * Signs licence PDFs. The key is parsed once (PKCS#12 through node-forge, then held as a Node
 * `KeyObject`); every signature is a detached CMS SignedData whose RSA/ECDSA operation runs in
 * Node's native crypto, with contentType, signingTime, messageDigest and ESS signing-certificate-v2
 * (RFC 5035) as signed attributes.
 */
export class LicenceSigner {
  /** The signing certificate, PEM. */
  readonly certificatePem: string;
  /** Its issuers, PEM, the signing certificate's issuer first (embedded in every signature). */
  readonly chainPem: string[];
  /** The CA a verifier should trust: the self-signed root of the chain (or the topmost issuer). */
  readonly trustAnchorPem: string;
  /** Subject of the signing certificate, e.g. "CN=…\nO=…" as Node prints it. */
  readonly subject: string;
  private readonly template: CmsTemplate;

  private constructor(privateKey: KeyObject, certificate: X509Certificate, chain: X509Certificate[], trustAnchorPem?: string) {
    if (!certificate.checkPrivateKey(privateKey)) throw new Error('LicenceSigner: the private key does not match the certificate');
    this.certificatePem = certificate.toString();
    this.chainPem = chain.map((c) => c.toString());
    this.trustAnchorPem = trustAnchorPem ? new X509Certificate(trustAnchorPem).toString() : (chain.length ? chain[chain.length - 1] : certificate).toString();
    this.subject = certificate.subject;
    this.template = new CmsTemplate({ privateKey, certificateDer: certificate.raw, chainDer: chain.map((c) => c.raw) });
  }

  /**
   * Parses a PKCS#12 (.p12/.pfx) once: the private key (RSA or EC), the certificate that matches
   * it and the issuers found in the file, ordered leaf's issuer first. Throws on a wrong
   * passphrase or when no certificate matches the key.
   */
  static fromP12(p12: Buffer, passphrase: string): LicenceSigner {
    const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), false, passphrase);
    const keyBags = [
      ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
      ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag!] ?? []),
    ];
    const certBags = parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag!] ?? [];
    if (keyBags.length === 0) throw new Error('LicenceSigner: the PKCS#12 holds no private key');
    const keyBag = keyBags[0];
    // forge decodes RSA keys; other key types arrive as the PrivateKeyInfo ASN.1 (bag.asn1).
    const keyInfo = keyBag.key
      ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key as forge.pki.rsa.PrivateKey))
      : (keyBag as unknown as { asn1: forge.asn1.Asn1 }).asn1;
    const privateKey = createPrivateKey({ key: Buffer.from(forge.asn1.toDer(keyInfo).getBytes(), 'binary'), format: 'der', type: 'pkcs8' });
    const certificates = certBags.map((bag) => {
      const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : (bag as unknown as { asn1: forge.asn1.Asn1 }).asn1;
      return new X509Certificate(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
    });
    const leaf = certificates.find((c) => c.checkPrivateKey(privateKey));
    if (!leaf) throw new Error('LicenceSigner: no certificate in the PKCS#12 matches its private key');
    return new LicenceSigner(privateKey, leaf, orderChain(leaf, certificates));
  }

  /** From PEM files' contents (a key in PKCS#8 or PKCS#1, the certificate, its issuers). */
  static fromPem(privateKeyPem: string, certificatePem: string, chainPem: string[] = [], trustAnchorPem?: string): LicenceSigner {
    const leaf = new X509Certificate(certificatePem);
    return new LicenceSigner(createPrivateKey(privateKeyPem), leaf, orderChain(leaf, chainPem.map((p) => new X509Certificate(p))), trustAnchorPem);
  }

  /**
   * A development identity under `${dataDir}/signing/`: on first use creates a self-signed CA
   * ("Biz Portal Development CA — NOT FOR PRODUCTION") and a signing certificate it issues
   * (digitalSignature + nonRepudiation), as PEM files plus a .p12 of the signing identity
   * (passphrase DEVELOPMENT_P12_PASSPHRASE), and the development TSA's key and certificate; the certificates name
   * `crlUrl` (default the local trust services') as their CRL distribution point. Later calls load them. Keep data/
   * out of git.
   */
  static development(dataDir: string, options: { crlUrl?: string } = {}): LicenceSigner {
    const identity = loadOrCreateDevelopmentIdentity(dataDir, options);
    return LicenceSigner.fromPem(identity.signingKeyPem, identity.signingCertificatePem, [identity.caCertificatePem], identity.caCertificatePem);
  }

  /** The signing certificate and its issuers (DER), signer first: what a DSS carries for this signer. */
  get certificatesDer(): Buffer[] {
    return [new X509Certificate(this.certificatePem).raw, ...this.chainPem.map((p) => new X509Certificate(p).raw)];
  }

  /** The detached CMS (DER) over `content` (parts hashed in order), CAdES signed attributes, no timestamp. */
  signCms(content: Buffer | readonly Buffer[]): Buffer {
    return this.template.sign(content);
  }

  /**
   * A detached CAdES signature (CMS SignedData, DER) over `content` with the agency key: signed attributes
   * contentType, messageDigest and signing-certificate-v2; with a TSA, an RFC 3161 signature timestamp over the
   * signature value as the unsigned attribute id-aa-signatureTimeStampToken (CAdES-T). For anything the agency signs
   * besides PDFs (e.g. the daily Merkle root of the history anchoring).
   */
  async signDetached(content: Buffer | readonly Buffer[], options: { tsa?: TimestampClient | null } = {}): Promise<{ cms: Buffer; timestamp?: TimestampTokenInfo }> {
    const signature = this.template.signature(content);
    if (!options.tsa) return { cms: signature.encode() };
    const token = await options.tsa.timestamp(signature.signatureValue);
    return { cms: signature.encode([cmsAttribute(OID.signatureTimeStampToken, token.token)]), timestamp: token };
  }

  /**
   * Fills the signature placeholder of a PDF made by `renderLicencePdf` (any
   * @signpdf placeholder works): sets the /ByteRange, signs everything but /Contents and writes the
   * CMS into /Contents. Synchronous; returns a new buffer (the input is not modified).
   */
  sign(pdfWithPlaceholder: Buffer): Buffer {
    return fillSignaturePlaceholder(pdfWithPlaceholder, (parts) => this.template.sign(parts));
  }

  /**
   * Signs a PDF made by `renderLicencePdf` (SubFilter ETSI.CAdES.detached) at PAdES baseline: B-B always; B-T with a
   * TSA (the signature timestamp); B-LT when the revocation source is given too, by appending a DSS with the
   * certificates of the signer's and the TSA's chains and their CRLs. Throws when the TSA or a CRL cannot be had.
   */
  async signPades(pdfWithPlaceholder: Buffer, options: PadesOptions = {}): Promise<Buffer> {
    const prepared = prepareSignaturePlaceholder(pdfWithPlaceholder);
    const signature = this.template.signature(prepared.parts);
    const token = options.tsa ? await options.tsa.timestamp(signature.signatureValue) : undefined;
    const signed = prepared.write(signature.encode(token ? [cmsAttribute(OID.signatureTimeStampToken, token.token)] : []));
    if (!options.revocation) return signed;
    const certificates: X509Certificate[] = [];
    for (const certificate of [new X509Certificate(this.certificatePem), ...this.chainPem.map((p) => new X509Certificate(p)), ...(token?.certificates ?? [])]) {
      if (!certificates.some((c) => c.raw.equals(certificate.raw))) certificates.push(certificate);
    }
    const crls = await options.revocation.crlsFor(certificates);
    return appendDss(signed, { certificates: certificates.map((c) => c.raw), crls });
  }

  /** The same signer for @signpdf's `SignPdf.sign(pdf, signer)`. */
  asSignPdfSigner(): Signer {
    const template = this.template;
    return new (class NativeCmsSigner extends Signer {
      override async sign(pdfBuffer: Buffer): Promise<Buffer> {
        return template.sign(pdfBuffer);
      }
    })();
  }
}

/** Orders the issuers of `leaf` found among `pool`, issuer first; certificates off the path are dropped. */
function orderChain(leaf: X509Certificate, pool: X509Certificate[]): X509Certificate[] {
  const chain: X509Certificate[] = [];
  let current = leaf;
  for (let depth = 0; depth < 8; depth++) {
    if (current.checkIssued(current) && current.verify(current.publicKey)) break; // self-signed root
    const issuer = pool.find((c) => !c.raw.equals(current.raw) && current.checkIssued(c) && current.verify(c.publicKey));
    if (!issuer || chain.some((c) => c.raw.equals(issuer.raw))) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}
