import { CreateLicenceTypeHandler } from './commands/create-licence-type.handler';
import { CreateWorkflowVersionHandler } from './commands/create-workflow-version.handler';
import { PublishWorkflowVersionHandler } from './commands/publish-workflow-version.handler';
import { DiffWorkflowVersionsHandler } from './queries/diff-workflow-versions.handler';
import { GetWorkflowVersionHandler } from './queries/get-workflow-version.handler';
import { ListAdminLicenceTypesHandler } from './queries/list-licence-types.handler';
import { PreviewWorkflowDraftHandler } from './queries/preview-workflow-draft.handler';
import { ListWorkflowVersionsHandler } from './queries/list-workflow-versions.handler';
import { SimulateWorkflowHandler } from './queries/simulate-workflow.handler';
import { ValidateWorkflowVersionHandler } from './queries/validate-workflow-version.handler';
import { WorkflowVersions } from './workflow-versions.service';
import { GetMigrationHandler, ListMigrationsHandler, MigrationJobs, MigrationPlanner, MigrationRunner, StartMigrationHandler } from './migrations';

/** Everything behind /admin/licence-types, for LicensingModule's providers. */
export const WORKFLOW_ADMIN_PROVIDERS = [
  WorkflowVersions,
  CreateLicenceTypeHandler,
  CreateWorkflowVersionHandler,
  PublishWorkflowVersionHandler,
  ValidateWorkflowVersionHandler,
  SimulateWorkflowHandler,
  ListWorkflowVersionsHandler,
  GetWorkflowVersionHandler,
  DiffWorkflowVersionsHandler,
  ListAdminLicenceTypesHandler,
  MigrationPlanner,
  MigrationRunner,
  MigrationJobs,
  StartMigrationHandler,
  ListMigrationsHandler,
  GetMigrationHandler,
  PreviewWorkflowDraftHandler,
];
