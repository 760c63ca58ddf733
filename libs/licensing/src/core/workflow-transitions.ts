import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventBus } from '@nestjs/cqrs';
import type { EntityManager } from 'typeorm';
import type { DomainError } from '@bizportal/common';
import { EntityStatements, placeholderOf, TransactionRunner } from '@bizportal/database';
import {
  EVENT_VOCABULARY,
  MIGRATED_EVENT,
  RECORDED_EVENTS,
  STATUSES,
  type Actor,
  type CompiledWorkflow,
  type DeliveryMethod,
  type TransitionOutcome,
  type WorkflowEvent,
} from '@bizportal/engine';
import { ApplicationErrors } from './application-errors';
import { ApplicationEntity, ApplicationEventEntity } from './application.entities';
import { outboxRowsRecordedWith, recordEffects } from './outbox';
import { ApplicationTransitionedEvent } from './application-transitioned.event';
import { DueDates } from './due-dates';
import { chainedEvent } from './event-chain';
import { TransitionParticipant, orderParticipants, type RegisteredParticipant, type TransitionChange, type TransitionParticipantProvider } from './transition-participant';
import { WorkflowFacts, type GuardFacts } from './workflow-facts';

/** One application moved to another workflow version by an official (see `WorkflowTransitions.migrate`). */
export interface MigrationMove {
  /** The application as the migration planned it: the update is guarded by this version. */
  app: ApplicationEntity;
  toVersion: number;
  toWorkflow: CompiledWorkflow;
  toState: string;
  /** The official who started the migration. */
  actor: Actor;
  migrationId: string;
  at: Date;
}

export interface PreparedTransition {
  app: ApplicationEntity;
  event: WorkflowEvent;
  outcome: Extract<TransitionOutcome, { ok: true }>;
  next: Partial<ApplicationEntity>;
  now: Date;
  /** The guard facts the step was decided with. */
  facts: GuardFacts;
}

/** A committed step: the application as it now is, and the guard facts read for it that still hold after it (null: none). */
export interface CommittedStep {
  app: ApplicationEntity;
  facts: GuardFacts | null;
}

/**
 * Sends one event to an application's workflow and commits the result atomically: the new state
 * (guarded by the version read), what each transition participant writes, one history row chained to
 * the previous one, and one outbox row per effect. The only writer of `application_events` and of
 * an application's state.
 */
@Injectable()
export class WorkflowTransitions implements OnModuleInit {
  private participants: RegisteredParticipant[] = [];

  constructor(
    private readonly facts: WorkflowFacts,
    private readonly transactions: TransactionRunner,
    private readonly eventBus: EventBus,
    private readonly dueDates: DueDates,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    this.participants = orderParticipants(
      this.discovery.getProviders({ metadataKey: TransitionParticipant.KEY }).map((wrapper) => ({
        ...this.discovery.getMetadataByDecorator(TransitionParticipant, wrapper)!,
        name: wrapper.name,
        provider: wrapper.instance as TransitionParticipantProvider,
      })),
    );
  }

  async send(app: ApplicationEntity, event: WorkflowEvent, expectedVersion?: number): Promise<ApplicationEntity> {
    return (await this.step(app, event, expectedVersion)).app;
  }

  /**
   * As `send`, also answering the guard facts (documents, information requests) read to decide the step, unless a
   * participant that took part may have changed them (`changesGuardFacts`), so the answer need not read them again.
   */
  async step(app: ApplicationEntity, event: WorkflowEvent, expectedVersion?: number): Promise<CommittedStep> {
    const prepared = await this.prepare(app, event, expectedVersion);
    const outboxIds = await this.transactions.run((manager) => this.commit(manager, prepared));
    const updated = this.published(prepared, outboxIds);
    const factsChanged = this.participants.some((p) => p.changesGuardFacts && (!p.events || p.events.includes(event.type)));
    return { app: updated, facts: factsChanged ? null : this.facts.factsAfterStep(updated, prepared.facts) };
  }

  /** Commits transitions already decided by `prepare` (several applications, one transaction): all are applied or none. */
  async commitTogether(prepared: PreparedTransition[]): Promise<ApplicationEntity[]> {
    const outboxIds = await this.transactions.run(async (manager) => {
      const ids: string[][] = [];
      for (const p of prepared) ids.push(await this.commit(manager, p));
      return ids;
    });
    return prepared.map((p, i) => this.published(p, outboxIds[i]));
  }

  /** Applies an event inside a transaction someone else opened (e.g. a participant acting on a second application). */
  async sendWithin(manager: EntityManager, app: ApplicationEntity, event: WorkflowEvent): Promise<void> {
    const prepared = await this.prepare(app, event);
    await this.commit(manager, prepared);
    // Not committed yet: the enclosing step's commit counts these outbox rows among its own.
    this.published(prepared, []);
  }

  /**
   * Appends a history entry that is not a workflow step (`RECORDED_EVENTS`: a payment held or refunded) in the
   * caller's transaction: the application's row is locked first, so the entry chains after any step committing
   * at the same time; state and version stay as they are. Returns the entry's id.
   */
  async record(manager: EntityManager, applicationId: string, event: Pick<WorkflowEvent, 'type' | 'actor' | 'comment' | 'data'>, at = new Date()): Promise<string> {
    if (!RECORDED_EVENTS[event.type]) throw new Error(`${event.type} is not a recorded history entry`);
    await manager.createQueryBuilder().update(ApplicationEntity).set({ version: () => 'version' }).where('id = :id', { id: applicationId }).execute();
    const app = await manager.findOneByOrFail(ApplicationEntity, { id: applicationId });
    return this.appendEvent(manager, app, event as WorkflowEvent, app.state, app.status, at);
  }

  /**
   * Moves an application to another workflow version and state in the caller's transaction (a migration's batch):
   * the UPDATE is guarded by the version the migration read, so an application a step moved meanwhile is left as it
   * is (null is returned, nothing written); otherwise its due date is recomputed by DueDates for the target state's
   * SLA (from the entry time it had when the state keeps its name, else from now), the office holder's hold ends
   * when the state waits for someone else, the transition participants run (event `MIGRATED`), and a `MIGRATED`
   * history row is chained on. It runs inside a savepoint: a participant's refusal undoes this application only and
   * is thrown for the caller to report. Returns the history row's id.
   */
  async migrate(manager: EntityManager, move: MigrationMove): Promise<string | null> {
    const { app, toVersion, toWorkflow, toState, actor, migrationId, at } = move;
    const meta = toWorkflow.stateMeta(toState);
    const enteredAt = toState === app.state ? app.stateEnteredAt : at;
    const releasesHolder = app.assignedTo !== null && meta.actor !== app.awaitingActor;
    const next: Partial<ApplicationEntity> = {
      workflowVersion: toVersion,
      state: toState,
      status: meta.status,
      awaitingActor: meta.actor,
      workflowState: { value: toState, status: toWorkflow.definition.machine.states[toState].type === 'final' ? 'done' : 'active' },
      version: app.version + 1,
      updatedAt: at,
      stateEnteredAt: enteredAt,
      dueAt: await this.dueDates.dueAt(enteredAt, meta.slaDays),
      ...(releasesHolder ? { assignedTo: null, assignedAt: null } : {}),
    };
    await manager.query('SAVEPOINT migrate_application');
    try {
      const changed = await EntityStatements.of(manager, ApplicationEntity).updateWhere(manager, next, { id: app.id, version: app.version });
      if (changed !== 1) {
        await manager.query('RELEASE SAVEPOINT migrate_application');
        return null;
      }
      const event: WorkflowEvent = {
        type: MIGRATED_EVENT,
        actor,
        data: { migrationId, fromVersion: app.workflowVersion, fromState: app.state, toVersion, toState },
      };
      const recorded = await this.runParticipants(manager, {
        app,
        event,
        toState,
        status: meta.status,
        awaiting: meta.actor,
        at,
        releasedHolder: releasesHolder ? app.assignedTo : null,
      });
      const eventId = await this.appendEvent(manager, app, recorded, toState, meta.status, at);
      await manager.query('RELEASE SAVEPOINT migrate_application');
      return eventId;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT migrate_application');
      await manager.query('RELEASE SAVEPOINT migrate_application');
      throw error;
    }
  }

  /** Decides the transition purely; nothing is written. */
  async prepare(app: ApplicationEntity, event: WorkflowEvent, expectedVersion?: number): Promise<PreparedTransition> {
    if (expectedVersion !== undefined && expectedVersion !== app.version) {
      throw staleVersion(app.version, expectedVersion);
    }
    const workflow = await this.facts.workflowOf(app);
    // Only the stored facts this event's guards in this state read (the documents and the information request are
    // read on the steps that check them, not on every step); a refusal reads them all again to explain itself.
    const facts = await this.facts.factsFor(app, workflow, { state: app.workflowState.value, event: event.type });
    const outcome = workflow.transition(app.workflowState, event, facts.context);
    if (!outcome.ok) throw await this.refusal(outcome, app, workflow, event);

    const now = new Date();
    const changedState = outcome.changedState;
    // A step that waits for someone else ends the office holder's hold on the application.
    const releasesHolder = app.assignedTo !== null && outcome.meta.actor !== app.awaitingActor;
    const next: Partial<ApplicationEntity> = {
      state: outcome.state.value,
      status: outcome.meta.status,
      awaitingActor: outcome.meta.actor,
      workflowState: outcome.state,
      version: app.version + 1,
      updatedAt: now,
      ...(changedState
        ? { stateEnteredAt: now, dueAt: await this.dueDates.dueAt(now, outcome.meta.slaDays) }
        : {}),
      ...(releasesHolder ? { assignedTo: null, assignedAt: null } : {}),
      ...(app.submittedAt === null && event.type === 'SUBMIT' ? { submittedAt: now } : {}),
      ...(event.type === 'CHOOSE_DELIVERY'
        ? { deliveryMethod: event.data!.method as DeliveryMethod, deliveryAddress: (event.data!.address as string | undefined) ?? null }
        : {}),
    };
    return { app, event, outcome, next, now, facts };
  }

  /** Writes one step; returns the outbox rows recorded with `manager` meanwhile (its effects, its participants'). */
  private async commit(manager: EntityManager, { app, event, outcome, next, now }: PreparedTransition): Promise<string[]> {
    const recordedBefore = outboxRowsRecordedWith(manager).length;
    const changed = await EntityStatements.of(manager, ApplicationEntity).updateWhere(manager, next, { id: app.id, version: app.version });
    if (changed !== 1) throw concurrentChange();
    const recorded = await this.runParticipants(manager, {
      app,
      event,
      toState: outcome.state.value,
      status: outcome.meta.status,
      awaiting: outcome.meta.actor,
      at: now,
      releasedHolder: next.assignedTo === null && app.assignedTo !== null ? app.assignedTo : null,
    });
    const eventId = await this.appendEvent(manager, app, recorded, outcome.state.value, outcome.meta.status, now);
    await recordEffects(manager, { applicationId: app.id, eventId, effects: outcome.effects, at: now });
    return outboxRowsRecordedWith(manager).slice(recordedBefore);
  }

  private async runParticipants(manager: EntityManager, change: TransitionChange): Promise<WorkflowEvent> {
    let event = change.event;
    for (const participant of this.participants) {
      if (participant.events && !participant.events.includes(event.type)) continue;
      const added = await participant.provider.participate(manager, { ...change, event });
      if (added) event = { ...event, data: { ...event.data, ...added } };
    }
    return event;
  }

  private published({ app, event, outcome, next }: PreparedTransition, outboxIds: readonly string[]): ApplicationEntity {
    this.eventBus.publish(new ApplicationTransitionedEvent(app.id, event.type, app.state, outcome.state.value, outcome.effects.length, outboxIds));
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
    // Only the two columns the chain needs, without the query builder and entity hydration (on every step).
    const p = placeholderOf(manager);
    const [last] = (await manager.query(`SELECT seq, hash FROM application_events WHERE application_id = ${p(1)} ORDER BY seq DESC LIMIT 1`, [app.id])) as {
      seq: number | string;
      hash: string;
    }[];
    const row = chainedEvent(last && { seq: Number(last.seq), hash: last.hash }, randomUUID(), event, { applicationId: app.id, fromState: app.state, toState, status, at });
    await EntityStatements.of(manager, ApplicationEventEntity).insert(manager, [row]);
    return row.id;
  }

  private async refusal(
    outcome: Exclude<TransitionOutcome, { ok: true }>,
    app: ApplicationEntity,
    workflow: CompiledWorkflow,
    event: WorkflowEvent,
  ): Promise<DomainError> {
    const label = `${EVENT_VOCABULARY[event.type]?.label.th ?? event.type} (${event.type})`;
    switch (outcome.reason) {
      case 'not-accepted': {
        const allowed = workflow.availableEvents(app.workflowState, event.actor, await this.facts.contextOf(app, workflow));
        return ApplicationErrors.create(
          'EVENT_NOT_ACCEPTED',
          {
            label,
            status: STATUSES[app.status].th,
            event: event.type,
            state: app.state,
            allowed: allowed.length > 0 ? `you can send: ${allowed.join(', ')}` : 'there is nothing you can send now',
          },
          { state: app.state, status: app.status, allowedEvents: allowed, acceptedEvents: outcome.accepted },
        );
      }
      case 'invalid-event':
        return ApplicationErrors.create(
          'EVENT_INVALID',
          { label, event: event.type, problems: outcome.problems.map((p) => `${p.field} ${p.problem}`).join('; ') },
          outcome.problems,
        );
      case 'forbidden':
        return ApplicationErrors.create(
          'EVENT_FORBIDDEN',
          { label, reasons: outcome.failures.map((f) => f.message).join('; ') },
          { state: app.state, guards: outcome.failures.map((f) => f.guard) },
        );
      case 'condition-failed': {
        const formProblems = outcome.failures.some((f) => f.guard === 'formComplete')
          ? this.facts.forms.submissionProblems(workflow, app.form)
          : [];
        const missing = outcome.failures.some((f) => f.guard === 'documentsComplete') ? await this.facts.missingDocuments(app, workflow) : [];
        const unanswered = outcome.failures.some((f) => f.guard === 'informationAnswered') ? await this.facts.unansweredInformation(app, workflow) : [];
        // The refusal names what is still to do: each form problem, each required document not yet uploaded, each unanswered item.
        const problems = [
          ...formProblems,
          ...missing.map((d) => ({ field: `documents.${d.code}`, problem: `${d.label.th} / ${d.label.en}: required, not uploaded` })),
          ...unanswered.map((i) => ({
            field: `informationRequests.${i.requestId}.items.${i.itemId}`,
            problem: `${i.text}: ${i.kind === 'document' ? 'ยังไม่ได้อัปโหลดเอกสารฉบับใหม่ / no new upload since the request' : 'ยังไม่ได้ตอบ / not answered'}`,
          })),
        ];
        const reasons =
          outcome.failures.map((f) => f.message).join('; ') +
          (problems.length > 0 ? `: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}` : '');
        return ApplicationErrors.create(
          'EVENT_CONDITION_FAILED',
          { label, reasons },
          problems.length > 0 ? problems : outcome.failures.map((f) => ({ guard: f.guard, problem: f.message })),
        );
      }
    }
  }
}

export function staleVersion(current: number, expected: number): DomainError {
  return ApplicationErrors.create('APPLICATION_VERSION_STALE', { current, expected }, { currentVersion: current, expectedVersion: expected });
}

export function concurrentChange(): DomainError {
  return ApplicationErrors.create('APPLICATION_CHANGED_CONCURRENTLY');
}
