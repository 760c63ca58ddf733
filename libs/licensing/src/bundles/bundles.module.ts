import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { ApplicantDataModule } from '../applicant-data';
import { ApplicationsModule } from '../applications';
import { CoreModule } from '../core';
import { BundleEntity } from './bundle.entity';
import { BundlesController } from './bundles.controller';
import { Bundles } from './bundles.service';

/** Several licences applied for together (issue 17 part 2); owns `application_bundles`. */
@Module({
  imports: [TypeOrmModule.forFeature([BundleEntity]), CoreModule, ApplicationsModule, ApplicantDataModule, IdentityModule],
  controllers: [BundlesController],
  providers: [Bundles],
  exports: [Bundles],
})
export class BundlesModule {}
