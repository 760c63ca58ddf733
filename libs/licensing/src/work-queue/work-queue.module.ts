import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CoreModule } from '../core';
import { ApplicationAssignmentEntity } from './application-assignment.entity';
import { AssignmentService } from './assignments.service';
import { GetWorkQueueHandler } from './get-work-queue.handler';
import { ApplicationAssignmentController, WorkQueueController } from './work-queue.controller';
import { OfficeOverview } from './office-overview.service';
import { SavedViews } from './saved-views.service';
import { WorkQueueViewEntity } from './work-queue-view.entity';

/** The office's queue by deadline and who holds each application; owns `application_assignments` and `work_queue_views`. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([ApplicationAssignmentEntity, WorkQueueViewEntity]), CoreModule, IdentityModule],
  controllers: [WorkQueueController, ApplicationAssignmentController],
  providers: [AssignmentService, GetWorkQueueHandler, OfficeOverview, SavedViews],
})
export class WorkQueueModule {}
