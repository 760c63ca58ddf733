import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager, type FindManyOptions, type QueryDeepPartialEntity, type SelectQueryBuilder } from 'typeorm';
import { EntityStatements } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { FINAL_STATUSES, type StateActor } from '@bizportal/engine';
import { actsAsAgent, AgentAuthority, type AgentAuthorityProvider } from './agent-authority';
import { assertCanSee, notFoundApplication } from './application-access';
import { ApplicationEntity, ApplicationEventEntity, type OutboxEntity } from './application.entities';

/**
 * The applications table, read and written through one door. Its writes are the creation of a draft,
 * the applicant's form edits, and the office's hold on it (claim, release, hand over); state changes go
 * through WorkflowTransitions and deadlines through DueDates, both in this folder. Every write is
 * conditional on what was read, so two writers never silently overwrite each other.
 */
/** The columns of an application a notification's text and recipient need. */
export type ApplicationMessageFields = Pick<ApplicationEntity, 'id' | 'trackingNumber' | 'licenceType' | 'workflowVersion' | 'state' | 'applicantId' | 'agencyId'>;

@Injectable()
export class ApplicationStore implements OnModuleInit {
  private agentAuthority: AgentAuthorityProvider | null = null;

  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    @InjectRepository(ApplicationEventEntity) private readonly events: Repository<ApplicationEventEntity>,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    const found = this.discovery.getProviders({ metadataKey: AgentAuthority.KEY });
    if (found.length > 1) throw new Error(`More than one @AgentAuthority provider: ${found.map((w) => w.name).join(', ')}`);
    this.agentAuthority = (found[0]?.instance as AgentAuthorityProvider | undefined) ?? null;
  }

  /**
   * When the user is the agent who filed the application under a grant, the grant must still let her act (403 when
   * revoked, expired or no longer covering its licence type); anyone else passes. Without the grants module an agent
   * is refused outright.
   */
  async assertAgentMayAct(user: AuthenticatedUser, app: ApplicationEntity, manager?: EntityManager): Promise<void> {
    if (!actsAsAgent(user, app)) return;
    if (!this.agentAuthority) throw new Error(`Application ${app.id} was filed under a grant, but no @AgentAuthority provider is loaded`);
    await this.agentAuthority.assertAgentMayAct(app, manager);
  }

  /** The latest history row of one event type, or null. */
  lastEvent(applicationId: string, type: string): Promise<ApplicationEventEntity | null> {
    return this.events.findOne({ where: { applicationId, type }, order: { seq: 'DESC' } });
  }

  /** The application's history rows, oldest first. */
  history(applicationId: string): Promise<ApplicationEventEntity[]> {
    return this.events.find({ where: { applicationId }, order: { seq: 'ASC' } });
  }

  /**
   * The head of every application's history as stored: the seq and hash of its last row (applications without
   * history, the drafts, have none). One statement, so on PostgreSQL one snapshot; read through the unique
   * (application_id, seq) index.
   */
  async chainHeads(): Promise<{ applicationId: string; trackingNumber: string; seq: number; hash: string }[]> {
    const rows: { application_id: string; tracking_number: string; seq: number | string; hash: string }[] = await this.events.query(
      'SELECT e.application_id, a.tracking_number, e.seq, e.hash FROM application_events e ' +
        'JOIN (SELECT application_id, MAX(seq) AS seq FROM application_events GROUP BY application_id) m ON m.application_id = e.application_id AND m.seq = e.seq ' +
        'JOIN applications a ON a.id = e.application_id',
    );
    return rows.map((r) => ({ applicationId: r.application_id, trackingNumber: r.tracking_number, seq: Number(r.seq), hash: r.hash }));
  }

  /** The history rows of several applications, by application then seq. */
  histories(applicationIds: readonly string[]): Promise<ApplicationEventEntity[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.events.find({ where: { applicationId: In([...applicationIds]) }, order: { applicationId: 'ASC', seq: 'ASC' } });
  }

  /** Pass the manager of an open transaction to read inside it (on SQLite a read outside would wait for it). */
  findById(id: string, manager?: EntityManager): Promise<ApplicationEntity | null> {
    // Read on every request: a statement made once instead of the query builder (EntityStatements).
    const reader = manager ?? this.applications.manager;
    return EntityStatements.of(reader, ApplicationEntity).findById(reader, id);
  }

  /** The application an outbox row belongs to, read in the executor's transaction. */
  async ofOutboxRow(manager: EntityManager, row: OutboxEntity): Promise<ApplicationEntity> {
    const app = await this.findById(row.applicationId, manager);
    if (!app) throw new Error(`Application ${row.applicationId} of outbox row ${row.id} is gone`);
    return app;
  }

  /** The history row of the step that recorded an outbox row (null for effects of no step). */
  stepOfOutboxRow(manager: EntityManager, row: OutboxEntity): Promise<ApplicationEventEntity | null> {
    return row.eventId ? manager.findOneBy(ApplicationEventEntity, { id: row.eventId }) : Promise.resolve(null);
  }

  /**
   * What a message about the application names (tracking number, licence, state, applicant and office), read in the
   * executor's transaction: these columns only, not the form, premises and applicant data of the whole row.
   */
  async messageFieldsOfOutboxRow(manager: EntityManager, row: OutboxEntity): Promise<ApplicationMessageFields> {
    const app = await manager.findOne(ApplicationEntity, {
      where: { id: row.applicationId },
      select: { id: true, trackingNumber: true, licenceType: true, workflowVersion: true, state: true, applicantId: true, agencyId: true },
    });
    if (!app) throw new Error(`Application ${row.applicationId} of outbox row ${row.id} is gone`);
    return app;
  }

  async getById(id: string): Promise<ApplicationEntity> {
    const app = await this.findById(id);
    if (!app) throw notFoundApplication(id);
    return app;
  }

  /**
   * Loads an application the user may act on (its applicant, the responsible office, auditors), else 404; an agent
   * acting under a grant that no longer lets her gets 403.
   */
  async load(id: string, user: AuthenticatedUser): Promise<ApplicationEntity> {
    const app = assertCanSee(user, await this.findById(id), id);
    await this.assertAgentMayAct(user, app);
    return app;
  }

  findByTrackingNumber(trackingNumber: string): Promise<ApplicationEntity | null> {
    return this.applications.findOneBy({ trackingNumber });
  }

  /** Pass the manager of an open transaction to read inside it. */
  findByIds(ids: string[], manager?: EntityManager): Promise<ApplicationEntity[]> {
    return manager ? manager.findBy(ApplicationEntity, { id: In(ids) }) : this.applications.findBy({ id: In(ids) });
  }

  find(options: FindManyOptions<ApplicationEntity>): Promise<ApplicationEntity[]> {
    return this.applications.find(options);
  }


  findAndCount(options: FindManyOptions<ApplicationEntity>): Promise<[ApplicationEntity[], number]> {
    return this.applications.findAndCount(options);
  }

  /** A read of the applications table (alias `a`) for lists and counts that find() cannot express; never for writes. */
  select(): SelectQueryBuilder<ApplicationEntity> {
    return this.applications.createQueryBuilder('a');
  }

  /**
   * The office's applications that first reached one of `statuses` at or after `since`: each with that moment
   * and its history rows (oldest first), for figures on how long the office took.
   */
  async reachedSince(agencyId: string, statuses: readonly string[], since: Date): Promise<{ app: Pick<ApplicationEntity, 'id' | 'licenceType' | 'workflowVersion'>; reachedAt: Date; events: Pick<ApplicationEventEntity, 'fromState' | 'toState' | 'createdAt'>[] }[]> {
    const firstReached = this.events
      .createQueryBuilder('e')
      .select('e.applicationId', 'id')
      .addSelect('MIN(e.createdAt)', 'reachedAt')
      .innerJoin(ApplicationEntity, 'a', 'a.id = e.applicationId')
      .where('a.agencyId = :agencyId AND e.status IN (:...statuses)', { agencyId, statuses })
      // Only applications with such a row in the window (IDX_application_events_status_time), not the office's whole past.
      .andWhere((qb) => {
        const recent = qb.subQuery().select('r.applicationId').from(ApplicationEventEntity, 'r').where('r.status IN (:...statuses) AND r.createdAt >= :since').getQuery();
        return `e.applicationId IN ${recent}`;
      })
      .setParameter('since', since)
      .groupBy('e.applicationId')
      .having('MIN(e.createdAt) >= :since', { since });
    const reached = (await firstReached.getRawMany<{ id: string; reachedAt: Date | string }>()).map((r) => ({ id: r.id, reachedAt: asDate(r.reachedAt) }));
    if (reached.length === 0) return [];
    const ids = reached.map((r) => r.id);
    const apps = new Map((await this.applications.find({ where: { id: In(ids) }, select: { id: true, licenceType: true, workflowVersion: true } })).map((a) => [a.id, a]));
    const events = await this.events.find({ where: { applicationId: In(ids) }, select: { applicationId: true, seq: true, fromState: true, toState: true, createdAt: true }, order: { applicationId: 'ASC', seq: 'ASC' } });
    const byApp = new Map<string, ApplicationEventEntity[]>();
    for (const e of events) byApp.set(e.applicationId, [...(byApp.get(e.applicationId) ?? []), e]);
    return reached.map((r) => ({ app: apps.get(r.id)!, reachedAt: r.reachedAt, events: byApp.get(r.id) ?? [] }));
  }


  /**
   * What the history and the outbox hold for each application, for a migration's checks: the event types of its
   * history rows and the effect types recorded for it (failed outbox rows left out). 500 applications a query.
   */
  async recordedFacts(applicationIds: readonly string[]): Promise<Map<string, { events: Set<string>; effects: Set<string> }>> {
    const facts = new Map(applicationIds.map((id) => [id, { events: new Set<string>(), effects: new Set<string>() }]));
    for (let i = 0; i < applicationIds.length; i += 500) {
      const ids = applicationIds.slice(i, i + 500);
      const events: { application_id: string; type: string }[] = await this.events
        .createQueryBuilder('e')
        .select('e.applicationId', 'application_id')
        .addSelect('e.type', 'type')
        .distinct(true)
        .where('e.applicationId IN (:...ids)', { ids })
        .getRawMany();
      for (const row of events) facts.get(row.application_id)?.events.add(row.type);
      const effects: { application_id: string; type: string }[] = await this.events.manager
        .createQueryBuilder()
        .select('o.application_id', 'application_id')
        .addSelect('o.type', 'type')
        .distinct(true)
        .from('outbox', 'o')
        .where('o.application_id IN (:...ids)', { ids })
        .andWhere("o.status <> 'failed'")
        .getRawMany();
      for (const row of effects) facts.get(row.application_id)?.effects.add(row.type);
    }
    return facts;
  }

  /**
   * Applications started (created) between `start` and `end`, counted per Bangkok month of their start, licence type
   * and office, with how many were submitted and are now in one of `finished`, and how many were never submitted and
   * were cancelled or left unchanged since `staleBefore`. One grouped read (IDX_applications_created); no personal data.
   */
  async startedPerMonth(options: {
    start: Date;
    end: Date;
    staleBefore: Date;
    finished: readonly string[];
    licenceType?: string;
    agencyId?: string;
  }): Promise<{ month: string; licenceType: string; agencyId: string; started: number; completed: number; abandoned: number }[]> {
    const postgres = this.applications.manager.connection.options.type === 'postgres';
    // Thailand keeps UTC+7 all year; SQLite stores UTC as 'YYYY-MM-DD HH:MM:SS.SSS'.
    const month = postgres ? "to_char(a.created_at AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM')" : "strftime('%Y-%m', a.created_at, '+7 hours')";
    const query = this.applications
      .createQueryBuilder('a')
      .select(month, 'month')
      .addSelect('a.licence_type', 'licenceType')
      .addSelect('a.agency_id', 'agencyId')
      .addSelect('COUNT(*)', 'started')
      .addSelect('SUM(CASE WHEN a.submitted_at IS NOT NULL AND a.status IN (:...finished) THEN 1 ELSE 0 END)', 'completed')
      .addSelect("SUM(CASE WHEN a.submitted_at IS NULL AND (a.status = 'cancelled' OR a.updated_at < :staleBefore) THEN 1 ELSE 0 END)", 'abandoned')
      .where('a.created_at >= :start AND a.created_at < :end AND a.agency_id IS NOT NULL', { start: options.start, end: options.end })
      .setParameters({ finished: [...options.finished], staleBefore: options.staleBefore });
    if (options.licenceType) query.andWhere('a.licence_type = :licenceType', { licenceType: options.licenceType });
    if (options.agencyId) query.andWhere('a.agency_id = :agencyId', { agencyId: options.agencyId });
    const rows: Record<string, string | number>[] = await query.groupBy(month).addGroupBy('a.licence_type').addGroupBy('a.agency_id').getRawMany();
    return rows.map((r) => ({
      month: String(r.month),
      licenceType: String(r.licenceType),
      agencyId: String(r.agencyId),
      started: Number(r.started),
      completed: Number(r.completed),
      abandoned: Number(r.abandoned),
    }));
  }

  /** Running (not final) applications of a licence type, per workflow version. */
  async runningPerVersion(licenceType: string): Promise<Map<number, number>> {
    const rows: { version: number | string; count: number | string }[] = await this.applications
      .createQueryBuilder('a')
      .select('a.workflowVersion', 'version')
      .addSelect('COUNT(*)', 'count')
      .where({ licenceType, status: Not(In([...FINAL_STATUSES])) })
      .groupBy('a.workflowVersion')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.version), Number(r.count)]));
  }

  /** Applications of one workflow version, per state. */
  async countPerState(licenceType: string, workflowVersion: number): Promise<Record<string, number>> {
    const rows: { state: string; count: number | string }[] = await this.applications
      .createQueryBuilder('a')
      .select('a.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .where({ licenceType, workflowVersion })
      .groupBy('a.state')
      .getRawMany();
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.count)]));
  }

  async insert(manager: EntityManager, app: ApplicationEntity): Promise<void> {
    await manager.insert(ApplicationEntity, app);
  }

  /** The applications started in these bundles (`bundle_id`, set when the drafts were inserted), in the order they were made. */
  inBundles(bundleIds: readonly string[]): Promise<ApplicationEntity[]> {
    if (bundleIds.length === 0) return Promise.resolve([]);
    return this.applications.find({ where: { bundleId: In([...bundleIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Replaces the form (and records the applicant's confirmation) of the version read; false if it moved on. */
  async updateForm(
    manager: EntityManager,
    app: ApplicationEntity,
    changes: { form: Record<string, unknown>; applicantDataConfirmedAt?: Date },
    now: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set({ ...changes, version: app.version + 1, updatedAt: now } as QueryDeepPartialEntity<ApplicationEntity>)
      .where('id = :id AND version = :version', { id: app.id, version: app.version })
      .execute();
    return result.affected === 1;
  }

  /** Gives an unheld application waiting for `role` in `agency` to `userId`; false if that is no longer so. */
  async claim(manager: EntityManager, id: string, userId: string, agency: string, role: StateActor, now: Date): Promise<boolean> {
    return this.setHolder(manager, id, { assignedTo: userId, assignedAt: now }, 'agency_id = :agency AND awaiting_actor = :role AND assigned_to IS NULL', { agency, role });
  }

  /** Ends `holder`'s hold; false if someone else holds it by now. */
  async release(manager: EntityManager, id: string, holder: string): Promise<boolean> {
    return this.setHolder(manager, id, { assignedTo: null, assignedAt: null }, 'assigned_to = :holder', { holder });
  }

  /** Hands the application from its holder as read (or nobody) to `to`; false if it moved or changed hands. */
  async handOver(manager: EntityManager, app: ApplicationEntity, to: string, role: StateActor, agency: string, now: Date): Promise<boolean> {
    return this.setHolder(
      manager,
      app.id,
      { assignedTo: to, assignedAt: now },
      `agency_id = :agency AND awaiting_actor = :role AND ${app.assignedTo === null ? 'assigned_to IS NULL' : 'assigned_to = :holder'}`,
      { agency, role, holder: app.assignedTo },
    );
  }

  private async setHolder(
    manager: EntityManager,
    id: string,
    holder: Pick<ApplicationEntity, 'assignedTo' | 'assignedAt'>,
    condition: string,
    parameters: Record<string, unknown>,
  ): Promise<boolean> {
    const result = await manager.createQueryBuilder().update(ApplicationEntity).set(holder).where(`id = :id AND ${condition}`, { id, ...parameters }).execute();
    return result.affected === 1;
  }
}

/** A timestamp from a raw row: PostgreSQL gives a Date, SQLite the UTC text TypeORM stored. */
export function asDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
