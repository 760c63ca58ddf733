export { WorkQueueErrors } from './work-queue-errors';
export { WorkQueueModule } from './work-queue.module';
export { DUE_SOON_WORKING_DAYS } from './get-work-queue.handler';
export { OFFICE_ACTORS } from './assignments.service';
