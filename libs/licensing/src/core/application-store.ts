import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager, type FindManyOptions, type QueryDeepPartialEntity } from 'typeorm';
import type { AuthenticatedUser } from '@bizportal/identity';
import { FINAL_STATUSES, type StateActor } from '@bizportal/engine';
import { assertCanSee, notFoundApplication } from './application-access';
import { ApplicationEntity, ApplicationEventEntity, type OutboxEntity } from './application.entities';

/**
 * The applications table, read and written through one door. Its writes are the creation of a draft,
 * the applicant's form edits, and the office's hold on it (claim, release, hand over); state changes go
 * through WorkflowTransitions and deadlines through DueDates, both in this folder. Every write is
 * conditional on what was read, so two writers never silently overwrite each other.
 */
@Injectable()
export class ApplicationStore {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    @InjectRepository(ApplicationEventEntity) private readonly events: Repository<ApplicationEventEntity>,
  ) {}

  /** The latest history row of one event type, or null. */
  lastEvent(applicationId: string, type: string): Promise<ApplicationEventEntity | null> {
    return this.events.findOne({ where: { applicationId, type }, order: { seq: 'DESC' } });
  }

  /** The application's history rows, oldest first. */
  history(applicationId: string): Promise<ApplicationEventEntity[]> {
    return this.events.find({ where: { applicationId }, order: { seq: 'ASC' } });
  }

  /** Pass the manager of an open transaction to read inside it (on SQLite a read outside would wait for it). */
  findById(id: string, manager?: EntityManager): Promise<ApplicationEntity | null> {
    return manager ? manager.findOneBy(ApplicationEntity, { id }) : this.applications.findOneBy({ id });
  }

  /** The application an outbox row belongs to, read in the executor's transaction. */
  async ofOutboxRow(manager: EntityManager, row: OutboxEntity): Promise<ApplicationEntity> {
    const app = await this.findById(row.applicationId, manager);
    if (!app) throw new Error(`Application ${row.applicationId} of outbox row ${row.id} is gone`);
    return app;
  }

  async getById(id: string): Promise<ApplicationEntity> {
    const app = await this.findById(id);
    if (!app) throw notFoundApplication(id);
    return app;
  }

  /** Loads an application the user may act on (its applicant, the responsible office, auditors), else 404. */
  async load(id: string, user: AuthenticatedUser): Promise<ApplicationEntity> {
    return assertCanSee(user, await this.findById(id), id);
  }

  findByTrackingNumber(trackingNumber: string): Promise<ApplicationEntity | null> {
    return this.applications.findOneBy({ trackingNumber });
  }

  findByIds(ids: string[]): Promise<ApplicationEntity[]> {
    return this.applications.findBy({ id: In(ids) });
  }

  find(options: FindManyOptions<ApplicationEntity>): Promise<ApplicationEntity[]> {
    return this.applications.find(options);
  }


  findAndCount(options: FindManyOptions<ApplicationEntity>): Promise<[ApplicationEntity[], number]> {
    return this.applications.findAndCount(options);
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

  async insert(manager: EntityManager, app: ApplicationEntity): Promise<void> {
    await manager.insert(ApplicationEntity, app);
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
