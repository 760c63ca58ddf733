import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { ApplicationsModule } from '../applications';
import { CatalogueModule } from '../catalogue';
import { CoreModule } from '../core';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SatisfactionController, SatisfactionStatisticsController } from './satisfaction.controller';
import { SatisfactionCounts } from './satisfaction-counts';
import { Satisfaction } from './satisfaction.service';

/** Applicants' ratings of the service and their public statistics; owns `satisfaction_ratings`. */
@Module({
  imports: [TypeOrmModule.forFeature([SatisfactionRatingEntity]), CoreModule, CatalogueModule, ApplicationsModule, IdentityModule],
  controllers: [SatisfactionController, SatisfactionStatisticsController],
  providers: [Satisfaction, SatisfactionCounts],
  exports: [Satisfaction],
})
export class SatisfactionModule {}
