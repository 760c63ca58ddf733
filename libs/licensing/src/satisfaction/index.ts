export { SatisfactionModule } from './satisfaction.module';
export { SatisfactionRatingEntity } from './satisfaction-rating.entity';
export { SatisfactionErrors } from './satisfaction-errors';
export { Satisfaction, FINISHED_STATUSES, isFinished } from './satisfaction.service';
export { MINIMUM_CELL_SIZE, ABANDONED_AFTER_DAYS } from './statistics-cells';
