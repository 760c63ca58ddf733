export { AdminModule } from './admin.module';
export { MigrationRunner, MigrationJobs, MigrationPlanner, WorkflowMigrationEntity, WorkflowMigrationItemEntity } from './migrations';
