import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CatalogueModule } from '../catalogue';
import { CoreModule } from '../core';
import { DocumentsModule } from '../documents';
import { LicencesModule } from '../licences';
import { RemindersModule } from '../reminders';
import { StatisticsModule } from '../statistics';
import { HearingAnswerEntity, HearingCommentEntity, HearingEntity, HearingFollowEntity, HearingPhotoEntity, HearingSequenceEntity } from './hearing.entities';
import { HearingClosing } from './hearing-closing';
import { HearingOpenData } from './hearing-open-data';
import { HearingsController } from './hearings.controller';
import { HearingsService } from './hearings.service';

/**
 * Public hearings (issue 18); owns `hearings`, `hearing_comments`, `hearing_photos`, `hearing_answers`,
 * `hearing_follows` and `hearing_sequences`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([HearingEntity, HearingCommentEntity, HearingPhotoEntity, HearingAnswerEntity, HearingFollowEntity, HearingSequenceEntity]),
    CoreModule,
    CatalogueModule,
    DocumentsModule,
    LicencesModule,
    RemindersModule,
    StatisticsModule,
    IdentityModule,
  ],
  controllers: [HearingsController],
  providers: [HearingsService, HearingClosing, HearingOpenData],
  exports: [HearingsService],
})
export class HearingsModule {}
