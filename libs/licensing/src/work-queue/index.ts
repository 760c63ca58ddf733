export { WorkQueueErrors } from './work-queue-errors';
export { WorkQueueModule } from './work-queue.module';
