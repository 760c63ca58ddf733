import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { AnchoringModule } from '../anchoring';
import { ApplicantDataModule } from '../applicant-data';
import { CoreModule } from '../core';
import { GrantsModule } from '../grants';
import { LicencesModule } from '../licences';
import { ApplicationSupport } from './application-support';
import { ResponsibleOffices } from './responsible-offices';
import { DraftApplications } from './draft-applications';
import { ApplicationConsentEntity, PoliciesController, SubmissionConsents } from './consent';
import { ApplicationsController, TrackingController } from './applications.controller';
import { CreateApplicationHandler } from './commands/create-application.handler';
import { SendApplicationEventHandler } from './commands/send-application-event.handler';
import { UpdateApplicationFormHandler } from './commands/update-application-form.handler';
import { GetAcknowledgementHandler } from './queries/get-acknowledgement.handler';
import { GetApplicationHandler } from './queries/get-application.handler';
import { GetTimelineHandler } from './queries/get-timeline.handler';
import { ListApplicationsHandler } from './queries/list-applications.handler';
import { TrackApplicationHandler } from './queries/track-application.handler';

/**
 * The applicant's and the office's use cases on applications: create, edit, send events, read, track; and the
 * applicant's consent to the privacy notice at submission (owns `application_consents`).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationConsentEntity]), CqrsModule, CoreModule, ApplicantDataModule, LicencesModule, IdentityModule, AnchoringModule, GrantsModule],
  controllers: [ApplicationsController, TrackingController, PoliciesController],
  providers: [
    ApplicationSupport,
    ResponsibleOffices,
    DraftApplications,
    SubmissionConsents,
    CreateApplicationHandler,
    UpdateApplicationFormHandler,
    SendApplicationEventHandler,
    GetApplicationHandler,
    ListApplicationsHandler,
    GetTimelineHandler,
    TrackApplicationHandler,
    GetAcknowledgementHandler,
  ],
  exports: [ApplicationSupport, ResponsibleOffices, DraftApplications],
})
export class ApplicationsModule {}
