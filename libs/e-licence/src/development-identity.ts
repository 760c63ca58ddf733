import { X509Certificate, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

/** Passphrase of the development .p12 (it protects nothing: the key is also on disk as PEM). */
export const DEVELOPMENT_P12_PASSPHRASE = 'development';
/**
 * ASCII on purpose: node-forge's PKCS#7 signer (hence @signpdf's P12Signer) re-encodes the issuer
 * name and UTF-8-encodes UTF8String values twice, so its signatures name a non-existent issuer when
 * the CA's name is not ASCII (an em dash, or Thai). LicenceSigner copies the issuer bytes verbatim
 * and has no such limit; the development names stay usable by both.
 */
export const DEVELOPMENT_CA_NAME = 'Biz Portal Development CA - NOT FOR PRODUCTION';
export const DEVELOPMENT_SIGNER_NAME = 'Biz Portal Development e-Licence Signing - NOT FOR PRODUCTION';

/** The files of a development signing identity under `${dataDir}/signing/`. */
export function developmentSigningFiles(dataDir: string) {
  const dir = join(dataDir, 'signing');
  return {
    dir,
    caCertificate: join(dir, 'dev-ca.cert.pem'),
    caKey: join(dir, 'dev-ca.key.pem'),
    signingCertificate: join(dir, 'licence-signer.cert.pem'),
    signingKey: join(dir, 'licence-signer.key.pem'),
    /** The signing key + certificate + CA as PKCS#12, passphrase DEVELOPMENT_P12_PASSPHRASE. */
    signingP12: join(dir, 'licence-signer.p12'),
  };
}

export interface DevelopmentIdentity {
  caCertificatePem: string;
  signingCertificatePem: string;
  signingKeyPem: string;
}

/** PEM with LF line ends, as Node's X509Certificate prints it (forge writes CRLF). */
const pem = (cert: forge.pki.Certificate) => new X509Certificate(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary')).toString();
const utf8 = (shortName: string, value: string) => ({ shortName, value, valueTagClass: forge.asn1.Type.UTF8 as number });
const printable = (shortName: string, value: string) => ({ shortName, value });
/** A positive serial number of 16 random bytes, as forge wants it (hex). */
const serialNumber = () => {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  bytes[0] |= 0x01;
  return bytes.toString('hex');
};

export interface IdentityNames {
  /** Common name of the CA. */
  ca: string;
  /** Common name of the signing certificate. */
  signer: string;
  /** Organisation of both. */
  organisation: string;
  /** Signing certificate validity, default now − 1 h … now + 5 years. */
  signerValidity?: { notBefore: Date; notAfter: Date };
  /** RSA modulus length of the signing key (2048). */
  signerBits?: number;
}

/** A CA and a signing certificate it issued, with the signing identity as PKCS#12 (also used by tests). */
export function createSigningIdentity(
  names: IdentityNames = { ca: DEVELOPMENT_CA_NAME, signer: DEVELOPMENT_SIGNER_NAME, organisation: 'Biz Portal (development)' },
  p12Passphrase = DEVELOPMENT_P12_PASSPHRASE,
): DevelopmentIdentity & { caKeyPem: string; p12: Buffer } {
  // Keys by Node's native generator (forge's pure-JS one takes seconds for 3072 bits).
  const ca = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const leaf = generateKeyPairSync('rsa', { modulusLength: names.signerBits ?? 2048 });
  const caKeyPem = ca.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const signingKeyPem = leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const caKey = forge.pki.privateKeyFromPem(caKeyPem);
  const now = Date.now();
  const hour = 3600_000;

  const caCert = forge.pki.createCertificate();
  caCert.publicKey = forge.pki.publicKeyFromPem(ca.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  caCert.serialNumber = serialNumber();
  caCert.validity.notBefore = new Date(now - hour);
  caCert.validity.notAfter = new Date(now + 20 * 365 * 24 * hour);
  const caName = [utf8('CN', names.ca), utf8('O', names.organisation), printable('C', 'TH')];
  caCert.setSubject(caName);
  caCert.setIssuer(caName);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  caCert.sign(caKey, forge.md.sha256.create());

  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(leaf.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = names.signerValidity?.notBefore ?? new Date(now - hour);
  cert.validity.notAfter = names.signerValidity?.notAfter ?? new Date(now + 5 * 365 * 24 * hour);
  cert.setSubject([utf8('CN', names.signer), utf8('O', names.organisation), printable('C', 'TH')]);
  cert.setIssuer(caName);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());

  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(signingKeyPem), [cert, caCert], p12Passphrase, {
    algorithm: '3des',
    friendlyName: 'Biz Portal development e-licence signer',
  });
  return {
    caCertificatePem: pem(caCert),
    caKeyPem,
    signingCertificatePem: pem(cert),
    signingKeyPem,
    p12: Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary'),
  };
}

/**
 * Loads the development identity from `${dataDir}/signing/`, creating it on first use. Creation
 * writes into a fresh temporary directory and renames it into place, so two processes starting
 * together end up sharing one identity (the loser of the rename discards its own).
 */
export function loadOrCreateDevelopmentIdentity(dataDir: string): DevelopmentIdentity {
  const files = developmentSigningFiles(dataDir);
  const load = (): DevelopmentIdentity => ({
    caCertificatePem: readFileSync(files.caCertificate, 'utf8'),
    signingCertificatePem: readFileSync(files.signingCertificate, 'utf8'),
    signingKeyPem: readFileSync(files.signingKey, 'utf8'),
  });
  const complete = () => [files.caCertificate, files.signingCertificate, files.signingKey].every((f) => existsSync(f));
  if (complete()) return load();

  mkdirSync(dataDir, { recursive: true });
  const created = createSigningIdentity();
  const tmp = mkdtempSync(join(dataDir, '.signing-'));
  const write = (dir: string) => {
    writeFileSync(join(dir, 'dev-ca.cert.pem'), created.caCertificatePem);
    writeFileSync(join(dir, 'dev-ca.key.pem'), created.caKeyPem, { mode: 0o600 });
    writeFileSync(join(dir, 'licence-signer.cert.pem'), created.signingCertificatePem);
    writeFileSync(join(dir, 'licence-signer.key.pem'), created.signingKeyPem, { mode: 0o600 });
    writeFileSync(join(dir, 'licence-signer.p12'), created.p12, { mode: 0o600 });
    writeFileSync(
      join(dir, 'README.txt'),
      `Development signing identity for e-licences, created ${new Date().toISOString()}.\n` +
        `NOT FOR PRODUCTION: the CA key is here beside the certificates. Never commit these files.\n` +
        `licence-signer.p12 passphrase: ${DEVELOPMENT_P12_PASSPHRASE}\n`,
    );
  };
  write(tmp);
  try {
    renameSync(tmp, files.dir);
  } catch {
    // Another process won the race, or signing/ exists but is incomplete.
    rmSync(tmp, { recursive: true, force: true });
    if (!complete()) {
      mkdirSync(files.dir, { recursive: true });
      write(files.dir);
    }
  }
  return load();
}
