import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  LicenceSigner,
  TimestampClient,
  TimestampError,
  createSigningIdentity,
  crlDistributionPoints,
  developmentSigningFiles,
  readCrl,
  revokeDevelopmentCertificate,
  startDevelopmentTrustServices,
  timestamp,
  timestampRequest,
  type TrustServices,
} from './index';

const work = mkdtempSync(join(tmpdir(), 'e-licence-tsa-'));
const dataDir = join(work, 'data');
const HAS_OPENSSL = spawnSync('sh', ['-c', 'command -v openssl']).status === 0;
let services: TrustServices;
let signer: LicenceSigner;
let caFile: string;

beforeAll(async () => {
  services = await startDevelopmentTrustServices({ dataDir, port: 0 });
  signer = LicenceSigner.development(dataDir);
  caFile = join(work, 'ca.pem');
  writeFileSync(caFile, signer.trustAnchorPem);
});
afterAll(async () => {
  await services.close();
  rmSync(work, { recursive: true, force: true });
});

const post = (body: Buffer, contentType = 'application/timestamp-query') => fetch(services.tsaUrl, { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) });
/** The status and failure bit of a TimeStampResp. */
const refusal = async (body: Buffer) => {
  const res = await post(body);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/timestamp-reply');
  const parsed = pkijs.TimeStampResp.fromBER(new Uint8Array(await res.arrayBuffer()));
  return { status: parsed.status.status, failInfo: Buffer.from(parsed.status.failInfo!.valueBlock.valueHexView).toString('hex'), text: parsed.status.statusStrings?.[0]?.valueBlock.value, token: parsed.timeStampToken };
};

describe('the development TSA and the RFC 3161 client', () => {
  it('timestamps bytes: the time of the clock, the imprint sent, the TSA certificate for time-stamping only, and openssl ts -verify agrees', async () => {
    const data = Buffer.from('ราก Merkle ประจำวัน / daily root');
    const before = Date.now();
    const token = await timestamp(data, { url: services.tsaUrl });
    expect(token.genTime.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(token.genTime.getTime()).toBeLessThanOrEqual(Date.now());
    expect(token.hashedMessage).toEqual(createHash('sha256').update(data).digest());
    expect(token.signatureVerifies).toBe(true);
    expect(token.tsaCertificate!.keyUsage).toEqual(['1.3.6.1.5.5.7.3.8']);
    // A digest computed by the caller gives the same imprint.
    const again = await new TimestampClient({ url: services.tsaUrl }).timestamp({ digest: createHash('sha256').update(data).digest() });
    expect(again.hashedMessage).toEqual(token.hashedMessage);
    expect(again.serialNumber).not.toBe(token.serialNumber);
    if (!HAS_OPENSSL) return console.warn('openssl missing: the external check was skipped');
    const tokenFile = join(work, 'token.der');
    const dataFile = join(work, 'data.bin');
    writeFileSync(tokenFile, token.token);
    writeFileSync(dataFile, data);
    const ok = spawnSync('openssl', ['ts', '-verify', '-token_in', '-in', tokenFile, '-data', dataFile, '-CAfile', caFile], { encoding: 'utf8' });
    expect(ok.stdout + ok.stderr).toMatch(/Verification: OK/);
    writeFileSync(dataFile, Buffer.concat([data, Buffer.from('!')]));
    const bad = spawnSync('openssl', ['ts', '-verify', '-token_in', '-in', tokenFile, '-data', dataFile, '-CAfile', caFile], { encoding: 'utf8' });
    expect(bad.stdout + bad.stderr).not.toMatch(/Verification: OK/);
  });

  it('the TSA certificate: issued by the development CA, extendedKeyUsage timeStamping marked critical, CRL distribution point this server', () => {
    const tsaPem = readFileSync(developmentSigningFiles(dataDir).tsa, 'utf8');
    const cert = new X509Certificate(tsaPem.slice(tsaPem.indexOf('-----BEGIN CERTIFICATE-----')));
    expect(cert.verify(new X509Certificate(signer.trustAnchorPem).publicKey)).toBe(true);
    const parsed = pkijs.Certificate.fromBER(new Uint8Array(cert.raw));
    const eku = parsed.extensions!.find((e) => e.extnID === '2.5.29.37')!;
    expect(eku.critical).toBe(true);
    expect(crlDistributionPoints(cert)).toEqual([services.crlUrl]);
    expect(crlDistributionPoints(new X509Certificate(signer.certificatePem))).toEqual([services.crlUrl]);
  });

  it('signDetached: a CAdES signature with the agency key and a signature timestamp; openssl cms -verify agrees, and not on other bytes', async () => {
    const root = Buffer.from('a'.repeat(64));
    const { cms, timestamp: token } = await signer.signDetached(root, { tsa: new TimestampClient({ url: services.tsaUrl }) });
    expect(token!.signatureVerifies).toBe(true);
    if (!HAS_OPENSSL) return;
    const cmsFile = join(work, 'root.p7s');
    const contentFile = join(work, 'root.txt');
    writeFileSync(cmsFile, cms);
    writeFileSync(contentFile, root);
    const verify = () => spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', cmsFile, '-content', contentFile, '-CAfile', caFile, '-purpose', 'any', '-out', '/dev/null'], { encoding: 'utf8' });
    expect(verify().stderr).toMatch(/Verification successful/);
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', cmsFile], { encoding: 'utf8' });
    expect(printed).toContain('id-smime-aa-timeStampToken');
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).not.toContain('signingTime');
    writeFileSync(contentFile, Buffer.from('b'.repeat(64)));
    expect(verify().stderr).not.toMatch(/Verification successful/);
  });

  it('refuses bad requests: junk, SHA-1, a wrong imprint length, another policy, no content type, GET, oversized', async () => {
    const digest = createHash('sha256').update('x').digest();
    expect(await refusal(Buffer.from('not DER'))).toMatchObject({ status: 2, failInfo: '04', text: expect.stringMatching(/not a DER TimeStampReq/), token: undefined });
    const sha1 = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({ hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '1.3.14.3.2.26' }), hashedMessage: new asn1js.OctetString({ valueHex: new Uint8Array(20) }) }),
      certReq: true,
    });
    expect(await refusal(Buffer.from(sha1.toSchema().toBER(false)))).toMatchObject({ status: 2, failInfo: '80', text: expect.stringMatching(/Unsupported hash algorithm/) });
    expect(await refusal(timestampRequest(digest.subarray(0, 20)).request)).toMatchObject({ status: 2, failInfo: '04', text: expect.stringMatching(/20 bytes, not 32/) });
    expect(await refusal(timestampRequest(digest, 'sha256', '1.2.3.4').request)).toMatchObject({ status: 2, failInfo: '0001', text: expect.stringMatching(/Policy 1\.2\.3\.4/) });
    expect((await post(timestampRequest(digest).request, 'application/octet-stream')).status).toBe(415);
    expect((await fetch(services.tsaUrl)).status).toBe(405);
    expect((await post(Buffer.alloc(20_000))).status).toBe(413);
    // The client names the refusal.
    await expect(timestamp({ digest: digest.subarray(0, 20) }, { url: services.tsaUrl })).rejects.toThrow(TimestampError);
    await expect(timestamp(digest, { url: `${services.url}/nowhere` })).rejects.toThrow(/HTTP 404/);
  });

  it('the CRL: signed by the CA, with nextUpdate; a revoked serial shows up (openssl crl too)', async () => {
    const ca = new X509Certificate(signer.trustAnchorPem);
    const first = readCrl(Buffer.from(await (await fetch(services.crlUrl)).arrayBuffer()));
    expect(first.signedBy(ca)).toBe(true);
    expect(first.signedBy(new X509Certificate(createSigningIdentity().caCertificatePem))).toBe(false);
    expect(first.revoked.size).toBe(0);
    expect(first.nextUpdate!.getTime()).toBeGreaterThan(first.thisUpdate.getTime());
    const serial = new X509Certificate(signer.certificatePem).serialNumber.toLowerCase();
    revokeDevelopmentCertificate(dataDir, serial, new Date('2026-12-05T18:30:00Z'));
    const der = Buffer.from(await (await fetch(services.crlUrl)).arrayBuffer());
    const second = readCrl(der);
    expect(second.signedBy(ca)).toBe(true);
    expect(second.revoked.get(serial.replace(/^(00)+/, ''))).toEqual(new Date('2026-12-05T18:30:00Z'));
    if (HAS_OPENSSL) {
      const crlFile = join(work, 'ca.crl');
      writeFileSync(crlFile, der);
      const text = execFileSync('openssl', ['crl', '-inform', 'DER', '-in', crlFile, '-noout', '-text', '-CAfile', caFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(text.toUpperCase()).toContain(serial.toUpperCase().replace(/^(00)+/, ''));
    }
    rmSync(developmentSigningFiles(dataDir).revoked);
  });
});
