import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@bizportal/identity';
import { applicationScopes } from '../../core';
import { ApplicationSupport, type ApplicationView } from '../application-support';
import type { ListApplicationsQueryDto } from '../dto/list-applications.query.dto';

export interface ApplicationPage {
  items: ApplicationView[];
  total: number;
  page: number;
  pageSize: number;
}

export class ListApplicationsQuery extends Query<ApplicationPage> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly filter: ListApplicationsQueryDto,
  ) {
    super();
  }
}

@QueryHandler(ListApplicationsQuery)
export class ListApplicationsHandler implements IQueryHandler<ListApplicationsQuery> {
  constructor(private readonly support: ApplicationSupport) {}

  async execute({ user, filter }: ListApplicationsQuery): Promise<ApplicationPage> {
    // Who sees what is decided in application-access.ts; directors also see their companies' applications.
    const scopes = applicationScopes(user, await this.support.applicantData.actingForIfReachable(user));
    const where = scopes.map((scope) => ({ ...scope, ...(filter.status ? { status: filter.status } : {}) }));
    const [rows, total] = await this.support.store.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    });
    const items = await Promise.all(rows.map((row) => this.support.view(row, user)));
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }
}
