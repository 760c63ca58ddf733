import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JobsSettings, PROCESS_ROLE, type ProcessRole } from './jobs-settings';
import { RedisConnection } from './redis-connection';
import { ScheduledJobs } from './scheduled-jobs';
import { WorkQueues } from './work-queues';

/**
 * Scheduled jobs and queued work for every feature module (global). The app says which role its process plays:
 * `api` (hands work to the queues) or `worker` (takes it and runs the schedules); without REDIS_URL both run
 * everything in-process.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot({ role }: { role: ProcessRole }): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: PROCESS_ROLE, useValue: role }, JobsSettings, RedisConnection, ScheduledJobs, WorkQueues],
      exports: [JobsSettings, RedisConnection, ScheduledJobs, WorkQueues],
    };
  }
}
