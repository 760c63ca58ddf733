import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CatalogueModule } from '../catalogue';
import { CoreModule } from '../core';
import { HolidaysModule } from '../holidays';
import { OpenData } from './open-data.service';
import { OpenDataController, StatisticsController } from './statistics.controller';
import { OpenDataSnapshotEntity, StatisticsBacklogEntity, StatisticsBuildEntity, StatisticsClockEntity, StatisticsMonthlyEntity } from './statistics.entities';
import { StatisticsParticipant } from './statistics.participant';
import { StatisticsQueries } from './statistics-queries.service';
import { StatisticsRebuild } from './statistics-rebuild.service';

/**
 * Public statistics and open data (issue 15): aggregates kept in each step's transaction by a transition participant,
 * rebuilt from the history when never built, read by the public API and published daily as open data. Owns
 * `statistics_monthly`, `statistics_backlog`, `statistics_clocks`, `statistics_builds`, `open_data_snapshots`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([StatisticsMonthlyEntity, StatisticsBacklogEntity, StatisticsClockEntity, StatisticsBuildEntity, OpenDataSnapshotEntity]),
    CoreModule,
    CatalogueModule,
    HolidaysModule,
    IdentityModule,
  ],
  controllers: [StatisticsController, OpenDataController],
  providers: [StatisticsParticipant, StatisticsQueries, StatisticsRebuild, OpenData],
  exports: [StatisticsQueries, StatisticsRebuild, OpenData],
})
export class StatisticsModule {}
