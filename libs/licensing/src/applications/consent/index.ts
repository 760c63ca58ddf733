export { ApplicationConsentEntity } from './application-consent.entity';
export { ConsentErrors } from './consent-errors';
export { PoliciesController } from './policies.controller';
export { PrivacyConsentView } from './consent.views';
export { SubmissionConsents, type PrivacyConsentRecord } from './submission-consents';
export { CURRENT_PRIVACY_NOTICE, PRIVACY_NOTICES, privacyNotice, type PrivacyNotice, type PrivacyPurpose } from './privacy-notice';
