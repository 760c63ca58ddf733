export { JobsModule } from './jobs.module';
export { JobsSettings, DEFAULT_REDIS_PREFIX, type ProcessRole } from './jobs-settings';
export { RedisConnection } from './redis-connection';
export { checkRedis } from './redis-health';
export { ScheduledJobs, SCHEDULED_QUEUE, type ScheduledJob, type ScheduledJobHandle } from './scheduled-jobs';
export { WorkQueues, type QueuedItem, type QueueConsumer } from './work-queues';
