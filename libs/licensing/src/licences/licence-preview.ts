import { Injectable } from '@nestjs/common';
import { renderLicencePdf } from '@bizportal/e-licence';
import { isOfficeStaff, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore, notFoundApplication } from '../core';
import { LicenceDocuments } from './licence-documents';
import { LicenceErrors } from './licence-errors';

/**
 * The office's look at the licence before its authorised signer approves it: rendered by the
 * e-licence renderer as the issued licence will be (holder, premises, validity were it issued now),
 * marked as a preview, without a number and never signed. Nothing is stored or numbered.
 */
@Injectable()
export class LicencePreview {
  constructor(
    private readonly applications: ApplicationStore,
    private readonly documents: LicenceDocuments,
  ) {}

  async render(user: AuthenticatedUser, id: string): Promise<{ trackingNumber: string; pdf: Buffer }> {
    const app = await this.applications.load(id, user);
    if (!isOfficeStaff(user, app.agencyId)) throw notFoundApplication(id);
    if (app.awaitingActor !== 'signer') {
      throw LicenceErrors.create('LICENCE_PREVIEW_NOT_AVAILABLE', { state: app.state }, { state: app.state, awaiting: app.awaitingActor });
    }
    const now = new Date();
    const terms = await this.documents.terms(app, now);
    const document = await this.documents.build(app, { ...terms, number: '', agencyId: app.agencyId!, issuedAt: now });
    return { trackingNumber: app.trackingNumber, pdf: await renderLicencePdf(document, { preview: true }) };
  }
}
