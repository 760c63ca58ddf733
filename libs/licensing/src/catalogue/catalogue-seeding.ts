import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { canonicalJson, sha256Hex, workflowsDirectory } from '@bizportal/common';
import { SeedChecksums, TransactionRunner } from '@bizportal/database';
import type { CompiledWorkflow, WorkflowDefinition } from '@bizportal/engine';
import { AgencyRegister } from '@bizportal/identity';
import { agencyRows, readCatalogueAgencies } from './agency-routing';
import { normalizeBusinessType, type BusinessFileEntry } from './business-type-rules';
import { businessRowOf, contentChecksum } from './business-type-versions';
import { BusinessEntity, BusinessTypeVersionEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from './catalogue.entities';
import { CatalogueService, NO_PUBLISHED_VERSION, WORKFLOW_FILES_PUBLISHER } from './catalogue.service';
import { loadWorkflowFiles } from './workflow-files';

const CATALOGUE_SEED = 'catalogue';
/** Raise when the catalogue's seed writes something new (SeedChecksums). */
const CATALOGUE_SEED_REVISION = 'catalogue 1';

/**
 * Seeds the agencies, licence types with their workflows, and business types (versioned) from `workflows/` at start,
 * unless the files are the ones applied last time (SeedChecksums): nothing else deletes what this seed writes, and an
 * official's later version leaves an unchanged file with nothing to do, so seeding them again would write nothing.
 */
@Injectable()
export class CatalogueSeeding implements OnModuleInit {
  private readonly logger = new Logger(CatalogueSeeding.name);

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly identity: AgencyRegister,
    private readonly seedChecksums: SeedChecksums,
  ) {}

  async onModuleInit(): Promise<void> {
    const dir = workflowsDirectory(this.config.get<string>('WORKFLOWS_DIR'));
    const files = loadWorkflowFiles(dir);
    const licenceDir = join(dir, 'licences');
    const sources = [...readdirSync(licenceDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(licenceDir, f)), join(dir, 'businesses.json'), join(dir, 'agencies.json')];
    const checksum = this.seedChecksums.checksumOf(CATALOGUE_SEED_REVISION, sources);
    if (await this.seedChecksums.applied(CATALOGUE_SEED, checksum)) return this.rememberCurrent(files.workflows);
    await this.identity.upsertAgencies(agencyRows(readCatalogueAgencies(dir)));
    await this.transactions.run(async (manager) => {
      for (const workflow of files.workflows) await this.seedFromFile(manager, workflow, dir);
      for (const business of files.businesses) await this.seedBusiness(manager, business, dir);
      await this.seedChecksums.record(manager, CATALOGUE_SEED, checksum);
    });
  }

  /** As seeding an unchanged file does: the workflows compiled at start answer for the current versions they match. */
  private async rememberCurrent(workflows: CompiledWorkflow[]): Promise<void> {
    const [types, versions] = await this.transactions.run(async (manager) => [
      await manager.find(LicenceTypeEntity, { select: { slug: true, currentVersion: true } }),
      await manager.find(WorkflowDefinitionEntity, { select: { licenceType: true, version: true, checksum: true } }),
    ] as const);
    const currentVersions = new Map(types.map((t) => [t.slug, t.currentVersion]));
    const checksums = new Map(versions.map((v) => [`${v.licenceType}@${v.version}`, v.checksum]));
    for (const workflow of workflows) {
      const slug = workflow.definition.slug;
      const version = currentVersions.get(slug);
      if (version !== undefined && checksums.get(`${slug}@${version}`) === definitionChecksum(workflow)) this.catalogue.remember(slug, version, workflow);
    }
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
    const checksum = definitionChecksum(workflow);
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

function definitionChecksum(workflow: CompiledWorkflow): string {
  return sha256Hex(canonicalJson(workflow.definition));
}
