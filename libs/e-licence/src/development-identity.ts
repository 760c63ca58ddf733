import { X509Certificate, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
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
export const DEVELOPMENT_TSA_NAME = 'Biz Portal Development Time-Stamping Authority - NOT FOR PRODUCTION';
/** Where the local trust services (apps/tsa-local, port 12113) publish the development CA's CRL. */
export const DEFAULT_DEVELOPMENT_CRL_URL = 'http://127.0.0.1:12113/dev-ca.crl';

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
    /** The development TSA's key and certificate (PEM, key first: one file, so that it is replaced at once). */
    tsa: join(dir, 'tsa.pem'),
    /** Serial numbers the development CA has revoked: JSON [{ "serialNumber": "hex", "revokedAt": "ISO date" }]. */
    revoked: join(dir, 'revoked.json'),
  };
}

export interface DevelopmentIdentity {
  caCertificatePem: string;
  signingCertificatePem: string;
  signingKeyPem: string;
}

/** The development CA with its key, and the TSA it certified: what the local trust services run on. */
export interface DevelopmentAuthorities {
  caCertificatePem: string;
  caKeyPem: string;
  tsaCertificatePem: string;
  tsaKeyPem: string;
  /** Revoked serial numbers (hex, lower case) with their dates. */
  revoked: { serialNumber: string; revokedAt: Date }[];
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
  /** Common name of the TSA certificate (DEVELOPMENT_TSA_NAME). */
  tsa?: string;
  /** The CRL distribution point named in the certificates the CA issues (DEFAULT_DEVELOPMENT_CRL_URL). */
  crlUrl?: string;
}

const HOUR = 3600_000;

interface Issuer {
  certificate: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
}

/**
 * An end-entity certificate issued by `ca` for `publicKeyPem`: basicConstraints cA false, the key usages given, the
 * subject and authority key identifiers, and the CRL distribution point when given.
 */
function issueEndEntity(
  ca: Issuer,
  publicKeyPem: string,
  subject: forge.pki.CertificateField[],
  validity: { notBefore: Date; notAfter: Date },
  extensions: object[],
  crlUrl: string | undefined,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = validity.notBefore;
  cert.validity.notAfter = validity.notAfter;
  cert.setSubject(subject);
  cert.setIssuer(ca.certificate.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    ...extensions,
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.certificate.generateSubjectKeyIdentifier().getBytes() },
    ...(crlUrl ? [{ name: 'cRLDistributionPoints', altNames: [{ type: 6, value: crlUrl }] }] : []),
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  return cert;
}

/** The e-licence signing certificate: digitalSignature + nonRepudiation. */
function issueSigningCertificate(ca: Issuer, publicKeyPem: string, names: IdentityNames, validity: { notBefore: Date; notAfter: Date }): forge.pki.Certificate {
  const subject = [utf8('CN', names.signer), utf8('O', names.organisation), printable('C', 'TH')];
  return issueEndEntity(ca, publicKeyPem, subject, validity, [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }], names.crlUrl ?? DEFAULT_DEVELOPMENT_CRL_URL);
}

/** The TSA certificate (RFC 3161 2.3): extendedKeyUsage id-kp-timeStamping only, critical. */
function issueTsaCertificate(ca: Issuer, publicKeyPem: string, names: IdentityNames): forge.pki.Certificate {
  const now = Date.now();
  const subject = [utf8('CN', names.tsa ?? DEVELOPMENT_TSA_NAME), utf8('O', names.organisation), printable('C', 'TH')];
  return issueEndEntity(
    ca,
    publicKeyPem,
    subject,
    { notBefore: new Date(now - HOUR), notAfter: new Date(now + 10 * 365 * 24 * HOUR) },
    [
      { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
      { name: 'extKeyUsage', timeStamping: true, critical: true },
    ],
    names.crlUrl ?? DEFAULT_DEVELOPMENT_CRL_URL,
  );
}

const rsaKeyPair = (bits: number) => {
  const pair = generateKeyPairSync('rsa', { modulusLength: bits });
  return { privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
};
const p12Of = (keyPem: string, certs: forge.pki.Certificate[], passphrase: string) =>
  Buffer.from(
    forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(keyPem), certs, passphrase, { algorithm: '3des', friendlyName: 'Biz Portal development e-licence signer' })).getBytes(),
    'binary',
  );

/** A CA and a signing certificate it issued, with the signing identity as PKCS#12 (also used by tests). */
export function createSigningIdentity(
  names: IdentityNames = { ca: DEVELOPMENT_CA_NAME, signer: DEVELOPMENT_SIGNER_NAME, organisation: ORGANISATION },
  p12Passphrase = DEVELOPMENT_P12_PASSPHRASE,
): DevelopmentIdentity & { caKeyPem: string; p12: Buffer; tsaCertificatePem: string; tsaKeyPem: string } {
  // Keys by Node's native generator (forge's pure-JS one takes seconds for 3072 bits).
  const ca = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const leaf = rsaKeyPair(names.signerBits ?? 2048);
  const tsa = rsaKeyPair(2048);
  const caKeyPem = ca.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const caKey = forge.pki.privateKeyFromPem(caKeyPem);
  const now = Date.now();

  const caCert = forge.pki.createCertificate();
  caCert.publicKey = forge.pki.publicKeyFromPem(ca.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  caCert.serialNumber = serialNumber();
  caCert.validity.notBefore = new Date(now - HOUR);
  caCert.validity.notAfter = new Date(now + 20 * 365 * 24 * HOUR);
  const caName = [utf8('CN', names.ca), utf8('O', names.organisation), printable('C', 'TH')];
  caCert.setSubject(caName);
  caCert.setIssuer(caName);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  caCert.sign(caKey, forge.md.sha256.create());

  const issuer = { certificate: caCert, key: caKey };
  const cert = issueSigningCertificate(issuer, leaf.publicKeyPem, names, names.signerValidity ?? { notBefore: new Date(now - HOUR), notAfter: new Date(now + 5 * 365 * 24 * HOUR) });
  const tsaCert = issueTsaCertificate(issuer, tsa.publicKeyPem, names);
  return {
    caCertificatePem: pem(caCert),
    caKeyPem,
    signingCertificatePem: pem(cert),
    signingKeyPem: leaf.privateKeyPem,
    p12: p12Of(leaf.privateKeyPem, [cert, caCert], p12Passphrase),
    tsaCertificatePem: pem(tsaCert),
    tsaKeyPem: tsa.privateKeyPem,
  };
}

/** Writes a file atomically (a temporary file renamed into place), so that a reader never sees half of it. */
function writeAtomically(path: string, content: string | Buffer, mode = 0o644): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, content, { mode });
  renameSync(tmp, path);
}

/**
 * Loads the development identity from `${dataDir}/signing/`, creating it on first use. Creation
 * writes into a fresh temporary directory and renames it into place, so two processes starting
 * together end up sharing one identity (the loser of the rename discards its own). An identity made
 * before the development TSA existed is brought up to date: the CA issues a TSA certificate, and a
 * new signing certificate for the same key that names the CRL distribution point (the old one, and
 * every licence it signed, stay valid).
 */
export function loadOrCreateDevelopmentIdentity(dataDir: string, options: { crlUrl?: string } = {}): DevelopmentIdentity {
  const files = developmentSigningFiles(dataDir);
  const load = (): DevelopmentIdentity => ({
    caCertificatePem: readFileSync(files.caCertificate, 'utf8'),
    signingCertificatePem: readFileSync(files.signingCertificate, 'utf8'),
    signingKeyPem: readFileSync(files.signingKey, 'utf8'),
  });
  const complete = () => [files.caCertificate, files.caKey, files.signingCertificate, files.signingKey].every((f) => existsSync(f));
  if (complete()) {
    if (!existsSync(files.tsa)) upgradeDevelopmentIdentity(dataDir, options.crlUrl);
    return load();
  }

  mkdirSync(dataDir, { recursive: true });
  const created = createSigningIdentity({ ca: DEVELOPMENT_CA_NAME, signer: DEVELOPMENT_SIGNER_NAME, organisation: ORGANISATION, crlUrl: options.crlUrl });
  const tmp = mkdtempSync(join(dataDir, '.signing-'));
  const write = (dir: string) => {
    writeFileSync(join(dir, 'dev-ca.cert.pem'), created.caCertificatePem);
    writeFileSync(join(dir, 'dev-ca.key.pem'), created.caKeyPem, { mode: 0o600 });
    writeFileSync(join(dir, 'licence-signer.cert.pem'), created.signingCertificatePem);
    writeFileSync(join(dir, 'licence-signer.key.pem'), created.signingKeyPem, { mode: 0o600 });
    writeFileSync(join(dir, 'licence-signer.p12'), created.p12, { mode: 0o600 });
    writeFileSync(join(dir, 'tsa.pem'), created.tsaKeyPem + created.tsaCertificatePem, { mode: 0o600 });
    writeFileSync(
      join(dir, 'README.txt'),
      `Development signing identity for e-licences, created ${new Date().toISOString()}.\n` +
        `NOT FOR PRODUCTION: the CA key is here beside the certificates. Never commit these files.\n` +
        `licence-signer.p12 passphrase: ${DEVELOPMENT_P12_PASSPHRASE}\n` +
        `tsa.pem: the development time-stamping authority's key and certificate (apps/tsa-local).\n` +
        `revoked.json (optional): [{ "serialNumber": "hex", "revokedAt": "ISO date" }], published in the CRL.\n`,
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

const ORGANISATION = 'Biz Portal (development)';

/** Issues the TSA certificate, and a signing certificate naming the CRL, with the existing CA and keys. */
function upgradeDevelopmentIdentity(dataDir: string, crlUrl: string | undefined): void {
  const files = developmentSigningFiles(dataDir);
  const caCertificate = forge.pki.certificateFromPem(readFileSync(files.caCertificate, 'utf8'));
  const issuer = { certificate: caCertificate, key: forge.pki.privateKeyFromPem(readFileSync(files.caKey, 'utf8')) as forge.pki.rsa.PrivateKey };
  const names: IdentityNames = { ca: DEVELOPMENT_CA_NAME, signer: DEVELOPMENT_SIGNER_NAME, organisation: ORGANISATION, crlUrl };
  const signingKeyPem = readFileSync(files.signingKey, 'utf8');
  const publicKeyPem = createPublicKey(signingKeyPem).export({ type: 'spki', format: 'pem' }).toString();
  const old = new X509Certificate(readFileSync(files.signingCertificate, 'utf8'));
  const signing = issueSigningCertificate(issuer, publicKeyPem, names, { notBefore: new Date(Date.now() - HOUR), notAfter: new Date(old.validTo) });
  const tsa = rsaKeyPair(2048);
  writeAtomically(files.signingCertificate, pem(signing));
  writeAtomically(files.signingP12, p12Of(signingKeyPem, [signing, caCertificate], DEVELOPMENT_P12_PASSPHRASE), 0o600);
  writeAtomically(files.tsa, tsa.privateKeyPem + pem(issueTsaCertificate(issuer, tsa.publicKeyPem, names)), 0o600);
}

/**
 * The development CA (with its key), its TSA and the serial numbers it revoked, for the local trust services; the
 * identity is created (or brought up to date) first when needed.
 */
export function loadDevelopmentAuthorities(dataDir: string, options: { crlUrl?: string } = {}): DevelopmentAuthorities {
  const identity = loadOrCreateDevelopmentIdentity(dataDir, options);
  const files = developmentSigningFiles(dataDir);
  const tsa = readFileSync(files.tsa, 'utf8');
  const keyEnd = tsa.indexOf('-----END PRIVATE KEY-----') + '-----END PRIVATE KEY-----'.length;
  return {
    caCertificatePem: identity.caCertificatePem,
    caKeyPem: readFileSync(files.caKey, 'utf8'),
    tsaKeyPem: tsa.slice(0, keyEnd) + '\n',
    tsaCertificatePem: tsa.slice(keyEnd).trim() + '\n',
    revoked: readRevocations(files.revoked),
  };
}

/** revoked.json: absent means none; anything unreadable is an error (a CRL must not silently drop a revocation). */
export function readRevocations(path: string): { serialNumber: string; revokedAt: Date }[] {
  if (!existsSync(path)) return [];
  const entries = JSON.parse(readFileSync(path, 'utf8')) as { serialNumber?: unknown; revokedAt?: unknown }[];
  if (!Array.isArray(entries)) throw new Error(`${path}: a JSON array of { serialNumber, revokedAt } expected`);
  return entries.map((entry, i) => {
    const serialNumber = typeof entry.serialNumber === 'string' ? entry.serialNumber.toLowerCase().replace(/:/g, '') : '';
    const revokedAt = new Date(typeof entry.revokedAt === 'string' ? entry.revokedAt : NaN);
    if (!/^[0-9a-f]{1,40}$/.test(serialNumber) || Number.isNaN(revokedAt.getTime())) throw new Error(`${path}: entry ${i + 1} needs a hex serialNumber and an ISO revokedAt`);
    return { serialNumber, revokedAt };
  });
}

/** Records that the development CA revoked a certificate (serial number in hex): the next CRL lists it. */
export function revokeDevelopmentCertificate(dataDir: string, serialNumber: string, revokedAt = new Date()): void {
  const path = developmentSigningFiles(dataDir).revoked;
  const entries = readRevocations(path).map((e) => ({ serialNumber: e.serialNumber, revokedAt: e.revokedAt.toISOString() }));
  const serial = serialNumber.toLowerCase().replace(/:/g, '');
  if (!entries.some((e) => e.serialNumber === serial)) entries.push({ serialNumber: serial, revokedAt: revokedAt.toISOString() });
  writeAtomically(path, JSON.stringify(entries, null, 2) + '\n');
}
