import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LicenceSigner } from '@bizportal/e-licence';

/**
 * The agency's signing identity: a P12 given by the environment, or (outside production) a
 * development CA and signing certificate generated once under the data directory. The key is
 * parsed once, on first use.
 */
@Injectable()
export class LicenceSigning {
  private loaded: LicenceSigner | undefined;
  private anchors: string[] | undefined;

  constructor(private readonly config: ConfigService) {}

  signer(): LicenceSigner {
    if (!this.loaded) {
      const path = this.config.get<string>('SIGNING_P12_PATH');
      const base64 = this.config.get<string>('SIGNING_P12_BASE64');
      const passphrase = this.config.get<string>('SIGNING_P12_PASSPHRASE') ?? '';
      if (path || base64) {
        this.loaded = LicenceSigner.fromP12(path ? readFileSync(resolve(path)) : Buffer.from(base64!, 'base64'), passphrase);
      } else {
        this.loaded = LicenceSigner.development(resolve(this.config.get<string>('SIGNING_DEV_DIR') || 'data'));
      }
    }
    return this.loaded;
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
