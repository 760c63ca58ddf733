export { ApplicationsModule } from './applications.module';
export { ApplicationSupport, type ApplicationView } from './application-support';
export { ReviewEventErrors, inspectionScheduleProblem, INSPECTION_HOURS, INSPECTION_MAX_DAYS_AHEAD } from './review-event-checks';
export { ConsentErrors, ApplicationConsentEntity, CURRENT_PRIVACY_NOTICE, PRIVACY_NOTICES, type PrivacyNotice } from './consent';
