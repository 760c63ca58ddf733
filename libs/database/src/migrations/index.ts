import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { ApplicationKind1763900000000 } from './1763900000000-application-kind';
import { WorkflowDefinitionCreatedBy1764000000000 } from './1764000000000-workflow-definition-created-by';
import { Payments1764100000000 } from './1764100000000-payments';
import { Licences1764200000000 } from './1764200000000-licences';
import { LicenceLife1764300000000 } from './1764300000000-licence-life';
import { OidcLoginAttempts1764500000000 } from './1764500000000-oidc-login-attempts';
import { ApplicationHolder1764600000000 } from './1764600000000-application-holder';
import { JurisdictionsHolidaysAssignments1764700000000 } from './1764700000000-jurisdictions-holidays-assignments';
import { LicenceHolder1764800000000 } from './1764800000000-licence-holder';
import { Sessions1765000000000 } from './1765000000000-sessions';
import { ApplicationDocuments1765100000000 } from './1765100000000-application-documents';
import { OidcLoginBinding1765200000000 } from './1765200000000-oidc-login-binding';
import { ApplicationMessages1765300000000 } from './1765300000000-application-messages';
import { InformationRequests1765400000000 } from './1765400000000-information-requests';
import { InspectionPhotos1765400000001 } from './1765400000001-inspection-photos';
import { NotificationChannels1765410000000 } from './1765410000000-notification-channels';
import { WorkQueueViewsAndIndexes1765420000000 } from './1765420000000-work-queue-views-and-indexes';
import { SignedReceipts1765500000000 } from './1765500000000-signed-receipts';
import { PaymentResolutions1765510000000 } from './1765510000000-payment-resolutions';
import { HistoryAnchoring1765540000000 } from './1765540000000-history-anchoring';
import { BillPayments1765550000000 } from './1765550000000-bill-payments';
import { WorkflowMigrations1765600000000 } from './1765600000000-workflow-migrations';
import { BusinessTypeVersions1765700000000 } from './1765700000000-business-type-versions';
import { LocalOfficeOnboarding1765800000000 } from './1765800000000-local-office-onboarding';
import { Statistics1765900000000 } from './1765900000000-statistics';

/** Every migration in the order it runs; new ones are appended here. */
export const ALL_MIGRATIONS = [InitialSchema1763800000000, ApplicationKind1763900000000, WorkflowDefinitionCreatedBy1764000000000, Payments1764100000000, Licences1764200000000, LicenceLife1764300000000, OidcLoginAttempts1764500000000, ApplicationHolder1764600000000, JurisdictionsHolidaysAssignments1764700000000, LicenceHolder1764800000000, Sessions1765000000000, ApplicationDocuments1765100000000, OidcLoginBinding1765200000000, ApplicationMessages1765300000000, InformationRequests1765400000000, InspectionPhotos1765400000001, NotificationChannels1765410000000, WorkQueueViewsAndIndexes1765420000000, SignedReceipts1765500000000, PaymentResolutions1765510000000, HistoryAnchoring1765540000000, BillPayments1765550000000, WorkflowMigrations1765600000000, BusinessTypeVersions1765700000000, LocalOfficeOnboarding1765800000000, Statistics1765900000000];
