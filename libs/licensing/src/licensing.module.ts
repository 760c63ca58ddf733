import { Module } from '@nestjs/common';
import { AdminModule } from './admin';
import { ApplicantDataModule } from './applicant-data';
import { ApplicationsModule } from './applications';
import { CoreModule } from './core';
import { LicencesModule } from './licences';
import { NotificationsModule } from './notifications';
import { WorkQueueModule } from './work-queue';

/** The licensing capability: the core and its feature modules (see docs/architecture.md, "Module graph"). */
@Module({
  imports: [CoreModule, ApplicantDataModule, LicencesModule, ApplicationsModule, WorkQueueModule, NotificationsModule, AdminModule],
  exports: [CoreModule, LicencesModule],
})
export class LicensingModule {}
