import { Module } from '@nestjs/common';
import { AdminModule } from './admin';
import { AnchoringModule } from './anchoring';
import { ApplicantDataModule } from './applicant-data';
import { ApplicationsModule } from './applications';
import { ComplaintsModule } from './complaints';
import { BundlesModule } from './bundles';
import { CoreModule } from './core';
import { DocumentsModule } from './documents';
import { GrantsModule } from './grants';
import { HearingsModule } from './hearings';
import { InformationRequestsModule } from './information-requests';
import { InspectionsModule } from './inspections';
import { LicencesModule } from './licences';
import { MessagesModule } from './messages';
import { NotificationsModule } from './notifications';
import { PrechecksModule } from './prechecks';
import { RemindersModule } from './reminders';
import { StatisticsModule } from './statistics';
import { SatisfactionModule } from './satisfaction';
import { WorkQueueModule } from './work-queue';

/** The licensing capability: the core and its feature modules (see docs/architecture.md, "Module graph"). */
@Module({
  imports: [CoreModule, ApplicantDataModule, LicencesModule, ApplicationsModule, WorkQueueModule, NotificationsModule, MessagesModule, AdminModule, DocumentsModule, InformationRequestsModule, InspectionsModule, RemindersModule, AnchoringModule, StatisticsModule, SatisfactionModule, PrechecksModule, GrantsModule, ComplaintsModule, BundlesModule, HearingsModule],
  exports: [CoreModule, LicencesModule, RemindersModule, AnchoringModule, StatisticsModule, BundlesModule],
})
export class LicensingModule {}
