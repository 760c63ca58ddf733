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

/** Every migration in the order it runs; new ones are appended here. */
export const ALL_MIGRATIONS = [InitialSchema1763800000000, ApplicationKind1763900000000, WorkflowDefinitionCreatedBy1764000000000, Payments1764100000000, Licences1764200000000, LicenceLife1764300000000, OidcLoginAttempts1764500000000, ApplicationHolder1764600000000, JurisdictionsHolidaysAssignments1764700000000, LicenceHolder1764800000000, Sessions1765000000000];
