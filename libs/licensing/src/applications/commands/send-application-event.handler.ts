import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnprocessableError } from '@bizportal/common';
import { actorOf, isOfficeStaff, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport, type ApplicationView } from '../application-support';
import type { SendEventDto } from '../dto/send-event.dto';
import { ApplicationErrors, WorkflowTransitions } from '../../core';
import { reviewEventProblem } from '../review-event-checks';

export class SendApplicationEventCommand extends Command<ApplicationView> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly event: SendEventDto,
  ) {
    super();
  }
}

@CommandHandler(SendApplicationEventCommand)
export class SendApplicationEventHandler implements ICommandHandler<SendApplicationEventCommand> {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly transitions: WorkflowTransitions,
    private readonly users: UserDirectory,
  ) {}

  async execute({ user, id, event }: SendApplicationEventCommand): Promise<ApplicationView> {
    const app = await this.support.store.load(id, user);
    if (event.type === 'SUBMIT' && app.applicantDataConfirmedAt === null) {
      throw ApplicationErrors.create('APPLICANT_DATA_NOT_CONFIRMED', {}, [
        { field: 'confirmApplicantData', problem: 'the applicant has not confirmed the government data yet' },
      ]);
    }
    // The office's data checks; anyone else sending these events gets the engine's refusal (403) instead.
    const problem = isOfficeStaff(user, app.agencyId) ? await reviewEventProblem(event, app, this.users) : null;
    if (problem) throw problem;
    const step = await this.transitions.step(
      app,
      { type: event.type, actor: actorOf(user), comment: event.comment, data: event.data },
      event.expectedVersion,
    );
    return this.support.view(step.app, user, step.facts ?? undefined);
  }
}
