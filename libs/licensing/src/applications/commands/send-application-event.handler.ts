import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actorOf, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport, type ApplicationView } from '../application-support';
import type { SendEventDto } from '../dto/send-event.dto';
import { WorkflowTransitions } from '../workflow-transitions.service';

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
  ) {}

  async execute({ user, id, event }: SendApplicationEventCommand): Promise<ApplicationView> {
    const app = await this.support.load(id, user);
    const updated = await this.transitions.send(
      app,
      { type: event.type, actor: actorOf(user), comment: event.comment, data: event.data },
      event.expectedVersion,
    );
    return this.support.view(updated, user);
  }
}
