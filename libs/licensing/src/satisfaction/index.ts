export { SatisfactionModule } from './satisfaction.module';
export { SatisfactionRatingEntity } from './satisfaction-rating.entity';
export { SatisfactionErrors } from './satisfaction-errors';
export { Satisfaction, isFinished } from './satisfaction.service';
export { FINISHED_STATUSES, SatisfactionCounts } from './satisfaction-counts';
export { MINIMUM_CELL_SIZE, ABANDONED_AFTER_DAYS } from './statistics-cells';
