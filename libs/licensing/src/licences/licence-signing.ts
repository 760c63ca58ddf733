import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CrlFetcher, LicenceSigner, TimestampClient, type PadesOptions } from '@bizportal/e-licence';

/**
 * The agency's signing identity: a P12 given by the environment, or (outside production) a
 * development CA and signing certificate generated once under the data directory. The key is
 * parsed once, on first use.
 */
@Injectable()
export class LicenceSigning {
  private readonly logger = new Logger(LicenceSigning.name);
  private loaded: LicenceSigner | undefined;
  private anchors: string[] | undefined;
  private padesOptions: PadesOptions | undefined;

  constructor(private readonly config: ConfigService) {}

  signer(): LicenceSigner {
    if (!this.loaded) {
      const path = this.config.get<string>('SIGNING_P12_PATH');
      const base64 = this.config.get<string>('SIGNING_P12_BASE64');
      const passphrase = this.config.get<string>('SIGNING_P12_PASSPHRASE') ?? '';
      if (path || base64) {
        this.loaded = LicenceSigner.fromP12(path ? readFileSync(resolve(path)) : Buffer.from(base64!, 'base64'), passphrase);
      } else {
        const port = this.config.get<number>('TSA_LOCAL_PORT') ?? 12113;
        this.loaded = LicenceSigner.development(resolve(this.config.get<string>('SIGNING_DEV_DIR') || 'data'), { crlUrl: `http://127.0.0.1:${port}/dev-ca.crl` });
      }
    }
    return this.loaded;
  }

  /**
   * How documents are signed: PAdES B-LT with the TSA at TSA_URL (the local one in the embedded mode) and the CRLs of
   * the certificates' distribution points in a DSS. Without TSA_URL (development on PostgreSQL) B-B with the DSS.
   */
  pades(): PadesOptions {
    if (!this.padesOptions) {
      const url = this.config.get<string>('TSA_URL');
      if (!url) this.logger.warn('TSA_URL is not set: signatures get no timestamp (PAdES B-B, not B-LT)');
      this.padesOptions = { tsa: url ? new TimestampClient({ url }) : null, revocation: new CrlFetcher() };
    }
    return this.padesOptions;
  }

  /** Renders-then-signs at the configured PAdES level (see `pades`). */
  signPdf(pdfWithPlaceholder: Buffer): Promise<Buffer> {
    return this.signer().signPades(pdfWithPlaceholder, this.pades());
  }

  /** Certificates a licence's signature must chain to: the signer's own root, plus any configured. */
  trustAnchors(): string[] {
    if (!this.anchors) {
      const extra = this.config.get<string>('SIGNING_TRUST_ANCHORS_PATH');
      this.anchors = [this.signer().trustAnchorPem, ...(extra ? [readFileSync(resolve(extra), 'utf8')] : [])];
    }
    return this.anchors;
  }
}
