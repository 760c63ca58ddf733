export { LicenceEntity, type LicenceStatus } from './licence.entity';
export { LicenceErrors } from './licence-errors';
export { LicencesService, maskName } from './licences.service';
export { LicenceSigning } from './licence-signing';
export { LicenceLife } from './licence-life.service';
export { LicenceContinuity } from './licence-continuity';
export { applicantChoiceFor } from './licence-holding';
export { renderVerificationPage } from './verification-page';
export { LicencesModule } from './licences.module';
