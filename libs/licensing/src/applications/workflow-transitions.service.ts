import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  UnprocessableError,
  addWorkingDays,
} from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import {
  EVENT_VOCABULARY,
  STATUSES,
  type CompiledWorkflow,
  type DeliveryMethod,
  type Status,
  type TransitionOutcome,
  type WorkflowEvent,
} from '@bizportal/engine';
import { ApplicationEntity, ApplicationEventEntity, OutboxEntity } from '../entities';
import { ApplicationTransitionedEvent } from './application-transitioned.event';
import { ApplicationSupport } from './application-support';
import { eventHash, genesisHash } from './event-chain';
import { HolidayCalendar } from '../holidays/holiday-calendar.service';

export interface PreparedTransition {
  app: ApplicationEntity;
  event: WorkflowEvent;
  outcome: Extract<TransitionOutcome, { ok: true }>;
  next: Partial<ApplicationEntity>;
  now: Date;
}

/** Called inside the transaction of every accepted event, after its history row is written. */
export type TransitionHook = (
  manager: EntityManager,
  change: { app: ApplicationEntity; event: WorkflowEvent; status: Status; at: Date },
) => Promise<void>;

/**
 * Sends one event to an application's workflow and commits the result atomically:
 * the new state (guarded by the version read), one history row chained to the previous one,
 * and one outbox row per effect.
 */
@Injectable()
export class WorkflowTransitions {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly transactions: TransactionRunner,
    private readonly eventBus: EventBus,
    private readonly holidays: HolidayCalendar,
  ) {}

  private readonly hooks: TransitionHook[] = [];

  /** Work another module does in the same transaction as every accepted event (e.g. keeping a licence's status in step). */
  addHook(hook: TransitionHook): void {
    this.hooks.push(hook);
  }

  /**
   * `alongside` runs in the same transaction as the state change, after the version check and
   * before the history row is written (e.g. marking a payment applied and numbering its receipt);
   * what it returns is added to the event's data. Both commit or roll back together.
   */
  async send(
    app: ApplicationEntity,
    event: WorkflowEvent,
    expectedVersion?: number,
    alongside?: (manager: EntityManager) => Promise<Record<string, unknown> | void>,
  ): Promise<ApplicationEntity> {
    const prepared = await this.prepare(app, event, expectedVersion);
    await this.transactions.run((manager) => this.commit(manager, prepared, alongside));
    return this.published(prepared);
  }

  /** Commits transitions already decided by `prepare` (several applications, one transaction): all are applied or none. */
  async commitTogether(prepared: PreparedTransition[]): Promise<ApplicationEntity[]> {
    await this.transactions.run(async (manager) => {
      for (const p of prepared) await this.commit(manager, p);
    });
    return prepared.map((p) => this.published(p));
  }

  /** Applies an event inside a transaction someone else opened (e.g. a hook acting on a second application). */
  async sendWithin(manager: EntityManager, app: ApplicationEntity, event: WorkflowEvent): Promise<void> {
    const prepared = await this.prepare(app, event);
    await this.commit(manager, prepared);
    this.published(prepared);
  }

  /** Decides the transition purely; nothing is written. */
  async prepare(app: ApplicationEntity, event: WorkflowEvent, expectedVersion?: number): Promise<PreparedTransition> {
    if (expectedVersion !== undefined && expectedVersion !== app.version) {
      throw staleVersion(app.version, expectedVersion);
    }
    const workflow = await this.support.workflowOf(app);
    const context = this.support.contextOf(app, workflow);
    const outcome = workflow.transition(app.workflowState, event, context);
    if (!outcome.ok) throw this.refusal(outcome, app, workflow, event);

    const now = new Date();
    const changedState = outcome.changedState;
    const next: Partial<ApplicationEntity> = {
      state: outcome.state.value,
      status: outcome.meta.status,
      awaitingActor: outcome.meta.actor,
      workflowState: outcome.state,
      version: app.version + 1,
      updatedAt: now,
      ...(changedState
        ? { stateEnteredAt: now, dueAt: outcome.meta.slaDays === null ? null : addWorkingDays(now, outcome.meta.slaDays, await this.holidays.dates()) }
        : {}),
      ...(app.submittedAt === null && event.type === 'SUBMIT' ? { submittedAt: now } : {}),
      ...(event.type === 'CHOOSE_DELIVERY'
        ? { deliveryMethod: event.data!.method as DeliveryMethod, deliveryAddress: (event.data!.address as string | undefined) ?? null }
        : {}),
    };
    return { app, event, outcome, next, now };
  }

  private async commit(
    manager: EntityManager,
    { app, event, outcome, next, now }: PreparedTransition,
    alongside?: (manager: EntityManager) => Promise<Record<string, unknown> | void>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set(next as QueryDeepPartialEntity<ApplicationEntity>)
      .where('id = :id AND version = :version', { id: app.id, version: app.version })
      .execute();
    if (result.affected !== 1) throw concurrentChange();
    const extra = alongside ? await alongside(manager) : undefined;
    const recorded = extra ? { ...event, data: { ...event.data, ...extra } } : event;
    const eventId = await this.appendEvent(manager, app, recorded, outcome.state.value, outcome.meta.status, now);
    if (outcome.effects.length > 0) {
      await manager.insert(
        OutboxEntity,
        outcome.effects.map((effect) => ({
          id: randomUUID(),
          applicationId: app.id,
          eventId,
          type: effect.type,
          params: effect.params,
          status: 'pending' as const,
          attempts: 0,
          availableAt: now,
          claimedAt: null,
          claimedBy: null,
          completedAt: null,
          lastError: null,
          createdAt: now,
        })) as QueryDeepPartialEntity<OutboxEntity>[],
      );
    }
    for (const hook of this.hooks) await hook(manager, { app, event: recorded, status: outcome.meta.status, at: now });
  }

  private published({ app, event, outcome, next }: PreparedTransition): ApplicationEntity {
    this.eventBus.publish(new ApplicationTransitionedEvent(app.id, event.type, app.state, outcome.state.value, outcome.effects.length));
    return Object.assign(new ApplicationEntity(), app, next);
  }

  private async appendEvent(
    manager: EntityManager,
    app: ApplicationEntity,
    event: WorkflowEvent,
    toState: string,
    status: ApplicationEntity['status'],
    at: Date,
  ): Promise<string> {
    // Read after the version-guarded update, so the row lock (PostgreSQL) or the queue (SQLite) orders the chain.
    const last = await manager.findOne(ApplicationEventEntity, {
      where: { applicationId: app.id },
      order: { seq: 'DESC' },
    });
    const row = {
      id: randomUUID(),
      applicationId: app.id,
      seq: (last?.seq ?? 0) + 1,
      type: event.type,
      fromState: app.state,
      toState,
      status,
      actorId: event.actor.id,
      actorRoles: [...event.actor.roles],
      actorAgencyId: event.actor.agencyId,
      comment: event.comment?.trim() || null,
      data: event.data && Object.keys(event.data).length > 0 ? event.data : null,
      createdAt: at,
    };
    const prevHash = last?.hash ?? genesisHash(app.id);
    await manager.insert(ApplicationEventEntity, { ...row, prevHash, hash: eventHash(prevHash, row) } as QueryDeepPartialEntity<ApplicationEventEntity>);
    return row.id;
  }

  private refusal(
    outcome: Exclude<TransitionOutcome, { ok: true }>,
    app: ApplicationEntity,
    workflow: CompiledWorkflow,
    event: WorkflowEvent,
  ): Error {
    const label = `${EVENT_VOCABULARY[event.type]?.label.th ?? event.type} (${event.type})`;
    switch (outcome.reason) {
      case 'not-accepted': {
        const allowed = workflow.availableEvents(app.workflowState, event.actor, this.support.contextOf(app, workflow));
        return new ConflictError(
          `ทำรายการ ${label} ไม่ได้ในสถานะ "${STATUSES[app.status].th}" / ${event.type} is not possible while the application is in state '${app.state}'` +
            (allowed.length > 0 ? `; you can send: ${allowed.join(', ')}` : '; there is nothing you can send now'),
          { state: app.state, status: app.status, allowedEvents: allowed, acceptedEvents: outcome.accepted },
        );
      }
      case 'invalid-event':
        return new InvalidInputError(
          `ข้อมูลประกอบ ${label} ไม่ถูกต้อง / The ${event.type} event is incomplete: ` +
            outcome.problems.map((p) => `${p.field} ${p.problem}`).join('; '),
          outcome.problems,
        );
      case 'forbidden':
        return new ForbiddenError(outcome.failures.map((f) => f.message).join('; '), { state: app.state, guards: outcome.failures.map((f) => f.guard) });
      case 'condition-failed': {
        const formProblems = outcome.failures.some((f) => f.guard === 'formComplete')
          ? this.support.forms.submissionProblems(workflow, app.form)
          : [];
        return new UnprocessableError(
          outcome.failures.map((f) => f.message).join('; ') +
            (formProblems.length > 0 ? `: ${formProblems.map((p) => `${p.field} ${p.problem}`).join('; ')}` : ''),
          formProblems.length > 0 ? formProblems : outcome.failures.map((f) => ({ guard: f.guard, problem: f.message })),
        );
      }
    }
  }
}

export function staleVersion(current: number, expected: number): ConflictError {
  return new ConflictError(
    `คำขอถูกแก้ไขไปแล้ว กรุณาโหลดใหม่ / The application is at version ${current}, not ${expected}: reload it and try again`,
    { currentVersion: current, expectedVersion: expected },
  );
}

export function concurrentChange(): ConflictError {
  return new ConflictError(
    'คำขอเพิ่งถูกเปลี่ยนโดยผู้อื่น กรุณาโหลดใหม่ / Someone else changed this application at the same moment: reload it and try again',
  );
}
