import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { ApplicantDataModule } from '../applicant-data';
import { CoreModule } from '../core';
import { IssueLicenceExecutor } from './issue-licence.executor';
import { LicenceContinuity } from './licence-continuity';
import { LicenceDocuments } from './licence-documents';
import { LicenceLife } from './licence-life.service';
import { LicenceRequests } from './licence-requests';
import { LicencePreview } from './licence-preview';
import { LicenceSigning } from './licence-signing';
import { LicenceEntity, LicenceSequenceEntity } from './licence.entity';
import { LicencesController } from './licences.controller';
import { LicenceRevocations } from './licence-revocations';
import { LicencesService } from './licences.service';
import { RenewalReminders } from './renewal-reminders';

/** Issued licences: numbering, signing, verification and their life after issuance; owns `licences`. */
@Module({
  imports: [TypeOrmModule.forFeature([LicenceEntity, LicenceSequenceEntity]), CoreModule, ApplicantDataModule, IdentityModule],
  controllers: [LicencesController],
  providers: [LicencesService, LicenceSigning, LicenceDocuments, LicencePreview, IssueLicenceExecutor, LicenceContinuity, LicenceLife, LicenceRequests, RenewalReminders, LicenceRevocations],
  exports: [LicencesService, LicenceContinuity, LicenceLife, LicenceSigning, LicenceRevocations],
})
export class LicencesModule {}
