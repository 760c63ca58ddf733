import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { DataExchangeModule } from '@bizportal/data-exchange';
import { ApplicantDataController } from './applicant-data/applicant-data.controller';
import { ApplicantDataService } from './applicant-data/applicant-data.service';
import { GetApplicantDataHandler } from './applicant-data/get-applicant-data.handler';
import { AdminWorkflowsController } from './admin/admin-workflows.controller';
import { WORKFLOW_ADMIN_PROVIDERS } from './admin/workflow-admin.providers';
import { ApplicationSupport } from './applications/application-support';
import { ApplicationsController, TrackingController } from './applications/applications.controller';
import { CreateApplicationHandler } from './applications/commands/create-application.handler';
import { SendApplicationEventHandler } from './applications/commands/send-application-event.handler';
import { UpdateApplicationFormHandler } from './applications/commands/update-application-form.handler';
import { FormValidator } from './applications/form-validator';
import { GetApplicationHandler } from './applications/queries/get-application.handler';
import { GetTimelineHandler } from './applications/queries/get-timeline.handler';
import { ListApplicationsHandler } from './applications/queries/list-applications.handler';
import { TrackApplicationHandler } from './applications/queries/track-application.handler';
import { WorkflowTransitions } from './applications/workflow-transitions.service';
import { CatalogueController } from './catalogue/catalogue.controller';
import { CatalogueService } from './catalogue/catalogue.service';
import { LICENSING_ENTITIES } from './entities';
import { IssueLicenceExecutor } from './licences/issue-licence.executor';
import { LicenceContinuity } from './licences/licence-continuity';
import { LicenceLife } from './licences/licence-life.service';
import { LicenceEntity, LicenceSequenceEntity } from './licences/licence.entity';
import { LicenceSigning } from './licences/licence-signing';
import { LicencesController } from './licences/licences.controller';
import { LicencesService } from './licences/licences.service';
import { NotificationsController } from './outbox/notifications.controller';
import { NotifyExecutor } from './outbox/notify.executor';
import { OutboxRunner, RunOutboxAfterTransition } from './outbox/outbox-runner.service';
import { HolidayCalendar } from './holidays/holiday-calendar.service';
import { HolidaysController } from './holidays/holidays.controller';
import { PublicHolidayEntity } from './holidays/public-holiday.entity';
import { ApplicationAssignmentEntity } from './work-queue/application-assignment.entity';
import { AssignmentService } from './work-queue/assignments.service';
import { GetWorkQueueHandler } from './work-queue/get-work-queue.handler';
import { ApplicationAssignmentController, WorkQueueController } from './work-queue/work-queue.controller';

@Module({
  imports: [CqrsModule, DiscoveryModule, TypeOrmModule.forFeature([...LICENSING_ENTITIES, LicenceEntity, LicenceSequenceEntity, PublicHolidayEntity, ApplicationAssignmentEntity]), IdentityModule, DataExchangeModule],
  controllers: [LicencesController, CatalogueController, ApplicationsController, TrackingController, WorkQueueController, ApplicationAssignmentController, HolidaysController, NotificationsController, AdminWorkflowsController, ApplicantDataController],
  providers: [
    ApplicantDataService,
    GetApplicantDataHandler,
    CatalogueService,
    FormValidator,
    ApplicationSupport,
    WorkflowTransitions,
    CreateApplicationHandler,
    UpdateApplicationFormHandler,
    SendApplicationEventHandler,
    GetApplicationHandler,
    ListApplicationsHandler,
    GetTimelineHandler,
    TrackApplicationHandler,
    GetWorkQueueHandler,
    HolidayCalendar,
    AssignmentService,
    OutboxRunner,
    RunOutboxAfterTransition,
    NotifyExecutor,
    LicenceSigning,
    LicencesService,
    IssueLicenceExecutor,
    LicenceContinuity,
    LicenceLife,
    ...WORKFLOW_ADMIN_PROVIDERS,
  ],
  exports: [CatalogueService, WorkflowTransitions, OutboxRunner, LicenceLife],
})
export class LicensingModule {}
