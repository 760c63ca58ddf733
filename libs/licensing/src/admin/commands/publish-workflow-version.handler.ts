import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IsNull } from 'typeorm';
import { ConflictError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { NO_PUBLISHED_VERSION } from '../../catalogue';
import { LicenceTypeEntity, WorkflowDefinitionEntity } from '../../catalogue';
import { WorkflowVersions } from '../workflow-versions.service';

export interface PublishedVersion {
  slug: string;
  version: number;
  checksum: string;
  status: 'current';
  publishedAt: Date;
  publishedBy: string;
  /** The version new applications used until now; null when this is the first published one. */
  previousVersion: number | null;
}

export class PublishWorkflowVersionCommand extends Command<PublishedVersion> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly slug: string,
    readonly version: number,
  ) {
    super();
  }
}

/**
 * Publishes a draft: it is validated again (the rules may have grown since it was drafted), stamped
 * with who and when, and becomes the version new applications start on. Running applications keep
 * the version they started on (`applications.workflow_version`); versions are never changed after
 * they are stored, so the compiled-workflow cache keyed by slug@version stays correct.
 */
@CommandHandler(PublishWorkflowVersionCommand)
export class PublishWorkflowVersionHandler implements ICommandHandler<PublishWorkflowVersionCommand> {
  constructor(
    private readonly versions: WorkflowVersions,
    private readonly transactions: TransactionRunner,
  ) {}

  async execute({ user, slug, version }: PublishWorkflowVersionCommand): Promise<PublishedVersion> {
    const type = await this.versions.licenceType(slug);
    const row = await this.versions.version(slug, version);
    if (row.publishedAt) throw alreadyPublished(row);
    const { definition, problems } = this.versions.check(row.definition, slug, version);
    if (problems.length > 0) {
      throw this.versions.invalid(slug, version, problems, 'เผยแพร่ไม่ได้ กระบวนงานไม่ถูกต้อง / This version cannot be published: it fails validation');
    }

    const publishedAt = await this.transactions.run(async (manager) => {
      // Updating the licence type first takes its row lock (PostgreSQL), so publications of one type are ordered.
      await manager.update(
        LicenceTypeEntity,
        { slug },
        { currentVersion: version, nameTh: definition.name.th, nameEn: definition.name.en, agencyLevel: definition.agency.level },
      );
      const now = new Date();
      const result = await manager.update(WorkflowDefinitionEntity, { id: row.id, publishedAt: IsNull() }, { publishedAt: now, publishedBy: user.username });
      if (result.affected !== 1) {
        throw alreadyPublished((await manager.findOneBy(WorkflowDefinitionEntity, { id: row.id })) ?? row);
      }
      return now;
    });
    return {
      slug,
      version,
      checksum: row.checksum,
      status: 'current',
      publishedAt,
      publishedBy: user.username,
      previousVersion: type.currentVersion === NO_PUBLISHED_VERSION ? null : type.currentVersion,
    };
  }
}

function alreadyPublished(row: WorkflowDefinitionEntity): ConflictError {
  const when = row.publishedAt ? row.publishedAt.toISOString() : 'just now';
  return new ConflictError(
    `ฉบับที่ ${row.version} เผยแพร่แล้ว / Version ${row.version} of ${row.licenceType} was already published (${when} by ${row.publishedBy ?? 'someone else'}); draft a new version to change it`,
    { version: row.version, publishedAt: row.publishedAt, publishedBy: row.publishedBy },
  );
}
