import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { QueryDeepPartialEntity } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import type { WorkflowDefinition } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { WorkflowDefinitionEntity } from '../../catalogue';
import { WorkflowVersions } from '../workflow-versions.service';
import type { DraftCreated } from './create-licence-type.handler';

export class CreateWorkflowVersionCommand extends Command<DraftCreated> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly slug: string,
    readonly definition: Record<string, unknown>,
  ) {
    super();
  }
}

/** A new draft version (max + 1) of a licence type's workflow; it must pass validation to be stored. */
@CommandHandler(CreateWorkflowVersionCommand)
export class CreateWorkflowVersionHandler implements ICommandHandler<CreateWorkflowVersionCommand> {
  constructor(
    private readonly versions: WorkflowVersions,
    private readonly transactions: TransactionRunner,
  ) {}

  async execute({ user, slug, definition: raw }: CreateWorkflowVersionCommand): Promise<DraftCreated> {
    await this.versions.licenceType(slug);
    const version = await this.versions.nextVersion(slug);
    // The slug may be left out: the URL names the licence type.
    const { definition, checksum, problems } = this.versions.check({ slug, ...raw }, slug, version);
    if (problems.length > 0) throw this.versions.invalid(slug, version, problems);
    // Two drafts saved at once would take the same number: the unique (licence_type, version) makes one a 409.
    await this.transactions.run((manager) =>
      manager.insert(WorkflowDefinitionEntity, {
        id: randomUUID(),
        licenceType: slug,
        version,
        definition: definition as QueryDeepPartialEntity<WorkflowDefinition>,
        checksum,
        publishedAt: null,
        publishedBy: null,
        createdBy: user.username,
        createdAt: new Date(),
      }),
    );
    return { slug, version, checksum, status: 'draft', problems: [] };
  }
}
