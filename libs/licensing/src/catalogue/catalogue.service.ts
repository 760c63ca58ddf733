import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, MoreThan, Not, Repository } from 'typeorm';
import { CompiledWorkflow } from '@bizportal/engine';
import { CatalogueErrors } from './catalogue-errors';
import { BusinessEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from './catalogue.entities';

export const WORKFLOW_FILES_PUBLISHER = 'workflows/ files';

/**
 * `licence_types.current_version` of a licence type that officials created but whose first version
 * is still a draft: it is not listed, not described, and cannot be applied for until one is published.
 */
export const NO_PUBLISHED_VERSION = 0;

/**
 * Lookups of the licence types, their versioned workflows (compiled once and kept) and the business
 * types. Seeding from `workflows/` is CatalogueSeeding's; the public answers are CatalogueViews'.
 */
@Injectable()
export class CatalogueService {
  private readonly compiled = new Map<string, CompiledWorkflow>();

  constructor(
    @InjectRepository(LicenceTypeEntity) private readonly licenceTypes: Repository<LicenceTypeEntity>,
    @InjectRepository(WorkflowDefinitionEntity) private readonly definitions: Repository<WorkflowDefinitionEntity>,
    @InjectRepository(BusinessEntity) private readonly businesses: Repository<BusinessEntity>,
  ) {}

  /** Keeps a workflow compiled elsewhere (seeding, publishing) for `workflow()` to answer from memory. */
  remember(slug: string, version: number, workflow: CompiledWorkflow): void {
    this.compiled.set(`${slug}@${version}`, workflow);
  }

  /** The compiled workflow of a licence type at a version (the current one when omitted). */
  async workflow(slug: string, version?: number): Promise<CompiledWorkflow> {
    const wanted = version ?? (await this.licenceType(slug)).currentVersion;
    const key = `${slug}@${wanted}`;
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const row = await this.definitions.findOneBy({ licenceType: slug, version: wanted });
    if (!row) throw CatalogueErrors.create('WORKFLOW_NOT_FOUND', { slug, version: wanted });
    // Stored versions were validated when published; compiling again is only building the machine.
    const workflow = new CompiledWorkflow(row.definition);
    this.compiled.set(key, workflow);
    return workflow;
  }

  /** A published version's workflow; a draft or a missing version is WORKFLOW_NOT_FOUND (drafts are the officials' own). */
  async publishedWorkflow(slug: string, version: number): Promise<CompiledWorkflow> {
    if (!(await this.definitions.existsBy({ licenceType: slug, version, publishedAt: Not(IsNull()) }))) {
      throw CatalogueErrors.create('WORKFLOW_NOT_FOUND', { slug, version });
    }
    return this.workflow(slug, version);
  }

  async licenceType(slug: string): Promise<LicenceTypeEntity> {
    const row = await this.licenceTypes.findOneBy({ slug });
    if (!row) throw CatalogueErrors.create('LICENCE_TYPE_NOT_FOUND', { slug });
    if (row.currentVersion === NO_PUBLISHED_VERSION) throw CatalogueErrors.create('LICENCE_TYPE_NOT_PUBLISHED', { slug });
    return row;
  }

  /** Like licenceType(), but a missing type is the caller's input error, not a missing URL. */
  async licenceTypeNamedInRequest(slug: string, field: string): Promise<LicenceTypeEntity> {
    const row = await this.licenceTypes.findOneBy({ slug });
    if (!row) {
      throw CatalogueErrors.create('LICENCE_TYPE_UNKNOWN', { slug }, [{ field, problem: `'${slug}' is not a licence type (see GET /api/v1/licence-types)` }]);
    }
    if (row.currentVersion === NO_PUBLISHED_VERSION) {
      throw CatalogueErrors.create('LICENCE_TYPE_NOT_OPEN', { slug }, [{ field, problem: `'${slug}' has no published workflow yet` }]);
    }
    return row;
  }

  /** The business type as its newest published version says, or 404 (also while its first version is a draft). */
  async business(slug: string): Promise<BusinessEntity> {
    const business = await this.businesses.findOneBy({ slug, currentVersion: MoreThan(NO_PUBLISHED_VERSION) });
    if (!business) throw CatalogueErrors.create('BUSINESS_TYPE_NOT_FOUND', { slug });
    return business;
  }

  /** Business types with a published version, as the finder lists them. Read from the database on every call, so a publication shows at once. */
  listBusinessRows(): Promise<BusinessEntity[]> {
    return this.businesses.find({ where: { currentVersion: MoreThan(NO_PUBLISHED_VERSION) }, order: { slug: 'ASC' } });
  }

  /** The licence types named, published or not, for labelling figures (the missing ones are left out). */
  licenceTypesNamed(slugs: readonly string[]): Promise<LicenceTypeEntity[]> {
    const unique = [...new Set(slugs)];
    return unique.length === 0 ? Promise.resolve([]) : this.licenceTypes.findBy({ slug: In(unique) });
  }

  /** Licence types with a published workflow: the ones applicants are offered. */
  publishedLicenceTypes(): Promise<LicenceTypeEntity[]> {
    return this.licenceTypes.find({ where: { currentVersion: MoreThan(NO_PUBLISHED_VERSION) }, order: { slug: 'ASC' } });
  }

  /** The business must exist and list the licence type. */
  async assertBusinessNeeds(businessSlug: string, licenceSlug: string): Promise<void> {
    const business = await this.businesses.findOneBy({ slug: businessSlug, currentVersion: MoreThan(NO_PUBLISHED_VERSION) });
    if (!business) {
      throw CatalogueErrors.create('BUSINESS_TYPE_UNKNOWN', { slug: businessSlug }, [
        { field: 'business', problem: `'${businessSlug}' is not a business type (see GET /api/v1/businesses)` },
      ]);
    }
    if (!business.licences.includes(licenceSlug)) {
      throw CatalogueErrors.create('BUSINESS_DOES_NOT_NEED_LICENCE', { business: businessSlug, licence: licenceSlug }, [
        { field: 'business', problem: `'${businessSlug}' does not list the licence type '${licenceSlug}'` },
      ]);
    }
  }
}

