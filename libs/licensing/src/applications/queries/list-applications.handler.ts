import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FindOptionsWhere } from 'typeorm';
import { ForbiddenError } from '@bizportal/common';
import type { AuthenticatedUser } from '@bizportal/identity';
import type { ApplicationEntity } from '../../entities';
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

/** Applicants see their own applications, office staff their office's, auditors all. */
export function applicationScope(user: AuthenticatedUser): FindOptionsWhere<ApplicationEntity> {
  if (user.roles.includes('auditor')) return {};
  if ((user.roles.includes('officer') || user.roles.includes('approver')) && user.agencyId) return { agencyId: user.agencyId };
  if (user.roles.includes('applicant')) return { applicantId: user.id };
  throw new ForbiddenError('บทบาทนี้ไม่มีรายการคำขอ / Your role has no applications to list');
}

@QueryHandler(ListApplicationsQuery)
export class ListApplicationsHandler implements IQueryHandler<ListApplicationsQuery> {
  constructor(private readonly support: ApplicationSupport) {}

  async execute({ user, filter }: ListApplicationsQuery): Promise<ApplicationPage> {
    const where = { ...applicationScope(user), ...(filter.status ? { status: filter.status } : {}) };
    const [rows, total] = await this.support.applications.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    });
    const items = await Promise.all(rows.map((row) => this.support.view(row, user)));
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }
}
