import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DiscoveryService } from '@nestjs/core';
import { TransactionRunner, isUniqueViolation } from '@bizportal/database';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { Outbox } from '../core';
import { Clock, ReminderSource, type DueReminder, type ReminderSourceProvider } from './reminder-source';
import { ReminderEntity } from './reminder.entity';

/**
 * The reminder job (`REMINDER_INTERVAL_MS`, and once at start): asks every `@ReminderSource` what is due and, for each
 * one not made before, inserts its `reminders` row and records its `notify` effects in one transaction. The insert
 * comes first and the key is unique, so two overlapping runs (or two processes) make each reminder once.
 */
@Injectable()
export class Reminders implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reminders.name);
  private readonly sources = new Map<string, ReminderSourceProvider>();
  private job?: ScheduledJobHandle;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly config: ConfigService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: ReminderSource.KEY })) {
      const kind = this.discovery.getMetadataByDecorator(ReminderSource, wrapper)!;
      if (this.sources.has(kind)) throw new Error(`Two sources for the reminder ${kind}`);
      this.sources.set(kind, wrapper.instance as ReminderSourceProvider);
    }
  }

  onApplicationBootstrap(): void {
    this.job = this.jobs.schedule({
      name: 'reminders',
      everyMs: this.config.get<number>('REMINDER_INTERVAL_MS') ?? 0,
      firstAfterMs: 2000,
      run: async () => {
        const made = await this.runOnce();
        if (made > 0) this.logger.log(`Made ${made} reminders`);
      },
      onError: (error) => this.logger.warn(`Reminders failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }

  kinds(): string[] {
    return [...this.sources.keys()].sort();
  }

  /** One pass over every source at the clock's time; resolves with the number of reminders made. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    let made = 0;
    for (const [kind, source] of this.sources) {
      for (const reminder of await source.due(now)) if (await this.record(kind, reminder)) made++;
    }
    if (made > 0) this.outbox.runSoon();
    return made;
  }

  /** Made at the real time (the outbox runs what is due by the real clock), whatever the job's clock said was due. */
  private async record(kind: string, reminder: DueReminder): Promise<boolean> {
    const now = new Date();
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(ReminderEntity, { id: randomUUID(), kind, subjectId: reminder.subjectId, dueKey: reminder.dueKey, applicationId: reminder.applicationId, createdAt: now });
        await this.outbox.record(
          manager,
          reminder.applicationId,
          reminder.recipients.map((r) => ({ type: 'notify', params: { template: reminder.template, to: r.to, ...(r.userId ? { userId: r.userId } : {}), vars: reminder.vars } })),
          now,
        );
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
