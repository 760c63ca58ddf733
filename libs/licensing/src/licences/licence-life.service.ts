import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThan, Repository, type EntityManager } from 'typeorm';
import { ConflictError } from '@bizportal/common';
import { SYSTEM_ACTOR, type WorkflowEvent } from '@bizportal/engine';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { ApplicationStore, TransitionParticipant, WorkflowTransitions, type ApplicationEntity, type TransitionChange, type TransitionParticipantProvider } from '../core';
import { LicenceEntity, type LicenceStatus } from './licence.entity';
import { LicenceRequests } from './licence-requests';


/** The licence status that each post-issuance event leaves behind. */
const STATUS_AFTER: Partial<Record<string, LicenceStatus>> = {
  SUSPEND: 'suspended',
  REINSTATE: 'valid',
  REVOKE: 'revoked',
  EXPIRE: 'expired',
  AMEND: 'superseded',
};

/**
 * A licence's life after issuance is the issuing application's workflow (SUSPEND, REINSTATE, REVOKE,
 * EXPIRE, AMEND), so it shows in that application's timeline. This keeps the licence record, which the
 * public verification reads, in step within the same transaction, and runs the daily expiry job.
 */
@Injectable()
@TransitionParticipant({ order: 20, events: ['APPROVE', 'ACCEPT', ...Object.keys(STATUS_AFTER)] })
export class LicenceLife implements TransitionParticipantProvider, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LicenceLife.name);
  private job?: ScheduledJobHandle;

  constructor(
    private readonly transitions: WorkflowTransitions,
    private readonly config: ConfigService,
    @InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>,
    private readonly applications: ApplicationStore,
    private readonly requests: LicenceRequests,
    private readonly jobs: ScheduledJobs,
  ) {}


  onApplicationBootstrap(): void {
    // Once shortly after start (a server that was down at midnight catches up), then on the interval.
    this.job = this.jobs.schedule({
      name: 'licence-expiry',
      everyMs: this.config.get<number>('LICENCE_EXPIRY_INTERVAL_MS') ?? 0,
      firstAfterMs: 1000,
      run: async () => {
        const n = await this.expireDue();
        if (n > 0) this.logger.log(`Expired ${n} licences whose validity has ended`);
      },
      onError: (error) => this.logger.warn(`Licence expiry failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }

  /** Keeps the licence record in step with its application's post-issuance events, in their transaction. */
  async participate(manager: EntityManager, { app, event, at, status, toState }: TransitionChange): Promise<Record<string, unknown> | void> {
    // A cancellation ends in a final completed state (withdrawn): by the approver's APPROVE, or a notification's ACCEPT.
    if (app.kind === 'cancel' && app.previousLicenceNumber && status === 'completed' && toState !== app.state) {
      await this.endCancelledLicence(manager, app, event);
      return;
    }
    const after = STATUS_AFTER[event.type];
    if (!after) return;
    const licence = await manager.findOneBy(LicenceEntity, { applicationId: app.id });
    await manager.update(
      LicenceEntity,
      { applicationId: app.id },
      {
        status: after,
        statusReason: event.comment?.trim() || null,
        statusChangedAt: at,
        ...(event.type === 'AMEND' ? { replacedBy: String(event.data?.licenceNumber) } : {}),
      },
    );
    if (!licence) return;
    // The requests open on the licence (docs/architecture.md section 9): revocation closes them, suspension holds them.
    if (event.type === 'REVOKE') {
      const closed = await this.requests.closeAll(manager, licence.number, event.comment?.trim() ?? '', at);
      return closed.length > 0 ? { closedRequests: closed } : undefined;
    }
    if (event.type === 'SUSPEND') {
      const held = await this.requests.holdAll(manager, licence.number, at);
      return held.length > 0 ? { heldRequests: held } : undefined;
    }
    if (event.type === 'REINSTATE') {
      const resumed = await this.requests.resumeAll(manager, licence.number, at);
      return resumed.length > 0 ? { resumedRequests: resumed } : undefined;
    }
    if (event.type === 'EXPIRE' && app.state === 'suspended') {
      // The suspension ends with the licence: a renewal held in `issuing` is issued (from today, the old one having ended).
      await this.requests.resumeAll(manager, licence.number, at, { tell: false });
    }
  }

  /**
   * An approved cancellation request ends the licence it names, in the same transaction: the deciding officer's
   * or approver's REVOKE on that licence's application, with the request as the reason.
   */
  private async endCancelledLicence(manager: EntityManager, app: ApplicationEntity, approval: WorkflowEvent): Promise<void> {
    const licence = await manager.findOneBy(LicenceEntity, { number: app.previousLicenceNumber! });
    const licensed = licence ? await this.applications.findById(licence.applicationId, manager) : null;
    if (!licensed || (licensed.status !== 'completed' && licensed.status !== 'suspended')) return;
    await this.transitions.sendWithin(manager, licensed, {
      type: 'REVOKE',
      actor: approval.actor,
      comment: `ยกเลิกตามคำขอของผู้รับใบอนุญาต (${app.trackingNumber}) / Cancelled at the holder's request (${app.trackingNumber})`,
    });
  }

  /**
   * Sends EXPIRE to every licence in force (or suspended) whose validity ended before `now`. A licence
   * whose workflow version predates the expiry step is marked expired on its record alone.
   * Returns how many licences expired; safe to run in several processes at once.
   */
  async expireDue(now = new Date()): Promise<number> {
    const due = await this.licences.find({
      where: { status: In(['valid', 'suspended']), validUntil: LessThan(now) },
      order: { validUntil: 'ASC' },
      take: 1000,
    });
    let expired = 0;
    for (const licence of due) {
      const app = await this.applications.getById(licence.applicationId);
      const event: WorkflowEvent = {
        type: 'EXPIRE',
        actor: SYSTEM_ACTOR,
        data: { validUntil: licence.validUntil!.toISOString(), licenceNumber: licence.number },
      };
      try {
        await this.transitions.send(app, event);
        expired++;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const fresh = await this.applications.getById(app.id);
        if (fresh.version !== app.version) continue; // another process moved it first
        // The application's workflow has no expiry step (an older version): the record alone says so.
        const changed = await this.licences.update(
          { id: licence.id, status: In(['valid', 'suspended']) },
          { status: 'expired', statusChangedAt: now, statusReason: null },
        );
        if (changed.affected) expired++;
      }
    }
    return expired;
  }
}
