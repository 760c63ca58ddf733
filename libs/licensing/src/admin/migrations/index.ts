export { AdminMigrationsController } from './admin-migrations.controller';
export { MigrationPlanner, type MigrationPlan } from './migration-planner';
export { MigrationRunner, type MigrationFault } from './migration-runner';
export { MigrationJobs } from './migration-jobs';
export { MigrationErrors } from './migration-errors';
export { StartMigrationHandler, ListMigrationsHandler, GetMigrationHandler, StartMigrationCommand } from './migration.handlers';
export { WorkflowMigrationEntity, WorkflowMigrationItemEntity, type MigrationOutcome, type MigrationStatus, type MigrationFilter } from './workflow-migration.entities';
