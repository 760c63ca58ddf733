/**
 * Revocation data for the DSS: the CRLs named by certificates' distribution points, fetched over HTTP and kept until
 * their nextUpdate (at most an hour), so that signing a licence costs no network round trip for them.
 */
import type { X509Certificate } from 'node:crypto';
import { crlDistributionPoints, readCrl } from './crl';
import { issuerAndSerial } from './der';

const MAX_CACHE_MS = 3600_000;

export class CrlFetcher {
  private readonly cache = new Map<string, { der: Buffer; until: number }>();
  /** Distribution points by certificate fingerprint (read once per certificate). */
  private readonly points = new Map<string, string | undefined>();

  constructor(private readonly options: { timeoutMs?: number; now?: () => number } = {}) {}

  /**
   * The CRLs of every certificate that names a distribution point (self-signed roots are never revoked by a CRL).
   * Throws when a distribution point cannot be fetched or does not hold a CRL of the certificate's issuer.
   */
  async crlsFor(certificates: X509Certificate[]): Promise<Buffer[]> {
    const urls = new Map<string, X509Certificate>();
    for (const certificate of certificates) {
      if (certificate.checkIssued(certificate)) continue;
      if (!this.points.has(certificate.fingerprint256)) this.points.set(certificate.fingerprint256, crlDistributionPoints(certificate)[0]);
      const url = this.points.get(certificate.fingerprint256);
      if (url && !urls.has(url)) urls.set(url, certificate);
    }
    return Promise.all([...urls].map(([url, certificate]) => this.crl(url, certificate)));
  }

  private async crl(url: string, certificate: X509Certificate): Promise<Buffer> {
    const now = this.options.now?.() ?? Date.now();
    const hit = this.cache.get(url);
    if (hit && hit.until > now) return hit.der;
    let der: Buffer;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      der = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      throw new Error(`The CRL at ${url} cannot be fetched: ${(error as Error).message}`);
    }
    let crl: ReturnType<typeof readCrl>;
    try {
      crl = readCrl(der);
    } catch {
      throw new Error(`The file at ${url} is not a CRL`);
    }
    if (!crl.issuerDer.equals(issuerAndSerial(certificate.raw).issuer)) throw new Error(`The CRL at ${url} is not of the certificate's issuer`);
    this.cache.set(url, { der, until: Math.min(crl.nextUpdate?.getTime() ?? now, now + MAX_CACHE_MS) });
    return der;
  }
}
