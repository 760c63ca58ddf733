import { createHash } from 'node:crypto';
import type { LicenceDocument, RenderOptions } from './licence-document';
import { renderLicencePdf } from './render';
import type { LicenceSigner } from './signer';

export interface SignedLicence {
  pdf: Buffer;
  /** SHA-256 of the signed PDF, hex: store it to recognise the exact file later. */
  sha256: string;
}

/** Renders the licence with a signature placeholder and signs it (one signing time for /M and the CMS). */
export async function issueSignedLicence(doc: LicenceDocument, signer: LicenceSigner, options: RenderOptions = {}): Promise<SignedLicence> {
  const signingTime = options.signingTime ?? new Date();
  const unsigned = await renderLicencePdf(doc, { ...options, signingTime });
  const pdf = signer.sign(unsigned, signingTime);
  return { pdf, sha256: createHash('sha256').update(pdf).digest('hex') };
}
