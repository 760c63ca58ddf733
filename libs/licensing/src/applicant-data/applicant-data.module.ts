import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DataExchangeModule } from '@bizportal/data-exchange';
import { IdentityModule } from '@bizportal/identity';
import { ApplicantDataController } from './applicant-data.controller';
import { ApplicantDataService } from './applicant-data.service';
import { GetApplicantDataHandler } from './get-applicant-data.handler';

/** The applicant's data from government records (no copies uploaded), and who may apply for whom. */
@Module({
  imports: [CqrsModule, IdentityModule, DataExchangeModule],
  controllers: [ApplicantDataController],
  providers: [ApplicantDataService, GetApplicantDataHandler],
  exports: [ApplicantDataService],
})
export class ApplicantDataModule {}
