import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport, type ApplicationView } from '../application-support';

export class GetApplicationQuery extends Query<ApplicationView> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
  ) {
    super();
  }
}

@QueryHandler(GetApplicationQuery)
export class GetApplicationHandler implements IQueryHandler<GetApplicationQuery> {
  constructor(private readonly support: ApplicationSupport) {}

  async execute({ user, id }: GetApplicationQuery): Promise<ApplicationView> {
    return this.support.view(await this.support.loadForViewing(id, user), user);
  }
}
