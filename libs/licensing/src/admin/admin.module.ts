import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LicenceTypeEntity, WorkflowDefinitionEntity } from '../catalogue';
import { CoreModule } from '../core';
import { AdminWorkflowEditorController } from './admin-workflow-editor.controller';
import { AdminWorkflowsController } from './admin-workflows.controller';
import { AdminMigrationsController, WorkflowMigrationEntity, WorkflowMigrationItemEntity } from './migrations';
import { HolidaysAdminController } from './holidays-admin.controller';
import { WORKFLOW_ADMIN_PROVIDERS } from './workflow-admin.providers';

/** Officials' configuration: licence types and workflow versions, migrations of running applications between versions (owns `workflow_migrations`, `workflow_migration_items`), and the holiday calendar. */
@Module({
  // Publishing writes catalogue's licence_types and workflow_definitions (to move behind CatalogueService).
  imports: [CqrsModule, TypeOrmModule.forFeature([LicenceTypeEntity, WorkflowDefinitionEntity, WorkflowMigrationEntity, WorkflowMigrationItemEntity]), CoreModule],
  controllers: [AdminWorkflowsController, AdminWorkflowEditorController, AdminMigrationsController, HolidaysAdminController],
  providers: [...WORKFLOW_ADMIN_PROVIDERS],
})
export class AdminModule {}
