import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@bizportal/identity';
import type { StartMigrationDto } from '../dto/migration.dto';
import { MigrationJobs, summary } from './migration-jobs';
import { MigrationPlanner, type MigrationPlan } from './migration-planner';
import type { MigrationOutcome } from './workflow-migration.entities';

export class StartMigrationCommand extends Command<object> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly slug: string,
    readonly body: StartMigrationDto,
  ) {
    super();
  }
}

/** A dry run answers the checked plan; a real run records it and starts it in the background (202, the run's summary). */
@CommandHandler(StartMigrationCommand)
export class StartMigrationHandler implements ICommandHandler<StartMigrationCommand> {
  constructor(
    private readonly planner: MigrationPlanner,
    private readonly jobs: MigrationJobs,
  ) {}

  async execute({ user, slug, body }: StartMigrationCommand): Promise<object> {
    const plan = await this.planner.plan(slug, body);
    if (body.dryRun) return planView(plan);
    return summary(await this.jobs.create(user, plan, body));
  }
}

function planView(plan: MigrationPlan) {
  const refused = plan.items.filter((i) => i.refusal).length;
  return {
    dryRun: true as const,
    licenceType: plan.slug,
    fromVersion: plan.fromVersion,
    toVersion: plan.toVersion,
    counts: { applications: plan.items.length, movable: plan.items.length - refused, refused },
    states: plan.states,
    applications: plan.items.map(({ app, toState, refusal }) => ({
      applicationId: app.id,
      trackingNumber: app.trackingNumber,
      agencyId: app.agencyId,
      fromState: app.state,
      toState,
      version: app.version,
      refusal,
    })),
  };
}

export class ListMigrationsQuery extends Query<object[]> {
  constructor(readonly slug: string) {
    super();
  }
}

@QueryHandler(ListMigrationsQuery)
export class ListMigrationsHandler implements IQueryHandler<ListMigrationsQuery> {
  constructor(private readonly jobs: MigrationJobs) {}

  execute({ slug }: ListMigrationsQuery): Promise<object[]> {
    return this.jobs.list(slug);
  }
}

export class GetMigrationQuery extends Query<object> {
  constructor(
    readonly slug: string,
    readonly id: string,
    readonly outcome?: MigrationOutcome,
  ) {
    super();
  }
}

@QueryHandler(GetMigrationQuery)
export class GetMigrationHandler implements IQueryHandler<GetMigrationQuery> {
  constructor(private readonly jobs: MigrationJobs) {}

  execute({ slug, id, outcome }: GetMigrationQuery): Promise<object> {
    return this.jobs.report(slug, id, outcome);
  }
}
