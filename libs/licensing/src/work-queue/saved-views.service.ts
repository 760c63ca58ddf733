import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type Repository } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { assertConsistent, queueScope } from './queue-filter';
import { WorkQueueErrors } from './work-queue-errors';
import { WorkQueueViewEntity, type SavedQueueFilter } from './work-queue-view.entity';
import type { CreateWorkQueueViewDto, WorkQueueFilterDto } from './work-queue.dto';

export const MAX_SAVED_VIEWS = 20;
export const MAX_VIEW_NAME_CHARACTERS = 60;
const FILTER_FIELDS = ['mine', 'unassigned', 'overdue', 'dueSoon', 'status', 'licenceType', 'subdistrict', 'assignee', 'kind'] as const;
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** The trimmed name if it has 1 to 60 visible characters (grapheme clusters) and no control characters, else 400. */
export function viewName(raw: string): string {
  const name = raw.trim().normalize('NFC');
  const length = [...graphemes.segment(name)].length;
  if (length < 1 || length > MAX_VIEW_NAME_CHARACTERS || /\p{Cc}|\p{Cf}/u.test(name)) {
    throw WorkQueueErrors.create('WORK_QUEUE_VIEW_NAME_INVALID', {}, [{ field: 'name', problem: `must have 1 to ${MAX_VIEW_NAME_CHARACTERS} visible characters, no control characters` }]);
  }
  return name;
}

/** Each staff member's named queue filters; owns `work_queue_views`. */
@Injectable()
export class SavedViews {
  constructor(
    @InjectRepository(WorkQueueViewEntity) private readonly views: Repository<WorkQueueViewEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(user: AuthenticatedUser) {
    queueScope(user);
    return (await this.views.find({ where: { userId: user.id }, order: { createdAt: 'ASC', id: 'ASC' } })).map(viewOf);
  }

  async create(user: AuthenticatedUser, body: CreateWorkQueueViewDto) {
    queueScope(user);
    const name = viewName(body.name);
    assertConsistent(body.filter);
    const filter = Object.fromEntries(FILTER_FIELDS.filter((f) => body.filter[f] !== undefined).map((f) => [f, body.filter[f]])) as SavedQueueFilter;
    const row: WorkQueueViewEntity = { id: randomUUID(), userId: user.id, name, filter, createdAt: new Date() };
    try {
      await this.transactions.run(async (manager) => {
        if ((await manager.countBy(WorkQueueViewEntity, { userId: user.id, name })) > 0) throw nameTaken(name);
        if ((await manager.countBy(WorkQueueViewEntity, { userId: user.id })) >= MAX_SAVED_VIEWS) throw WorkQueueErrors.create('WORK_QUEUE_VIEW_LIMIT', { max: MAX_SAVED_VIEWS });
        await manager.insert(WorkQueueViewEntity, row);
      });
    } catch (error) {
      // Two saves of the same name at once: the unique index refuses the second.
      if (error instanceof QueryFailedError && /unique|duplicate/i.test(error.message)) throw nameTaken(name);
      throw error;
    }
    return viewOf(row);
  }

  async remove(user: AuthenticatedUser, id: string) {
    queueScope(user);
    const row = await this.views.findOneBy({ id, userId: user.id });
    if (!row || !(await this.views.delete({ id, userId: user.id })).affected) throw WorkQueueErrors.create('WORK_QUEUE_VIEW_NOT_FOUND', { id });
    return viewOf(row);
  }
}

function nameTaken(name: string) {
  return WorkQueueErrors.create('WORK_QUEUE_VIEW_NAME_TAKEN', { name }, [{ field: 'name', problem: 'you already have a view with this name' }]);
}

function viewOf(row: WorkQueueViewEntity): { id: string; name: string; filter: WorkQueueFilterDto; createdAt: Date } {
  return { id: row.id, name: row.name, filter: row.filter, createdAt: row.createdAt };
}
