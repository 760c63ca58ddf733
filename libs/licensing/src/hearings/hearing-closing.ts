import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Repository } from 'typeorm';
import { SYSTEM_ACTOR } from '@bizportal/engine';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { ApplicationStore, WorkflowTransitions } from '../core';
import { Clock } from '../reminders';
import { HearingEntity } from './hearing.entities';

/**
 * The hearing job (`HEARING_CLOSE_INTERVAL_MS`, and once at start): sends HEARING_CLOSED, as the system, to every
 * application whose hearing's period has ended by the clock. A hearing another process closed meanwhile is left as it
 * is (the step's version check, and `closed_at` set by the step), so overlapping runs close each hearing once.
 */
@Injectable()
export class HearingClosing implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HearingClosing.name);
  private job?: ScheduledJobHandle;

  constructor(
    @InjectRepository(HearingEntity) private readonly hearings: Repository<HearingEntity>,
    private readonly applications: ApplicationStore,
    private readonly transitions: WorkflowTransitions,
    private readonly clock: Clock,
    private readonly config: ConfigService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.job = this.jobs.schedule({
      name: 'hearing-close',
      everyMs: this.config.get<number>('HEARING_CLOSE_INTERVAL_MS') ?? 0,
      firstAfterMs: 3000,
      run: async () => {
        const closed = await this.runOnce();
        if (closed > 0) this.logger.log(`Closed ${closed} public hearings`);
      },
      onError: (error) => this.logger.warn(`Closing hearings failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }

  /** One pass at the clock's time; resolves with the number of hearings closed. */
  async runOnce(): Promise<number> {
    const due = await this.hearings.find({ where: { closedAt: IsNull(), endedBy: IsNull(), closesAt: LessThan(this.clock.now()) }, order: { closesAt: 'ASC' }, take: 200 });
    let closed = 0;
    for (const hearing of due) {
      const app = await this.applications.findById(hearing.applicationId);
      if (app?.state !== 'hearing_open') continue;
      try {
        await this.transitions.send(app, { type: 'HEARING_CLOSED', actor: SYSTEM_ACTOR });
        closed += 1;
      } catch (error) {
        this.logger.warn(`Could not close hearing ${hearing.reference}: ${(error as Error).message}`);
      }
    }
    return closed;
  }
}
