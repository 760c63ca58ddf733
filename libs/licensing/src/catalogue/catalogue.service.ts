import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { canonicalJson, formatBaht, InvalidInputError, NotFoundError, sha256Hex, UnprocessableError, workflowsDirectory } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { CompiledWorkflow, STATUSES, type WorkflowDefinition } from '@bizportal/engine';
import { BusinessEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from '../entities';
import { AgencyRegister } from '@bizportal/identity';
import { agencyRows, readCatalogueAgencies } from './agency-routing';
import { foldForSearch, licencesNeeded, quizAnswerProblems, type Quiz, type QuizAnswers } from './quiz';
import { loadWorkflowFiles } from './workflow-files';

export const WORKFLOW_FILES_PUBLISHER = 'workflows/ files';

/**
 * `licence_types.current_version` of a licence type that officials created but whose first version
 * is still a draft: it is not listed, not described, and cannot be applied for until one is published.
 */
export const NO_PUBLISHED_VERSION = 0;

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
    private readonly identity: AgencyRegister,
  ) {}

  async onModuleInit(): Promise<void> {
    const dir = workflowsDirectory(this.config.get<string>('WORKFLOWS_DIR'));
    const files = loadWorkflowFiles(dir);
    await this.identity.upsertAgencies(agencyRows(readCatalogueAgencies(dir)));
    await this.transactions.run(async (manager) => {
      for (const business of files.businesses) {
        const { slug, name, licences, ...details } = business;
        await manager.save(BusinessEntity, { slug, nameTh: name.th, nameEn: name.en, licences, details });
      }
      for (const workflow of files.workflows) await this.seedFromFile(manager, workflow, dir);
    });
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
      this.compiled.set(`${def.slug}@${current.version}`, workflow);
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
    this.compiled.set(`${def.slug}@${version}`, workflow);
    this.logger.log(`Published ${def.slug} version ${version} from ${dir}`);
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
    if (row.currentVersion === NO_PUBLISHED_VERSION) {
      throw new NotFoundError(`ประเภทใบอนุญาต ${slug} ยังไม่เปิดให้บริการ / Licence type '${slug}' has no published workflow yet`);
    }
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
    if (row.currentVersion === NO_PUBLISHED_VERSION) {
      throw new UnprocessableError(`ประเภทใบอนุญาต ${slug} ยังไม่เปิดรับคำขอ / Licence type '${slug}' has no published workflow yet, so it cannot be applied for`, [
        { field, problem: `'${slug}' has no published workflow yet` },
      ]);
    }
    return row;
  }

  /** Licence types, optionally those whose Thai or English name, or agency, contains `q` (spaces and case ignored). */
  async listLicenceTypes(q?: string) {
    const rows = await this.publishedLicenceTypes();
    const summaries = await Promise.all(rows.map(async (row) => licenceTypeSummary((await this.workflow(row.slug, row.currentVersion)).definition, row)));
    if (!q?.trim()) return summaries;
    const wanted = foldForSearch(q);
    return summaries.filter((t) =>
      [t.slug, t.name.th, t.name.en, t.agency.name?.th ?? '', t.agency.name?.en ?? ''].some((text) => foldForSearch(text).includes(wanted)),
    );
  }

  /** The licences a business needs for the given Smart Quiz answers, with agency, fee and processing time. */
  async runQuiz(slug: string, answers: QuizAnswers) {
    const business = await this.businesses.findOneBy({ slug });
    if (!business) throw new NotFoundError(`ไม่พบประเภทธุรกิจ ${slug} / No business type '${slug}'`);
    const quiz = (business.details.quiz ?? { questions: [], rules: {} }) as Quiz;
    const problems = quizAnswerProblems(quiz, answers);
    if (problems.length > 0) {
      throw new InvalidInputError(`คำตอบไม่ถูกต้อง / Some answers are not valid: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}`, problems);
    }
    const published = new Map((await this.publishedLicenceTypes()).map((t) => [t.slug, t]));
    const licences = await Promise.all(
      licencesNeeded(business.licences, quiz, answers).map(async ({ slug: licence, reason }) => {
        const row = published.get(licence);
        if (!row) return { slug: licence, reason, availableOnline: false, name: null };
        const def = (await this.workflow(licence, row.currentVersion)).definition;
        return { ...licenceTypeSummary(def, row), reason, availableOnline: true };
      }),
    );
    return { business: { slug: business.slug, name: { th: business.nameTh, en: business.nameEn } }, answers, licences };
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
    const available = new Map((await this.publishedLicenceTypes()).map((t) => [t.slug, t]));
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

  /** Licence types with a published workflow: the ones applicants are offered. */
  private publishedLicenceTypes(): Promise<LicenceTypeEntity[]> {
    return this.licenceTypes.find({ where: { currentVersion: MoreThan(NO_PUBLISHED_VERSION) }, order: { slug: 'ASC' } });
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

const NOT_STATED = { th: 'ไม่ระบุ', en: 'not stated' };

function feeText(def: WorkflowDefinition) {
  const fee = def.fees[0];
  if (!fee || fee.amountSatang === null) return NOT_STATED;
  const range = fee.maxAmountSatang != null && fee.maxAmountSatang > fee.amountSatang;
  const th = range ? `${formatBaht(fee.amountSatang)} – ${formatBaht(fee.maxAmountSatang!)}` : formatBaht(fee.amountSatang);
  return { th, en: th.replaceAll('บาท', 'THB') };
}

function licenceTypeSummary(def: WorkflowDefinition, row: LicenceTypeEntity) {
  return {
    slug: def.slug,
    name: def.name,
    category: def.category ?? 'licence',
    agency: def.agency,
    kinds: def.kinds ?? ['new'],
    processingDays: def.processingDays,
    processingDaysText: def.processingDays === null ? NOT_STATED : { th: `${def.processingDays} วันทำการ`, en: `${def.processingDays} working days` },
    fees: def.fees.map((f) => ({ code: f.code, amountSatang: f.amountSatang, maxAmountSatang: f.maxAmountSatang ?? null, due: f.due })),
    feeText: feeText(def),
    currentVersion: row.currentVersion,
  };
}
