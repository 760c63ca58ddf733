import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { StateActor } from '@bizportal/engine';
import { UserDirectory, type AuthenticatedUser, type UserEntity } from '@bizportal/identity';
import { ApplicationSupport } from '../applications/application-support';
import { WorkflowTransitions } from '../applications/workflow-transitions.service';
import { ApplicationEntity } from '../entities';
import { ApplicationAssignmentEntity, type AssignmentAction } from './application-assignment.entity';

/** The roles that work applications in an office; `head_of_office` assigns them. */
export const OFFICE_ACTORS: readonly StateActor[] = ['officer', 'approver'];

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
export class AssignmentService implements OnModuleInit {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly identity: UserDirectory,
    private readonly transactions: TransactionRunner,
    private readonly transitions: WorkflowTransitions,
  ) {}

  onModuleInit(): void {
    this.transitions.addHook(async (manager, { app, at }) => {
      if (!app.assignedTo) return;
      const now = await manager.findOne(ApplicationEntity, { where: { id: app.id }, select: { id: true, state: true, awaitingActor: true, assignedTo: true } });
      if (!now || now.awaitingActor === app.awaitingActor || now.assignedTo !== app.assignedTo) return;
      await manager.update(ApplicationEntity, { id: app.id }, { assignedTo: null, assignedAt: null });
      await this.record(manager, app.id, 'cleared', null, app.assignedTo, WORKFLOW_ACTOR, now.state, at);
    });
  }

  async claim(user: AuthenticatedUser, id: string): Promise<AssignmentView> {
    const app = await this.support.load(id, user);
    const role = app.awaitingActor;
    if (!role || !OFFICE_ACTORS.includes(role) || !user.roles.includes(role)) {
      throw new ConflictError(
        `คำขอนี้ไม่ได้รอการดำเนินการจากบทบาทของท่าน / The application is in state '${app.state}' and waits for ${role ?? 'nobody'}, not for your role (${user.roles.join(', ')})`,
        { state: app.state, awaiting: role },
      );
    }
    if (app.assignedTo === user.id) return this.view(app);
    const now = new Date();
    await this.transactions.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ApplicationEntity)
        .set({ assignedTo: user.id, assignedAt: now })
        .where('id = :id AND agency_id = :agency AND awaiting_actor = :role AND assigned_to IS NULL', { id, agency: user.agencyId, role })
        .execute();
      if (result.affected !== 1) throw await this.claimConflict(id);
      await this.record(manager, id, 'claim', user.id, null, user.id, app.state, now);
    });
    return this.view(await this.reload(id));
  }

  async release(user: AuthenticatedUser, id: string): Promise<AssignmentView> {
    const app = await this.support.load(id, user);
    if (!app.assignedTo) return this.view(app);
    const isHead = user.roles.includes('head_of_office') && user.agencyId === app.agencyId;
    if (app.assignedTo !== user.id && !isHead) {
      throw new ForbiddenError('เฉพาะผู้ถือเรื่องหรือหัวหน้าสำนักงานเท่านั้นที่ปล่อยเรื่องได้ / Only the holder or the head of office may release this application');
    }
    const now = new Date();
    await this.transactions.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ApplicationEntity)
        .set({ assignedTo: null, assignedAt: null })
        .where('id = :id AND assigned_to = :holder', { id, holder: app.assignedTo })
        .execute();
      if (result.affected !== 1) throw concurrentAssignment();
      await this.record(manager, id, 'release', null, app.assignedTo, user.id, app.state, now);
    });
    return this.view(await this.reload(id));
  }

  async assign(user: AuthenticatedUser, id: string, userId: string): Promise<AssignmentView> {
    assertHeadOfOffice(user);
    const app = await this.support.load(id, user);
    const role = this.awaitedOfficeRole(app);
    const target = await this.staffMember(user, userId);
    if (!target.roles.includes(role)) {
      throw new UnprocessableError(`ผู้รับมอบหมายไม่มีบทบาทที่คำขอรอ / ${target.username} is not ${article(role)} ${role}, whom the application waits for`, [
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
    const found = new Map((await this.support.applications.findBy({ id: In(ids) })).map((a) => [a.id, a]));
    const problems: { applicationId: string; problem: string }[] = [];
    for (const id of ids) {
      const app = found.get(id);
      if (!app || app.agencyId !== user.agencyId) problems.push({ applicationId: id, problem: 'not an application of your office' });
      else if (!app.awaitingActor || !OFFICE_ACTORS.includes(app.awaitingActor)) problems.push({ applicationId: id, problem: `waits for ${app.awaitingActor ?? 'nobody'} in state '${app.state}', not for office staff` });
      else if (!target.roles.includes(app.awaitingActor)) problems.push({ applicationId: id, problem: `waits for ${article(app.awaitingActor)} ${app.awaitingActor}; ${target.username} is not one` });
    }
    if (problems.length > 0) {
      throw new UnprocessableError(
        `มอบหมายไม่ได้ ${problems.length} รายการ ไม่มีการเปลี่ยนแปลงใด / ${problems.length} of ${ids.length} applications cannot go to ${target.username}; nothing was changed: ` +
          problems.map((p) => `${p.applicationId} ${p.problem}`).join('; '),
        problems,
      );
    }
    const now = new Date();
    await this.transactions.run(async (manager) => {
      for (const id of ids) {
        const app = found.get(id)!;
        if (app.assignedTo === target.id) continue;
        await this.hand(manager, app, target.id, app.awaitingActor!, user.agencyId!, now);
        await this.record(manager, id, 'reassign', target.id, app.assignedTo, user.id, app.state, now);
      }
    });
    const after = await this.support.applications.findBy({ id: In(ids) });
    const byId = new Map(after.map((a) => [a.id, a]));
    return { items: await Promise.all(ids.map((id) => this.view(byId.get(id)!))) };
  }

  /** Assignment history of an application, oldest first. */
  async history(user: AuthenticatedUser, id: string) {
    await this.support.load(id, user);
    const rows = await this.support.applications.manager.find(ApplicationAssignmentEntity, { where: { applicationId: id }, order: { createdAt: 'ASC' } });
    return rows.map(({ action, userId, previousUserId, actorId, state, createdAt }) => ({ action, userId, previousUserId, actorId, state, at: createdAt }));
  }

  async holderOf(userId: string | null): Promise<HolderView | null> {
    if (!userId) return null;
    const user = await this.identity.findUser(userId);
    return user ? { id: user.id, username: user.username, displayName: { th: user.displayNameTh, en: user.displayNameEn } } : { id: userId, username: userId, displayName: { th: userId, en: userId } };
  }

  async view(app: ApplicationEntity): Promise<AssignmentView> {
    return { applicationId: app.id, state: app.state, awaiting: app.awaitingActor, assignedTo: await this.holderOf(app.assignedTo), assignedAt: app.assignedAt };
  }

  private async hand(manager: EntityManager, app: ApplicationEntity, to: string, role: StateActor, agency: string, now: Date): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set({ assignedTo: to, assignedAt: now })
      .where('id = :id AND agency_id = :agency AND awaiting_actor = :role', { id: app.id, agency, role })
      .andWhere(app.assignedTo === null ? 'assigned_to IS NULL' : 'assigned_to = :holder', { holder: app.assignedTo })
      .execute();
    if (result.affected !== 1) throw concurrentAssignment();
  }

  private awaitedOfficeRole(app: ApplicationEntity): StateActor {
    if (!app.awaitingActor || !OFFICE_ACTORS.includes(app.awaitingActor)) {
      throw new ConflictError(
        `คำขอนี้ไม่ได้รอเจ้าหน้าที่ / The application is in state '${app.state}' and waits for ${app.awaitingActor ?? 'nobody'}, not for office staff: there is nothing to assign`,
        { state: app.state, awaiting: app.awaitingActor },
      );
    }
    return app.awaitingActor;
  }

  private async staffMember(head: AuthenticatedUser, userId: string): Promise<UserEntity> {
    const target = await this.identity.findUser(userId);
    if (!target || target.agencyId !== head.agencyId || !OFFICE_ACTORS.some((r) => target.roles.includes(r))) {
      throw new UnprocessableError(`ไม่พบเจ้าหน้าที่ ${userId} ในสำนักงานของท่าน / ${userId} is not an officer or approver of your office`, [
        { field: 'userId', problem: 'must be an officer or approver of your office' },
      ]);
    }
    return target;
  }

  private async claimConflict(id: string): Promise<ConflictError> {
    const now = await this.support.applications.findOneBy({ id });
    if (now?.assignedTo) {
      const holder = await this.holderOf(now.assignedTo);
      return new ConflictError(`${holder?.displayName.th} ถือเรื่องนี้อยู่ / ${holder?.username} already holds this application`, { assignedTo: holder });
    }
    return concurrentAssignment();
  }

  private async reload(id: string): Promise<ApplicationEntity> {
    const app = await this.support.applications.findOneBy({ id });
    if (!app) throw new NotFoundError(`ไม่พบคำขอ / No application ${id}`);
    return app;
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

function assertHeadOfOffice(user: AuthenticatedUser): void {
  if (!user.roles.includes('head_of_office') || !user.agencyId) {
    throw new ForbiddenError('เฉพาะหัวหน้าสำนักงานเท่านั้น / Only the head of office may assign applications');
  }
}

function concurrentAssignment(): ConflictError {
  return new ConflictError('คำขอเพิ่งถูกเปลี่ยนโดยผู้อื่น กรุณาโหลดใหม่ / The application changed at the same moment (another step or assignment): reload the queue and try again');
}

function article(role: string): string {
  return /^[aeiou]/.test(role) ? 'an' : 'a';
}
