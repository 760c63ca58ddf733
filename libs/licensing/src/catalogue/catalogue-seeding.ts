import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { canonicalJson, sha256Hex, workflowsDirectory } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { CompiledWorkflow, WorkflowDefinition } from '@bizportal/engine';
import { AgencyRegister } from '@bizportal/identity';
import { agencyRows, readCatalogueAgencies } from './agency-routing';
import { normalizeBusinessType, type BusinessFileEntry } from './business-type-rules';
import { businessRowOf, contentChecksum } from './business-type-versions';
import { BusinessEntity, BusinessTypeVersionEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from './catalogue.entities';
import { CatalogueService, NO_PUBLISHED_VERSION, WORKFLOW_FILES_PUBLISHER } from './catalogue.service';
import { loadWorkflowFiles } from './workflow-files';

/** Seeds the agencies, licence types with their workflows, and business types (versioned) from `workflows/` at start. */
@Injectable()
export class CatalogueSeeding implements OnModuleInit {
  private readonly logger = new Logger(CatalogueSeeding.name);

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly identity: AgencyRegister,
  ) {}

  async onModuleInit(): Promise<void> {
    const dir = workflowsDirectory(this.config.get<string>('WORKFLOWS_DIR'));
    const files = loadWorkflowFiles(dir);
    await this.identity.upsertAgencies(agencyRows(readCatalogueAgencies(dir)));
    await this.transactions.run(async (manager) => {
      for (const workflow of files.workflows) await this.seedFromFile(manager, workflow, dir);
      for (const business of files.businesses) await this.seedBusiness(manager, business, dir);
    });
  }

  /**
   * An entry of businesses.json is version 1 of its business type, under the same rule as the licence
   * files: a changed entry is published as a new version while the current one came from the files; once
   * an official has published a version, it is stored as a draft (only logged when a draft is already
   * open: one draft at a time). An unchanged entry writes nothing.
   */
  private async seedBusiness(manager: EntityManager, entry: BusinessFileEntry, dir: string): Promise<void> {
    const { slug, ...rest } = entry;
    // loadWorkflowFiles checked the entry with the API's validator.
    const content = normalizeBusinessType(rest);
    const checksum = contentChecksum(content);
    const existing = await manager.findOneBy(BusinessEntity, { slug });
    const versions = existing ? await manager.findBy(BusinessTypeVersionEntity, { businessSlug: slug }) : [];
    const current = versions.find((v) => v.version === existing?.currentVersion);
    if (current?.checksum === checksum || versions.some((v) => v.checksum === checksum)) return;
    const publish = !current || current.publishedBy === WORKFLOW_FILES_PUBLISHER;
    const draft = versions.find((v) => !v.publishedAt);
    if (!publish && draft) {
      this.logger.warn(`${slug}: ${dir}/businesses.json differs from version ${current!.version} published by ${current!.publishedBy}, and draft version ${draft.version} is open; not stored`);
      return;
    }
    const version = versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
    const now = new Date();
    // The business row comes first: versions reference it.
    if (!existing) await manager.insert(BusinessEntity, businessRowOf(slug, content, NO_PUBLISHED_VERSION));
    await manager.insert(BusinessTypeVersionEntity, {
      id: randomUUID(),
      businessSlug: slug,
      version,
      content: content as never,
      checksum,
      revision: 1,
      createdAt: now,
      createdBy: WORKFLOW_FILES_PUBLISHER,
      updatedAt: now,
      updatedBy: WORKFLOW_FILES_PUBLISHER,
      publishedAt: publish ? now : null,
      publishedBy: publish ? WORKFLOW_FILES_PUBLISHER : null,
    });
    if (!publish) {
      this.logger.warn(`${slug}: ${dir}/businesses.json differs from version ${current!.version} published by ${current!.publishedBy}; stored as draft version ${version}`);
      return;
    }
    await manager.update(BusinessEntity, { slug }, businessRowOf(slug, content, version));
    this.logger.log(`Published business type ${slug} version ${version} from ${dir}`);
  }

  /**
   * A file in workflows/ is version 1 of its licence type. A later change of the file is published
   * as a new version only while the current version came from the files too; once an official has
   * published a version, a changed file is stored as a draft for the official to review, never
   * replacing their choice.
   */
  private async seedFromFile(manager: EntityManager, workflow: CompiledWorkflow, dir: string): Promise<void> {
    const def = workflow.definition;
    const checksum = sha256Hex(canonicalJson(def));
    const existing = await manager.findOneBy(LicenceTypeEntity, { slug: def.slug });
    const versions = existing ? await manager.findBy(WorkflowDefinitionEntity, { licenceType: def.slug }) : [];
    const current = versions.find((v) => v.version === existing?.currentVersion);
    if (current?.checksum === checksum) {
      this.catalogue.remember(def.slug, current.version, workflow);
      return;
    }
    if (versions.some((v) => v.checksum === checksum)) return;
    const version = versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
    const publish = !existing || !current || current.publishedBy === WORKFLOW_FILES_PUBLISHER;
    const now = new Date();
    const typeRow = {
      slug: def.slug,
      nameTh: def.name.th,
      nameEn: def.name.en,
      agencyLevel: def.agency.level,
      currentVersion: version,
      createdAt: existing?.createdAt ?? now,
    };
    // The licence type row comes first: versions reference it.
    if (!existing) await manager.insert(LicenceTypeEntity, typeRow);
    await manager.insert(WorkflowDefinitionEntity, {
      id: randomUUID(),
      licenceType: def.slug,
      version,
      definition: def as QueryDeepPartialEntity<WorkflowDefinition>,
      checksum,
      publishedAt: publish ? now : null,
      publishedBy: publish ? WORKFLOW_FILES_PUBLISHER : null,
      createdBy: WORKFLOW_FILES_PUBLISHER,
      createdAt: now,
    });
    if (!publish) {
      this.logger.warn(`${def.slug}: ${dir} differs from version ${current!.version} published by ${current!.publishedBy}; stored as draft version ${version}`);
      return;
    }
    if (existing) await manager.save(LicenceTypeEntity, typeRow);
    this.catalogue.remember(def.slug, version, workflow);
    this.logger.log(`Published ${def.slug} version ${version} from ${dir}`);
  }

}
