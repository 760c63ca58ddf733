export { AdminModule } from './admin.module';
export { MigrationRunner, MigrationJobs, MigrationPlanner, MigrationErrors, WorkflowMigrationEntity, WorkflowMigrationItemEntity } from './migrations';
