import { createHash } from 'node:crypto';
import type { LicenceDocument, RenderOptions } from './licence-document';
import { renderLicencePdf } from './render';
import type { LicenceSigner, PadesOptions } from './signer';

export interface SignedLicence {
  pdf: Buffer;
  /** SHA-256 of the signed PDF, hex: store it to recognise the exact file later. */
  sha256: string;
}

/**
 * Renders the licence with a signature placeholder (SubFilter ETSI.CAdES.detached, /M the signing time) and signs it
 * at PAdES baseline: B-B, B-T with a TSA, B-LT with a TSA and a revocation source.
 */
export async function issueSignedLicence(doc: LicenceDocument, signer: LicenceSigner, options: RenderOptions & PadesOptions = {}): Promise<SignedLicence> {
  const { tsa, revocation, ...render } = options;
  const signingTime = render.signingTime ?? new Date();
  const unsigned = await renderLicencePdf(doc, { ...render, signingTime });
  const pdf = await signer.signPades(unsigned, { tsa, revocation });
  return { pdf, sha256: createHash('sha256').update(pdf).digest('hex') };
}
