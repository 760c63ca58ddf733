/**
 * The development trust services (never in production): the development CA's RFC 3161 Time-Stamp Authority over HTTP
 * (`POST /tsa`, `application/timestamp-query` → `application/timestamp-reply`, RFC 3161 section 3.4) and its CRL
 * (`GET /dev-ca.crl`, the distribution point named in the certificates it issues), with its certificate
 * (`GET /dev-ca.crt`). apps/tsa-local runs them beside the API in the embedded mode; the test suites in-process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { X509Certificate } from 'node:crypto';
import { createCrl } from './crl';
import { developmentSigningFiles, loadDevelopmentAuthorities, readRevocations } from './development-identity';
import { TimestampAuthority } from './tsa-server';

/** A timestamp request is a few hundred bytes; anything much larger is refused unread. */
const MAX_REQUEST_BYTES = 16 * 1024;
/** A CRL is re-signed at least this often, and says so in nextUpdate (RFC 5280 5.1.2.5). */
const CRL_LIFETIME_MS = 24 * 3600_000;
const CRL_REFRESH_MS = 3600_000;

export interface TrustServicesOptions {
  /** Where the development identity lives (SIGNING_DEV_DIR, default data). */
  dataDir: string;
  /** 12113 by default; 0 for any free port (tests). */
  port?: number;
  host?: string;
  /** The clock of the TSA and the CRL (default: the machine's). */
  now?: () => Date;
}

export interface TrustServices {
  /** e.g. http://127.0.0.1:12113 */
  url: string;
  /** TSA_URL for the API: `${url}/tsa`. */
  tsaUrl: string;
  crlUrl: string;
  authority: TimestampAuthority;
  close(): Promise<void>;
  server: Server;
}

export async function startDevelopmentTrustServices(options: TrustServicesOptions): Promise<TrustServices> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port ?? 12113, host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  // The identity is made (on first use) naming this server's CRL as the distribution point.
  const authorities = loadDevelopmentAuthorities(options.dataDir, { crlUrl: `${url}/dev-ca.crl` });
  const authority = new TimestampAuthority({ keyPem: authorities.tsaKeyPem, certificatePem: authorities.tsaCertificatePem, now });
  const caDer = new X509Certificate(authorities.caCertificatePem).raw;
  const revokedFile = developmentSigningFiles(options.dataDir).revoked;

  let cached: { der: Buffer; key: string; at: number } | undefined;
  const crl = (): Buffer => {
    const revoked = readRevocations(revokedFile);
    const key = JSON.stringify(revoked);
    const at = now().getTime();
    if (!cached || cached.key !== key || at - cached.at > CRL_REFRESH_MS || at < cached.at) {
      const thisUpdate = new Date(at);
      cached = { der: createCrl({ issuerCertificatePem: authorities.caCertificatePem, issuerKeyPem: authorities.caKeyPem, revoked, thisUpdate, nextUpdate: new Date(at + CRL_LIFETIME_MS) }), key, at };
    }
    return cached.der;
  };

  handler = (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const plain = (status: number, text: string, headers: Record<string, string> = {}) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
    if (path === '/tsa' || path === '/') {
      if (req.method !== 'POST') return plain(405, 'POST an RFC 3161 TimeStampReq (application/timestamp-query) to /tsa', { allow: 'POST' });
      if (!/^application\/timestamp-query\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return plain(415, 'Content-Type must be application/timestamp-query');
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_REQUEST_BYTES) {
          plain(413, `A timestamp request is at most ${MAX_REQUEST_BYTES} bytes`, { connection: 'close' });
          req.destroy();
        } else chunks.push(chunk);
      });
      req.on('end', () => {
        if (res.headersSent) return;
        const reply = authority.respond(Buffer.concat(chunks));
        res.writeHead(200, { 'content-type': 'application/timestamp-reply', 'content-length': reply.length }).end(reply);
      });
      return;
    }
    const known = path === '/dev-ca.crl' || path === '/dev-ca.crt';
    if (!known) return plain(404, 'Development trust services: POST /tsa (RFC 3161), GET /dev-ca.crl, GET /dev-ca.crt');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'GET only', { allow: 'GET, HEAD' });
    if (path === '/dev-ca.crl') {
      try {
        const der = crl();
        return res.writeHead(200, { 'content-type': 'application/pkix-crl', 'content-length': der.length, 'cache-control': 'max-age=300' }).end(req.method === 'HEAD' ? undefined : der);
      } catch (error) {
        return plain(500, `The CRL cannot be made: ${(error as Error).message}`);
      }
    }
    return res.writeHead(200, { 'content-type': 'application/pkix-cert', 'content-length': caDer.length }).end(req.method === 'HEAD' ? undefined : caDer);
  };

  return {
    url,
    tsaUrl: `${url}/tsa`,
    crlUrl: `${url}/dev-ca.crl`,
    authority,
    server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
