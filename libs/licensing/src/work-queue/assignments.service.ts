import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { DomainError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { Role, StateActor } from '@bizportal/engine';
import { UserDirectory, type AuthenticatedUser, type UserEntity } from '@bizportal/identity';
import { ApplicationStore, TransitionParticipant, type ApplicationEntity, type TransitionChange, type TransitionParticipantProvider } from '../core';
import { ApplicationAssignmentEntity, type AssignmentAction } from './application-assignment.entity';
import { WorkQueueErrors } from './work-queue-errors';

/** The roles that work applications in an office; `head_of_office` assigns them. */
export const OFFICE_ACTORS: readonly StateActor[] = ['officer', 'approver', 'signer'];

export interface HolderView {
  id: string;
  username: string;
  displayName: { th: string; en: string };
}

export interface AssignmentView {
  applicationId: string;
  state: string;
  awaiting: StateActor | null;
  assignedTo: HolderView | null;
  assignedAt: Date | null;
}

/** The system's id in the assignment history when a workflow step cleared the holder. */
const WORKFLOW_ACTOR = 'system:workflow';

/**
 * Who in the responsible office holds an application: officers and approvers claim and release the
 * applications waiting for their role; the head of office assigns and reassigns them. The holder is
 * cleared when the application moves on to a state that waits for someone else (another role, the
 * applicant, the system) or to the end; it is kept while the application keeps waiting for the same role.
 */
@Injectable()
@TransitionParticipant({ order: 10 })
export class AssignmentService implements TransitionParticipantProvider {
  constructor(
    private readonly store: ApplicationStore,
    private readonly identity: UserDirectory,
    private readonly transactions: TransactionRunner,
    @InjectRepository(ApplicationAssignmentEntity) private readonly assignments: Repository<ApplicationAssignmentEntity>,
  ) {}

  /** Records in the assignment history that a workflow step ended the holder's hold (core cleared it). */
  async participate(manager: EntityManager, { app, releasedHolder, toState, at }: TransitionChange): Promise<void> {
    if (releasedHolder) await this.record(manager, app.id, 'cleared', null, releasedHolder, WORKFLOW_ACTOR, toState, at);
  }

  async claim(user: AuthenticatedUser, id: string): Promise<AssignmentView> {
    const app = await this.store.load(id, user);
    const role = app.awaitingActor;
    if (!role || !OFFICE_ACTORS.includes(role) || !user.roles.includes(role as Role)) {
      throw WorkQueueErrors.create(
        'NOT_WAITING_FOR_YOUR_ROLE',
        { state: app.state, awaiting: role ?? 'nobody', roles: user.roles.join(', ') },
        { state: app.state, awaiting: role },
      );
    }
    if (app.assignedTo === user.id) return this.view(app);
    const now = new Date();
    await this.transactions.run(async (manager) => {
      if (!(await this.store.claim(manager, id, user.id, user.agencyId!, role, now))) throw await this.claimConflict(id);
      await this.record(manager, id, 'claim', user.id, null, user.id, app.state, now);
    });
    return this.view(await this.reload(id));
  }

  async release(user: AuthenticatedUser, id: string): Promise<AssignmentView> {
    const app = await this.store.load(id, user);
    if (!app.assignedTo) return this.view(app);
    const isHead = user.roles.includes('head_of_office') && user.agencyId === app.agencyId;
    if (app.assignedTo !== user.id && !isHead) {
      throw WorkQueueErrors.create('ONLY_HOLDER_OR_HEAD_MAY_RELEASE');
    }
    const now = new Date();
    await this.transactions.run(async (manager) => {
      if (!(await this.store.release(manager, id, app.assignedTo!))) throw concurrentAssignment();
      await this.record(manager, id, 'release', null, app.assignedTo, user.id, app.state, now);
    });
    return this.view(await this.reload(id));
  }

  async assign(user: AuthenticatedUser, id: string, userId: string): Promise<AssignmentView> {
    assertHeadOfOffice(user);
    const app = await this.store.load(id, user);
    const role = this.awaitedOfficeRole(app);
    const target = await this.staffMember(user, userId);
    if (!target.roles.includes(role as Role)) {
      throw WorkQueueErrors.create('ASSIGNEE_LACKS_ROLE', { username: target.username, role: `${article(role)} ${role}` }, [
        { field: 'userId', problem: `must be ${article(role)} ${role} of the office` },
      ]);
    }
    if (app.assignedTo === target.id) return this.view(app);
    const now = new Date();
    await this.transactions.run(async (manager) => {
      await this.hand(manager, app, target.id, role, user.agencyId!, now);
      await this.record(manager, id, 'assign', target.id, app.assignedTo, user.id, app.state, now);
    });
    return this.view(await this.reload(id));
  }

  /** Hands several applications to one staff member: all of them, or none with every refusal listed. */
  async reassign(user: AuthenticatedUser, ids: string[], userId: string): Promise<{ items: AssignmentView[] }> {
    assertHeadOfOffice(user);
    const target = await this.staffMember(user, userId);
    return this.handMany(user, ids, 'REASSIGN_REFUSED', { username: target.username }, (app) => {
      if (!app.awaitingActor || !OFFICE_ACTORS.includes(app.awaitingActor)) return `waits for ${app.awaitingActor ?? 'nobody'} in state '${app.state}', not for office staff`;
      if (!target.roles.includes(app.awaitingActor as Role)) return `waits for ${article(app.awaitingActor)} ${app.awaitingActor}; ${target.username} is not one`;
      return null;
    }, async (manager, app, now) => {
      if (app.assignedTo === target.id) return;
      await this.hand(manager, app, target.id, app.awaitingActor!, user.agencyId!, now);
      await this.record(manager, app.id, 'reassign', target.id, app.assignedTo, user.id, app.state, now);
    });
  }

  /** Takes several applications waiting for the user's role: all of them, or none with every refusal listed. */
  async claimMany(user: AuthenticatedUser, ids: string[]): Promise<{ items: AssignmentView[] }> {
    if (!user.agencyId) throw WorkQueueErrors.create('WORK_QUEUE_STAFF_ONLY');
    return this.handMany(user, ids, 'CLAIM_REFUSED', {}, (app) => {
      const role = app.awaitingActor;
      if (!role || !OFFICE_ACTORS.includes(role) || !user.roles.includes(role as Role)) return `waits for ${role ?? 'nobody'} in state '${app.state}', not for your role`;
      if (app.assignedTo && app.assignedTo !== user.id) return `already held by ${app.assignedTo}`;
      return null;
    }, async (manager, app, now) => {
      if (app.assignedTo === user.id) return;
      if (!(await this.store.claim(manager, app.id, user.id, user.agencyId!, app.awaitingActor!, now))) throw concurrentAssignment();
      await this.record(manager, app.id, 'claim', user.id, null, user.id, app.state, now);
    });
  }

  /**
   * The all-or-none part of bulk claim and reassign: every application must be of the user's office and pass
   * `refusal`; then `change` runs for each in one transaction (a write that finds the row changed aborts all).
   */
  private async handMany(
    user: AuthenticatedUser,
    ids: string[],
    refusedCode: 'REASSIGN_REFUSED' | 'CLAIM_REFUSED',
    params: Record<string, string>,
    refusal: (app: ApplicationEntity) => string | null,
    change: (manager: EntityManager, app: ApplicationEntity, now: Date) => Promise<void>,
  ): Promise<{ items: AssignmentView[] }> {
    const found = new Map((await this.store.findByIds(ids)).map((a) => [a.id, a]));
    const problems: { applicationId: string; problem: string }[] = [];
    for (const id of ids) {
      const app = found.get(id);
      const problem = !app || app.agencyId !== user.agencyId ? 'not an application of your office' : refusal(app);
      if (problem) problems.push({ applicationId: id, problem });
    }
    if (problems.length > 0) {
      throw WorkQueueErrors.create(refusedCode, { ...params, count: problems.length, total: ids.length, problems: problems.map((p) => `${p.applicationId} ${p.problem}`).join('; ') }, problems);
    }
    const now = new Date();
    await this.transactions.run(async (manager) => {
      for (const id of ids) await change(manager, found.get(id)!, now);
    });
    const byId = new Map((await this.store.findByIds(ids)).map((a) => [a.id, a]));
    const holders = await this.holdersOf([...byId.values()].map((a) => a.assignedTo));
    return { items: ids.map((id) => viewWith(byId.get(id)!, holders)) };
  }

  /** Assignment history of an application, oldest first. */
  async history(user: AuthenticatedUser, id: string) {
    await this.store.load(id, user);
    const rows = await this.assignments.find({ where: { applicationId: id }, order: { createdAt: 'ASC' } });
    return rows.map(({ action, userId, previousUserId, actorId, state, createdAt }) => ({ action, userId, previousUserId, actorId, state, at: createdAt }));
  }

  async holderOf(userId: string | null): Promise<HolderView | null> {
    if (!userId) return null;
    return (await this.holdersOf([userId])).get(userId)!;
  }

  /** The holders named, read in one query; an account that is gone shows its id. */
  async holdersOf(userIds: readonly (string | null)[]): Promise<Map<string, HolderView>> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    const users = new Map((await this.identity.findUsers(ids)).map((u) => [u.id, u]));
    return new Map(ids.map((id) => [id, holderView(users.get(id)) ?? { id, username: id, displayName: { th: id, en: id } }]));
  }

  async view(app: ApplicationEntity): Promise<AssignmentView> {
    return { applicationId: app.id, state: app.state, awaiting: app.awaitingActor, assignedTo: await this.holderOf(app.assignedTo), assignedAt: app.assignedAt };
  }

  private async hand(manager: EntityManager, app: ApplicationEntity, to: string, role: StateActor, agency: string, now: Date): Promise<void> {
    if (!(await this.store.handOver(manager, app, to, role, agency, now))) throw concurrentAssignment();
  }

  private awaitedOfficeRole(app: ApplicationEntity): StateActor {
    if (!app.awaitingActor || !OFFICE_ACTORS.includes(app.awaitingActor)) {
      throw WorkQueueErrors.create('NOT_WAITING_FOR_STAFF', { state: app.state, awaiting: app.awaitingActor ?? 'nobody' }, { state: app.state, awaiting: app.awaitingActor });
    }
    return app.awaitingActor;
  }

  private async staffMember(head: AuthenticatedUser, userId: string): Promise<UserEntity> {
    const target = await this.identity.findUser(userId);
    if (!target || target.agencyId !== head.agencyId || !OFFICE_ACTORS.some((r) => target.roles.includes(r as Role))) {
      throw WorkQueueErrors.create('ASSIGNEE_NOT_IN_OFFICE', { userId }, [{ field: 'userId', problem: 'must be an officer, approver or signer of your office' }]);
    }
    return target;
  }

  private async claimConflict(id: string): Promise<DomainError> {
    const now = await this.store.findById(id);
    if (now?.assignedTo) {
      const holder = await this.holderOf(now.assignedTo);
      return WorkQueueErrors.create('ALREADY_HELD', { holderTh: holder?.displayName.th ?? '', holder: holder?.username ?? '' }, { assignedTo: holder });
    }
    return concurrentAssignment();
  }

  private reload(id: string): Promise<ApplicationEntity> {
    return this.store.getById(id);
  }

  private async record(
    manager: EntityManager,
    applicationId: string,
    action: AssignmentAction,
    userId: string | null,
    previousUserId: string | null,
    actorId: string,
    state: string,
    at: Date,
  ): Promise<void> {
    await manager.insert(ApplicationAssignmentEntity, { id: randomUUID(), applicationId, action, userId, previousUserId, actorId, state, createdAt: at });
  }
}

export function holderView(user: UserEntity | undefined): HolderView | null {
  return user ? { id: user.id, username: user.username, displayName: { th: user.displayNameTh, en: user.displayNameEn } } : null;
}

function viewWith(app: ApplicationEntity, holders: Map<string, HolderView>): AssignmentView {
  return { applicationId: app.id, state: app.state, awaiting: app.awaitingActor, assignedTo: app.assignedTo ? holders.get(app.assignedTo)! : null, assignedAt: app.assignedAt };
}

function assertHeadOfOffice(user: AuthenticatedUser): void {
  if (!user.roles.includes('head_of_office') || !user.agencyId) {
    throw WorkQueueErrors.create('ONLY_HEAD_MAY_ASSIGN');
  }
}

function concurrentAssignment(): DomainError {
  return WorkQueueErrors.create('ASSIGNMENT_CHANGED_CONCURRENTLY');
}

function article(role: string): string {
  return /^[aeiou]/.test(role) ? 'an' : 'a';
}
