import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FindOptionsWhere } from 'typeorm';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors, applicationScopes, type ApplicationEntity } from '../../core';
import { ApplicationSupport, type ApplicationSummary } from '../application-support';
import { LIST_TOTAL_CAP, type ListApplicationsQueryDto } from '../dto/list-applications.query.dto';

export const DEFAULT_LIST_PAGE_SIZE = 20;

export interface ApplicationPage {
  items: ApplicationSummary[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

export class ListApplicationsQuery extends Query<ApplicationPage> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly filter: ListApplicationsQueryDto,
  ) {
    super();
  }
}

/** Where a page ended: the sort key (creation time, id) of its last item. */
interface ListCursor {
  createdAt: Date;
  id: string;
}

export function encodeListCursor(c: ListCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString('base64url');
}

export function decodeListCursor(text: string): ListCursor {
  try {
    const [created, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const createdAt = new Date(created as string);
    if (typeof created !== 'string' || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || id.length === 0 || id.length > 64) throw new Error('bad');
    return { createdAt, id };
  } catch {
    throw ApplicationErrors.create('APPLICATION_LIST_BAD_CURSOR', {}, [{ field: 'cursor', problem: 'must be the nextCursor of a previous page' }]);
  }
}

const newestFirst = (a: ApplicationEntity, b: ApplicationEntity) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The caller's applications, newest first (creation time, then id), a page at a time by keyset: each page starts
 * after the previous page's last item, so no page costs more than the first and none repeats or skips an item when
 * applications arrive in between. Each scope (own, a directed company's, the office's) is read apart in the order
 * of its index (IDX_applications_*_list) up to the page size and the pages merged; the total is counted up to
 * LIST_TOTAL_CAP from the same indexes.
 */
@QueryHandler(ListApplicationsQuery)
export class ListApplicationsHandler implements IQueryHandler<ListApplicationsQuery> {
  constructor(private readonly support: ApplicationSupport) {}

  async execute({ user, filter }: ListApplicationsQuery): Promise<ApplicationPage> {
    const cursor = filter.cursor ? decodeListCursor(filter.cursor) : null;
    const limit = filter.limit ?? DEFAULT_LIST_PAGE_SIZE;
    // Who sees what is decided in application-access.ts; directors also see their companies' applications, principals those agents filed for them.
    const [actingFor, nationalId] = await Promise.all([this.support.applicantData.actingForIfReachable(user), user.roles.includes('applicant') ? this.support.applicantData.nationalIdOf(user) : null]);
    const scopes = applicationScopes(user, actingFor, nationalId).map((scope) => ({ ...scope, ...(filter.status ? { status: filter.status } : {}) }));
    const [pages, total] = await Promise.all([Promise.all(scopes.map((scope) => this.pageOf(scope, cursor, limit + 1))), this.cappedCount(scopes)]);
    const seen = new Set<string>();
    const rows = pages
      .flat()
      .filter((row) => !seen.has(row.id) && seen.add(row.id))
      .sort(newestFirst)
      .slice(0, limit + 1);
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      items: await this.support.summaries(shown),
      nextCursor: rows.length > limit && last ? encodeListCursor(last) : null,
      total: Math.min(total, LIST_TOTAL_CAP),
      totalCapped: total > LIST_TOTAL_CAP,
    };
  }

  private pageOf(scope: FindOptionsWhere<ApplicationEntity>, cursor: ListCursor | null, size: number): Promise<ApplicationEntity[]> {
    const qb = this.support.store.select().where(scope);
    // created_at <= c bounds the index range; the OR then drops the rows at c up to the cursor's id.
    if (cursor) qb.andWhere('a.createdAt <= :cCreated AND (a.createdAt < :cCreated OR a.id < :cId)', { cCreated: cursor.createdAt, cId: cursor.id });
    return qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(size).getMany();
  }

  /** How many the scopes hold together, counted no further than one past the cap. */
  private async cappedCount(scopes: FindOptionsWhere<ApplicationEntity>[]): Promise<number> {
    const capped = this.support.store.select().select('a.id').where(scopes).limit(LIST_TOTAL_CAP + 1);
    const [sql, params] = capped.getQueryAndParameters();
    const [row] = (await this.support.store.select().connection.query(`SELECT COUNT(*) AS n FROM (${sql}) capped`, params)) as { n: string | number }[];
    return Number(row?.n ?? 0);
  }
}
