export { HearingsModule } from './hearings.module';
export { HearingsService, HEARING_COMMENT_LIMIT } from './hearings.service';
export { HearingClosing } from './hearing-closing';
export { HearingErrors } from './hearings-errors';
export { HearingEntity, HearingCommentEntity, HearingAnswerEntity, HearingFollowEntity, HearingPhotoEntity } from './hearing.entities';
