import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { QueryDeepPartialEntity } from 'typeorm';
import { ConflictError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { WorkflowDefinition } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { NO_PUBLISHED_VERSION } from '../../catalogue';
import { LicenceTypeEntity, WorkflowDefinitionEntity } from '../../catalogue';
import { WorkflowVersions } from '../workflow-versions.service';

export interface DraftCreated {
  slug: string;
  version: number;
  checksum: string;
  status: 'draft';
  problems: [];
}

export class CreateLicenceTypeCommand extends Command<DraftCreated> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly definition: Record<string, unknown>,
  ) {
    super();
  }
}

/**
 * A new licence type with its first workflow version as a draft. Until a version is published the
 * type has `current_version` 0: applicants are not offered it and cannot apply for it.
 */
@CommandHandler(CreateLicenceTypeCommand)
export class CreateLicenceTypeHandler implements ICommandHandler<CreateLicenceTypeCommand> {
  constructor(
    private readonly versions: WorkflowVersions,
    private readonly transactions: TransactionRunner,
  ) {}

  async execute({ user, definition: raw }: CreateLicenceTypeCommand): Promise<DraftCreated> {
    const slug = typeof raw.slug === 'string' && raw.slug ? raw.slug : 'definition';
    const { definition, checksum, problems } = this.versions.check(raw, slug, 1);
    if (problems.length > 0) throw this.versions.invalid(slug, 1, problems);
    if (await this.versions.licenceTypes.existsBy({ slug })) {
      throw new ConflictError(
        `มีประเภทใบอนุญาต ${slug} อยู่แล้ว / Licence type '${slug}' already exists: draft a new version with POST /api/v1/admin/licence-types/${slug}/versions`,
        { slug },
      );
    }
    const now = new Date();
    // Two officials creating the same slug at once: the primary key lets one win; the other gets a 409.
    await this.transactions.run(async (manager) => {
      await manager.insert(LicenceTypeEntity, {
        slug,
        nameTh: definition.name.th,
        nameEn: definition.name.en,
        agencyLevel: definition.agency.level,
        currentVersion: NO_PUBLISHED_VERSION,
        createdAt: now,
      });
      await manager.insert(WorkflowDefinitionEntity, {
        id: randomUUID(),
        licenceType: slug,
        version: 1,
        definition: definition as QueryDeepPartialEntity<WorkflowDefinition>,
        checksum,
        publishedAt: null,
        publishedBy: null,
        createdBy: user.username,
        createdAt: now,
      });
    });
    return { slug, version: 1, checksum, status: 'draft', problems: [] };
  }
}
