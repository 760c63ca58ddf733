/** What the verifier reads from X.509 certificates: names and dates, subject key identifier, key usage. */
import { createHash, type X509Certificate } from 'node:crypto';
import forge from 'node-forge';

export interface SignerCertificateInfo {
  /** e.g. "CN=Biz Portal Development e-Licence Signing — NOT FOR PRODUCTION, O=Biz Portal (development), C=TH" */
  subject: string;
  commonName: string | null;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  /** SHA-256 of the certificate's DER, hex. */
  sha256: string;
}

/** Subject, issuer and dates, read by node-forge where it can (RSA keys), else by Node. */
export function describeCertificate(cert: X509Certificate): SignerCertificateInfo {
  // forge leaves UTF8String values as UTF-8 bytes in a binary string: decode them.
  const fieldValue = (field: forge.pki.CertificateField) =>
    (field.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(String(field.value)) : String(field.value);
  const distinguishedName = (fields: forge.pki.CertificateField[]) => fields.map((field) => `${field.shortName ?? field.name ?? field.type}=${fieldValue(field)}`).join(', ');
  try {
    const parsed = forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(cert.raw.toString('binary'))));
    return {
      subject: distinguishedName(parsed.subject.attributes),
      commonName: parsed.subject.getField('CN') ? fieldValue(parsed.subject.getField('CN') as forge.pki.CertificateField) : null,
      issuer: distinguishedName(parsed.issuer.attributes),
      serialNumber: parsed.serialNumber,
      validFrom: parsed.validity.notBefore,
      validTo: parsed.validity.notAfter,
      sha256: createHash('sha256').update(cert.raw).digest('hex'),
    };
  } catch {
    return {
      subject: cert.subject.split('\n').join(', '),
      commonName: /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? null,
      issuer: cert.issuer.split('\n').join(', '),
      serialNumber: cert.serialNumber.toLowerCase(),
      validFrom: new Date(cert.validFrom),
      validTo: new Date(cert.validTo),
      sha256: createHash('sha256').update(cert.raw).digest('hex'),
    };
  }
}

/** The certificate as node-forge reads it, or null (forge reads RSA certificates only). */
function parseWithForge(cert: X509Certificate): forge.pki.Certificate | null {
  try {
    return forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(cert.raw.toString('binary'))));
  } catch {
    return null;
  }
}

/** The subjectKeyIdentifier extension, hex. */
export function subjectKeyIdentifier(cert: X509Certificate): string | undefined {
  const extension = parseWithForge(cert)?.getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier?: string } | undefined;
  return extension?.subjectKeyIdentifier;
}

/** keyUsage, when present, must allow digitalSignature or nonRepudiation. */
export function keyUsageAllowsSigning(cert: X509Certificate): boolean {
  const parsed = parseWithForge(cert);
  if (!parsed) return true; // not readable by forge (non-RSA): Node has no key-usage accessor; accept
  const usage = parsed.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean } | undefined;
  return !usage || Boolean(usage.digitalSignature || usage.nonRepudiation);
}
