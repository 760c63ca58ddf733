import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { StartupLock } from '@bizportal/database';
import { JobsModule } from '@bizportal/jobs';
import { backendModules } from '../../api/src/backend-modules';
import { WorkerHealth } from './worker-health';

/**
 * The worker: the API's backend modules in an application context (no HTTP routes), taking outbox ids and scheduled
 * job ticks from BullMQ.
 */
@Module({
  imports: [...backendModules, JobsModule.forRoot({ role: 'worker' }), TerminusModule],
  providers: [WorkerHealth],
})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(private readonly startupLock: StartupLock) {}

  /** As in the API's root module: every seed has run, so the start-up lock goes (libs/database/src/startup-lock.ts). */
  onApplicationBootstrap(): Promise<void> {
    return this.startupLock.release();
  }
}
