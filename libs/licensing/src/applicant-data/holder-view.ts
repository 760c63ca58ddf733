import { fullName } from '@bizportal/data-exchange';
import type { AuthenticatedUser } from '@bizportal/identity';
import { canSeeApplicantPersonalData, type ApplicationEntity } from '../core';
import { citizenView, juristicPersonView } from './applicant-data.views';

/**
 * The holder of an application as its view shows it: who it is for, where the data came from and
 * when, the juristic person's record for a company, and the applicant's own record for those who may
 * see it (not a co-director: she sees the company, not the applicant's home address).
 */
export function holderView(app: ApplicationEntity, user: AuthenticatedUser) {
  const snapshot = app.applicantData;
  const personal = canSeeApplicantPersonalData(user, app);
  const company = snapshot?.juristicPerson;
  const citizen = snapshot?.citizen;
  return {
    type: app.holderType,
    id: app.holderType === 'juristic' || personal ? app.holderId : null,
    name: app.holderNameTh ? { th: app.holderNameTh, en: app.holderNameEn ?? app.holderNameTh } : null,
    dataSource: app.applicantDataSource,
    fetchedAt: app.applicantDataFetchedAt,
    confirmedAt: app.applicantDataConfirmedAt,
    /** The director who applied, by name (none when an agent filed it: `onBehalfOf` names her). */
    actingDirector: company && citizen && !app.agentGrantId ? { name: fullName(citizen.record.name) } : null,
    juristicPerson: company ? juristicPersonView(company.record, company.source, company.fetchedAt, null) : null,
    applicantRecord: personal && citizen ? citizenView(citizen.record, citizen.source, citizen.fetchedAt) : null,
  };
}
