export { ApplicationsModule } from './applications.module';
export { ApplicationSupport, type ApplicationView } from './application-support';
export { ResponsibleOffices } from './responsible-offices';
export { ReviewEventErrors, inspectionScheduleProblem, INSPECTION_HOURS, INSPECTION_MAX_DAYS_AHEAD } from './review-event-checks';
export { ConsentErrors, ApplicationConsentEntity, CURRENT_PRIVACY_NOTICE, PRIVACY_NOTICES, type PrivacyNotice } from './consent';
export { DraftApplications, newTrackingNumber, type DraftRequest } from './draft-applications';
export { ApplicationSummaryView, PremisesView } from './dto/application.views';
export { PremisesDto } from './dto/create-application.dto';
