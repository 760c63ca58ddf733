import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataService } from './applicant-data.service';

export type ApplicantDataView = Awaited<ReturnType<ApplicantDataService['forApplicant']>>;

export class GetApplicantDataQuery extends Query<ApplicantDataView> {
  constructor(readonly user: AuthenticatedUser) {
    super();
  }
}

@QueryHandler(GetApplicantDataQuery)
export class GetApplicantDataHandler implements IQueryHandler<GetApplicantDataQuery> {
  constructor(private readonly applicantData: ApplicantDataService) {}

  execute({ user }: GetApplicantDataQuery): Promise<ApplicantDataView> {
    return this.applicantData.forApplicant(user);
  }
}
