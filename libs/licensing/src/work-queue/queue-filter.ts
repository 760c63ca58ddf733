import type { SelectQueryBuilder } from 'typeorm';
import { addWorkingDays, bangkokDateKey } from '@bizportal/common';
import type { StateActor } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import type { ApplicationEntity } from '../core';
import { OFFICE_ACTORS } from './assignments.service';
import { WorkQueueErrors } from './work-queue-errors';
import type { WorkQueueFilterDto } from './work-queue.dto';

/** Due within this many working days (and not yet overdue): flagged `dueSoon`. */
export const DUE_SOON_WORKING_DAYS = 2;

/** Whose queue: the office and the roles whose waiting applications it shows. */
export interface QueueScope {
  userId: string;
  agencyId: string;
  roles: StateActor[];
}

/** The instants a page is judged against, computed once per request. */
export interface QueueClock {
  now: Date;
  /** Due before this instant (and not overdue) is due soon: the start of the Bangkok day after the last due-soon working day. */
  dueSoonBefore: Date;
}

/** The office roles the user works the queue as (the head of office: all of them), else 403. */
export function queueScope(user: AuthenticatedUser): QueueScope {
  const isHead = user.roles.includes('head_of_office');
  const roles = isHead ? [...OFFICE_ACTORS] : (user.roles as readonly string[]).filter((r): r is StateActor => OFFICE_ACTORS.includes(r as StateActor));
  if (roles.length === 0 || !user.agencyId) throw WorkQueueErrors.create('WORK_QUEUE_STAFF_ONLY');
  return { userId: user.id, agencyId: user.agencyId, roles };
}

/**
 * workingDaysBetween(now, due) ≤ DUE_SOON_WORKING_DAYS exactly when the due instant falls before the Bangkok
 * day of the (DUE_SOON_WORKING_DAYS + 1)th working day after today: that day's midnight is the SQL boundary.
 */
export function queueClock(now: Date, holidays: ReadonlySet<string>): QueueClock {
  const firstNotSoon = addWorkingDays(now, DUE_SOON_WORKING_DAYS + 1, holidays);
  return { now, dueSoonBefore: new Date(`${bangkokDateKey(firstNotSoon)}T00:00:00+07:00`) };
}

/** 400 for filters that can never match together. */
export function assertConsistent(filter: WorkQueueFilterDto): void {
  const conflict = (field: string, problem: string) => {
    throw WorkQueueErrors.create('WORK_QUEUE_FILTER_CONFLICT', { conflict: `${field} ${problem}` }, [{ field, problem }]);
  };
  if (filter.mine && filter.unassigned) conflict('unassigned', 'cannot be combined with mine=true');
  if (filter.assignee && filter.unassigned) conflict('unassigned', 'cannot be combined with assignee');
  if (filter.assignee && filter.mine) conflict('assignee', 'cannot be combined with mine=true');
  if (filter.overdue && filter.dueSoon) conflict('dueSoon', 'cannot be combined with overdue=true (due soon means not yet overdue)');
}

/** The office, the roles and the filters that are not tabs (status, licence type, subdistrict, assignee, kind). */
export function whereScoped(qb: SelectQueryBuilder<ApplicationEntity>, scope: QueueScope, filter: WorkQueueFilterDto): SelectQueryBuilder<ApplicationEntity> {
  qb.where('a.agencyId = :agencyId', { agencyId: scope.agencyId }).andWhere('a.awaitingActor IN (:...roles)', { roles: scope.roles });
  if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
  if (filter.licenceType) qb.andWhere('a.licenceType = :licenceType', { licenceType: filter.licenceType });
  if (filter.subdistrict) qb.andWhere('a.subdistrictCode = :subdistrict', { subdistrict: filter.subdistrict });
  if (filter.assignee) qb.andWhere('a.assignedTo = :assignee', { assignee: filter.assignee });
  if (filter.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
  return qb;
}

/** The tab filters: mine, unassigned, overdue, due soon. */
export function whereTabs(qb: SelectQueryBuilder<ApplicationEntity>, scope: QueueScope, filter: WorkQueueFilterDto, clock: QueueClock): SelectQueryBuilder<ApplicationEntity> {
  if (filter.mine) qb.andWhere('a.assignedTo = :me', { me: scope.userId });
  if (filter.unassigned) qb.andWhere('a.assignedTo IS NULL');
  if (filter.overdue) qb.andWhere('a.dueAt < :now', { now: clock.now });
  if (filter.dueSoon) qb.andWhere('a.dueAt >= :now AND a.dueAt < :dueSoonBefore', { now: clock.now, dueSoonBefore: clock.dueSoonBefore });
  return qb;
}

/** Where a page ended: the sort key of its last item. */
export interface QueueCursor {
  dueAt: Date | null;
  createdAt: Date;
  id: string;
}

export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.dueAt?.toISOString() ?? null, c.createdAt.toISOString(), c.id])).toString('base64url');
}

export function decodeCursor(text: string): QueueCursor {
  try {
    const [due, created, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const dueAt = due === null ? null : new Date(due as string);
    const createdAt = new Date(created as string);
    if ((dueAt && Number.isNaN(dueAt.getTime())) || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || id.length === 0 || id.length > 64) throw new Error('bad');
    return { dueAt, createdAt, id };
  } catch {
    throw WorkQueueErrors.create('WORK_QUEUE_BAD_CURSOR', {}, [{ field: 'cursor', problem: 'must be the nextCursor of a previous page' }]);
  }
}

/**
 * One page in the order (due_at NULLS LAST, created_at, id), after the cursor: keyset paging, stable under inserts.
 * The rows with a due date and those without are read apart, each in the order of IDX_applications_queue, so both
 * databases walk the index and stop at the limit instead of sorting the office's whole queue (SQLite cannot read
 * an ascending index NULLS LAST). After a cursor the position is one row-value comparison, an index range on both
 * databases; `due_at IS NOT NULL` is then left out, since the comparison implies it: PostgreSQL counted that
 * (correlated) condition twice and, guessing a handful of rows, read and sorted the whole queue instead.
 */
export async function pageAfter(query: () => SelectQueryBuilder<ApplicationEntity>, cursor: QueueCursor | null, size: number): Promise<ApplicationEntity[]> {
  const params = cursor ? { cDue: cursor.dueAt, cCreated: cursor.createdAt, cId: cursor.id } : {};
  const rows: ApplicationEntity[] = [];
  if (!cursor || cursor.dueAt !== null) {
    const dated = cursor ? query().andWhere('(a.dueAt, a.createdAt, a.id) > (:cDue, :cCreated, :cId)', params) : query().andWhere('a.dueAt IS NOT NULL');
    rows.push(...(await dated.orderBy('a.dueAt', 'ASC').addOrderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC').limit(size).getMany()));
  }
  if (rows.length < size) {
    const undated = query().andWhere('a.dueAt IS NULL');
    if (cursor && cursor.dueAt === null) undated.andWhere('(a.createdAt, a.id) > (:cCreated, :cId)', params);
    rows.push(...(await undated.orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC').limit(size - rows.length).getMany()));
  }
  return rows;
}
