import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataExchangeModule } from '@bizportal/data-exchange';
import { IdentityModule } from '@bizportal/identity';
import { ApplicationsModule } from '../applications';
import { CoreModule } from '../core';
import { DocumentsModule } from '../documents';
import { GrantsModule } from '../grants';
import { LicencesModule } from '../licences';
import { PrecheckEntity } from './precheck.entity';
import { PrechecksController } from './prechecks.controller';
import { PrechecksService } from './prechecks.service';

/** The officer's pre-check of a submitted application (issue 17 part 5); owns `application_prechecks`. */
@Module({
  imports: [TypeOrmModule.forFeature([PrecheckEntity]), CoreModule, ApplicationsModule, DocumentsModule, LicencesModule, GrantsModule, IdentityModule, DataExchangeModule],
  controllers: [PrechecksController],
  providers: [PrechecksService],
})
export class PrechecksModule {}
