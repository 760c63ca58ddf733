import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LicenceTypeEntity, WorkflowDefinitionEntity } from '../catalogue';
import { CoreModule } from '../core';
import { AdminWorkflowEditorController } from './admin-workflow-editor.controller';
import { AdminWorkflowsController } from './admin-workflows.controller';
import { HolidaysAdminController } from './holidays-admin.controller';
import { WORKFLOW_ADMIN_PROVIDERS } from './workflow-admin.providers';

/** Officials' configuration: licence types and workflow versions, and the holiday calendar. */
@Module({
  // Publishing writes catalogue's licence_types and workflow_definitions (to move behind CatalogueService).
  imports: [CqrsModule, TypeOrmModule.forFeature([LicenceTypeEntity, WorkflowDefinitionEntity]), CoreModule],
  controllers: [AdminWorkflowsController, AdminWorkflowEditorController, HolidaysAdminController],
  providers: [...WORKFLOW_ADMIN_PROVIDERS],
})
export class AdminModule {}
