import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type QueryDeepPartialEntity } from 'typeorm';
import { canonicalJson, InvalidInputError, NotFoundError, sha256Hex } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { CompiledWorkflow, STATUSES, type WorkflowDefinition } from '@bizportal/engine';
import { BusinessEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from '../entities';
import { DEFAULT_WORKFLOWS_DIR, loadWorkflowFiles } from './workflow-files';

export const WORKFLOW_FILES_PUBLISHER = 'workflows/ files';

/** The licence types, their versioned workflows and the business types; seeded from `workflows/`. */
@Injectable()
export class CatalogueService implements OnModuleInit {
  private readonly logger = new Logger(CatalogueService.name);
  private readonly compiled = new Map<string, CompiledWorkflow>();

  constructor(
    @InjectRepository(LicenceTypeEntity) private readonly licenceTypes: Repository<LicenceTypeEntity>,
    @InjectRepository(WorkflowDefinitionEntity) private readonly definitions: Repository<WorkflowDefinitionEntity>,
    @InjectRepository(BusinessEntity) private readonly businesses: Repository<BusinessEntity>,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
  ) {}

  async onModuleInit(): Promise<void> {
    const dir = resolve(this.config.get<string>('WORKFLOWS_DIR') || DEFAULT_WORKFLOWS_DIR);
    const files = loadWorkflowFiles(dir);
    await this.transactions.run(async (manager) => {
      for (const business of files.businesses) {
        const { slug, name, licences, ...details } = business;
        await manager.save(BusinessEntity, { slug, nameTh: name.th, nameEn: name.en, licences, details });
      }
      for (const workflow of files.workflows) {
        const def = workflow.definition;
        const checksum = sha256Hex(canonicalJson(def));
        const existing = await manager.findOneBy(LicenceTypeEntity, { slug: def.slug });
        const versions = existing ? await manager.findBy(WorkflowDefinitionEntity, { licenceType: def.slug }) : [];
        if (versions.some((v) => v.checksum === checksum)) continue;
        const version = versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
        const now = new Date();
        await manager.save(LicenceTypeEntity, {
          slug: def.slug,
          nameTh: def.name.th,
          nameEn: def.name.en,
          agencyLevel: def.agency.level,
          currentVersion: version,
          createdAt: existing?.createdAt ?? now,
        });
        await manager.insert(WorkflowDefinitionEntity, {
          id: randomUUID(),
          licenceType: def.slug,
          version,
          definition: def as QueryDeepPartialEntity<WorkflowDefinition>,
          checksum,
          publishedAt: now,
          publishedBy: WORKFLOW_FILES_PUBLISHER,
          createdAt: now,
        });
        this.logger.log(`Published ${def.slug} version ${version} from ${dir}`);
      }
    });
  }

  /** The compiled workflow of a licence type at a version (the current one when omitted). */
  async workflow(slug: string, version?: number): Promise<CompiledWorkflow> {
    const wanted = version ?? (await this.licenceType(slug)).currentVersion;
    const key = `${slug}@${wanted}`;
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const row = await this.definitions.findOneBy({ licenceType: slug, version: wanted });
    if (!row) throw new NotFoundError(`ไม่พบกระบวนงาน ${slug} ฉบับที่ ${wanted} / No workflow ${slug} version ${wanted}`);
    // Stored versions were validated when published; compiling again is only building the machine.
    const workflow = new CompiledWorkflow(row.definition);
    this.compiled.set(key, workflow);
    return workflow;
  }

  async licenceType(slug: string): Promise<LicenceTypeEntity> {
    const row = await this.licenceTypes.findOneBy({ slug });
    if (!row) throw new NotFoundError(`ไม่พบประเภทใบอนุญาต ${slug} / No licence type '${slug}'`);
    return row;
  }

  /** Like licenceType(), but a missing type is the caller's input error, not a missing URL. */
  async licenceTypeNamedInRequest(slug: string, field: string): Promise<LicenceTypeEntity> {
    const row = await this.licenceTypes.findOneBy({ slug });
    if (!row) {
      throw new InvalidInputError(`ไม่มีประเภทใบอนุญาต ${slug} / There is no licence type '${slug}'`, [
        { field, problem: `'${slug}' is not a licence type (see GET /api/v1/licence-types)` },
      ]);
    }
    return row;
  }

  async listLicenceTypes() {
    const rows = await this.licenceTypes.find({ order: { slug: 'ASC' } });
    return Promise.all(rows.map(async (row) => licenceTypeSummary((await this.workflow(row.slug, row.currentVersion)).definition, row)));
  }

  async describeLicenceType(slug: string) {
    const row = await this.licenceType(slug);
    const def = (await this.workflow(slug, row.currentVersion)).definition;
    return {
      ...licenceTypeSummary(def, row),
      legalBasis: def.legalBasis,
      validity: def.validity,
      fees: def.fees,
      documents: def.documents,
      form: def.form,
      sources: def.sources ?? [],
    };
  }

  async workflowOf(slug: string) {
    const row = await this.licenceType(slug);
    const def = (await this.workflow(slug, row.currentVersion)).definition;
    return { slug, version: row.currentVersion, statuses: STATUSES, machine: def.machine };
  }

  async listBusinesses() {
    const rows = await this.businesses.find({ order: { slug: 'ASC' } });
    return rows.map((b) => ({ slug: b.slug, name: { th: b.nameTh, en: b.nameEn }, licenceCount: b.licences.length }));
  }

  async describeBusiness(slug: string) {
    const business = await this.businesses.findOneBy({ slug });
    if (!business) throw new NotFoundError(`ไม่พบประเภทธุรกิจ ${slug} / No business type '${slug}'`);
    const available = new Map((await this.licenceTypes.find()).map((t) => [t.slug, t]));
    return {
      slug: business.slug,
      name: { th: business.nameTh, en: business.nameEn },
      ...business.details,
      licences: business.licences.map((licence) => {
        const type = available.get(licence);
        return type
          ? { slug: licence, name: { th: type.nameTh, en: type.nameEn }, availableOnline: true }
          : { slug: licence, name: null, availableOnline: false };
      }),
    };
  }

  /** The business must exist and list the licence type. */
  async assertBusinessNeeds(businessSlug: string, licenceSlug: string): Promise<void> {
    const business = await this.businesses.findOneBy({ slug: businessSlug });
    if (!business) {
      throw new InvalidInputError(`ไม่มีประเภทธุรกิจ ${businessSlug} / There is no business type '${businessSlug}'`, [
        { field: 'business', problem: `'${businessSlug}' is not a business type (see GET /api/v1/businesses)` },
      ]);
    }
    if (!business.licences.includes(licenceSlug)) {
      throw new InvalidInputError(`ธุรกิจนี้ไม่ต้องใช้ใบอนุญาตนี้ / Business '${businessSlug}' does not need '${licenceSlug}'`, [
        { field: 'business', problem: `'${businessSlug}' does not list the licence type '${licenceSlug}'` },
      ]);
    }
  }
}

function licenceTypeSummary(def: WorkflowDefinition, row: LicenceTypeEntity) {
  return {
    slug: def.slug,
    name: def.name,
    category: def.category ?? 'licence',
    agency: def.agency,
    processingDays: def.processingDays,
    fees: def.fees.map((f) => ({ code: f.code, amountSatang: f.amountSatang, due: f.due })),
    currentVersion: row.currentVersion,
  };
}
