import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { canonicalJson, sha256Hex, type DomainError, type FieldProblem } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { diffBusinessTypes } from './business-type-diff';
import { businessTypeProblems, businessTypeShapeProblems, normalizeBusinessType, SLUG_PATTERN, type BusinessTypeContent, type LicenceStanding } from './business-type-rules';
import { CatalogueErrors } from './catalogue-errors';
import { BusinessEntity, BusinessTypeVersionEntity, LicenceTypeEntity } from './catalogue.entities';
import { NO_PUBLISHED_VERSION } from './catalogue.service';

export type BusinessVersionStatus = 'draft' | 'current' | 'superseded';

/** The business row's copy of a published version: what the finder and the Smart Quiz read. */
export function businessRowOf(slug: string, content: BusinessTypeContent, currentVersion: number): BusinessEntity {
  const { name, licences, quiz, description, ...extra } = content;
  return { slug, nameTh: name.th, nameEn: name.en, licences, details: { ...extra, description, quiz }, currentVersion };
}

export function contentChecksum(content: BusinessTypeContent): string {
  return sha256Hex(canonicalJson(content));
}

/**
 * Officials' business types, versioned like workflows: a draft is created (a new type, or a copy of a
 * published version), edited (each save checked for shape and counted in `revision`), validated, and
 * published; the finder and the Smart Quiz read the newest published version at once (no cache), and
 * earlier versions stay readable. Owns `businesses` and `business_type_versions` with the seeding.
 */
@Injectable()
export class BusinessTypeVersions {
  constructor(
    @InjectRepository(BusinessEntity) private readonly businesses: Repository<BusinessEntity>,
    @InjectRepository(BusinessTypeVersionEntity) private readonly versions: Repository<BusinessTypeVersionEntity>,
    @InjectRepository(LicenceTypeEntity) private readonly licenceTypes: Repository<LicenceTypeEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Every business type, unpublished ones included, with its current and draft versions. */
  async list() {
    const [rows, drafts] = await Promise.all([this.businesses.find({ order: { slug: 'ASC' } }), this.versions.find({ where: { publishedAt: IsNull() } })]);
    const draftOf = new Map(drafts.map((d) => [d.businessSlug, d]));
    return rows.map((row) => {
      const draft = draftOf.get(row.slug);
      return {
        slug: row.slug,
        name: draft && row.currentVersion === NO_PUBLISHED_VERSION ? draft.content.name : { th: row.nameTh, en: row.nameEn },
        currentVersion: row.currentVersion === NO_PUBLISHED_VERSION ? null : row.currentVersion,
        draftVersion: draft?.version ?? null,
        licenceCount: (draft && row.currentVersion === NO_PUBLISHED_VERSION ? draft.content.licences : row.licences).length,
      };
    });
  }

  /** A new business type whose version 1 is a draft; the finder does not show it until it is published. */
  async create(user: AuthenticatedUser, slug: unknown, raw: unknown) {
    const problems: FieldProblem[] = [];
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || slug.length > 80) {
      problems.push({ field: 'slug', problem: 'must be a slug: lower-case letters, digits and single hyphens, at most 80 characters (e.g. bakery)' });
    }
    const content = this.shaped(raw, problems);
    const name = slug as string;
    if (await this.businesses.existsBy({ slug: name })) throw CatalogueErrors.create('BUSINESS_TYPE_EXISTS', { slug: name }, { slug: name });
    const now = new Date();
    // Two officials creating one slug at once: the primary key lets one win, the other's transaction fails whole.
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(BusinessEntity, { ...businessRowOf(name, { ...content, licences: [], quiz: { questions: [], rules: {} } }, NO_PUBLISHED_VERSION), details: {} });
        await manager.insert(BusinessTypeVersionEntity, this.newVersion(name, 1, content, user.username, now));
      });
    } catch (error) {
      if (await this.businesses.existsBy({ slug: name })) throw CatalogueErrors.create('BUSINESS_TYPE_EXISTS', { slug: name }, { slug: name });
      throw error;
    }
    return this.describe(name, 1);
  }

  async listVersions(slug: string) {
    const business = await this.businessRow(slug);
    const rows = await this.versions.find({ where: { businessSlug: slug }, order: { version: 'ASC' } });
    return rows.map((row) => this.summary(row, business));
  }

  /** A new draft copied from a published version (the current one unless `from` names another); one draft at a time. */
  async draft(user: AuthenticatedUser, slug: string, from?: number) {
    const business = await this.businessRow(slug);
    await this.refuseSecondDraft(slug);
    const source = await this.version(slug, from ?? business.currentVersion);
    const version = ((await this.versions.maximum('version', { businessSlug: slug })) ?? 0) + 1;
    try {
      await this.transactions.run((manager) => manager.insert(BusinessTypeVersionEntity, this.newVersion(slug, version, source.content, user.username, new Date())));
    } catch (error) {
      // The partial unique index keeps one draft: a draft made at the same moment wins.
      await this.refuseSecondDraft(slug);
      throw error;
    }
    return this.describe(slug, version);
  }

  async describe(slug: string, version: number) {
    const business = await this.businessRow(slug);
    const row = await this.version(slug, version);
    return { ...this.summary(row, business), content: row.content };
  }

  /** Replaces a draft's content; `revision` must be the one the official edited, so no one's save is lost silently. */
  async edit(user: AuthenticatedUser, slug: string, version: number, revision: number, raw: unknown) {
    const row = await this.version(slug, version);
    if (row.publishedAt) throw notDraft(row);
    const content = this.shaped(raw, []);
    // Fields the API does not edit (the research catalogue's references) stay with the type.
    for (const key of ['bizPortalGroup', 'sources', 'notes'] as const) if (row.content[key] !== undefined) (content as unknown as Record<string, unknown>)[key] = row.content[key];
    await this.transactions.run(async (manager) => {
      const result = await manager.update(
        BusinessTypeVersionEntity,
        { id: row.id, revision, publishedAt: IsNull() },
        { content: content as never, checksum: contentChecksum(content), revision: revision + 1, updatedAt: new Date(), updatedBy: user.username },
      );
      if (result.affected !== 1) throw await this.changedMeanwhile(manager, row, revision);
    });
    return this.describe(slug, version);
  }

  /** Today's rules on a stored version; an invalid one is an answer, not an error. */
  async validate(slug: string, version: number) {
    const row = await this.version(slug, version);
    const problems = businessTypeProblems(row.content, await this.licenceStanding());
    return { slug, version, revision: row.revision, valid: problems.length === 0, problems };
  }

  /**
   * Publishes a draft after validating it again: the business row takes its content (the finder and the
   * quiz answer from it at once) and the version is stamped, in one transaction. With `revision`, the
   * draft must still be the one the official validated.
   */
  async publish(user: AuthenticatedUser, slug: string, version: number, revision?: number) {
    const business = await this.businessRow(slug);
    const row = await this.version(slug, version);
    if (row.publishedAt) throw notDraft(row);
    if (revision !== undefined && revision !== row.revision) throw changed(revision, row.revision);
    const problems = businessTypeProblems(row.content, await this.licenceStanding());
    if (problems.length > 0) {
      throw CatalogueErrors.create('BUSINESS_TYPE_INVALID', { slug, version, problems: problems.map((p) => `${p.field}: ${p.problem}`).join('; ') }, problems);
    }
    const publishedAt = new Date();
    await this.transactions.run(async (manager) => {
      // The business row first: it takes the row lock (PostgreSQL), so publications of one type are ordered.
      await manager.update(BusinessEntity, { slug }, businessRowOf(slug, row.content, version));
      const result = await manager.update(
        BusinessTypeVersionEntity,
        { id: row.id, revision: row.revision, publishedAt: IsNull() },
        { publishedAt, publishedBy: user.username },
      );
      if (result.affected !== 1) throw await this.changedMeanwhile(manager, row, row.revision);
    });
    return {
      slug,
      version,
      checksum: row.checksum,
      status: 'current' as const,
      publishedAt,
      publishedBy: user.username,
      previousVersion: business.currentVersion === NO_PUBLISHED_VERSION ? null : business.currentVersion,
    };
  }

  async diff(slug: string, from: number, to: number) {
    const [a, b] = await Promise.all([this.version(slug, from), this.version(slug, to)]);
    return { slug, from, to, ...diffBusinessTypes(a.content, b.content) };
  }

  /** The shape check every saved draft passes: 400 BUSINESS_TYPE_CONTENT_INVALID naming each field, nothing stored. */
  private shaped(raw: unknown, problems: FieldProblem[]): BusinessTypeContent {
    const all = [...problems, ...businessTypeShapeProblems(raw)];
    if (all.length > 0) {
      throw CatalogueErrors.create('BUSINESS_TYPE_CONTENT_INVALID', { problems: all.map((p) => `${p.field} ${p.problem}`).join('; ') }, all);
    }
    return normalizeBusinessType(raw as Record<string, unknown>);
  }

  private newVersion(slug: string, version: number, content: BusinessTypeContent, by: string, at: Date): Partial<BusinessTypeVersionEntity> {
    return {
      id: randomUUID(),
      businessSlug: slug,
      version,
      content: content as never,
      checksum: contentChecksum(content),
      revision: 1,
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
      publishedAt: null,
      publishedBy: null,
    };
  }

  private async businessRow(slug: string): Promise<BusinessEntity> {
    const row = await this.businesses.findOneBy({ slug });
    if (!row) throw CatalogueErrors.create('BUSINESS_TYPE_NOT_FOUND', { slug });
    return row;
  }

  private async version(slug: string, version: number): Promise<BusinessTypeVersionEntity> {
    await this.businessRow(slug);
    const row = await this.versions.findOneBy({ businessSlug: slug, version });
    if (!row) throw CatalogueErrors.create('BUSINESS_VERSION_NOT_FOUND', { slug, version });
    return row;
  }

  private async refuseSecondDraft(slug: string): Promise<void> {
    const draft = await this.versions.findOneBy({ businessSlug: slug, publishedAt: IsNull() });
    if (draft) throw CatalogueErrors.create('BUSINESS_DRAFT_EXISTS', { slug, version: draft.version }, { version: draft.version });
  }

  private async changedMeanwhile(manager: EntityManager, row: BusinessTypeVersionEntity, sent: number): Promise<DomainError> {
    const now = (await manager.findOneBy(BusinessTypeVersionEntity, { id: row.id })) ?? row;
    return now.publishedAt ? notDraft(now) : changed(sent, now.revision);
  }

  /** Whether each licence slug is a licence type with a published workflow. */
  private async licenceStanding(): Promise<(slug: string) => LicenceStanding> {
    const rows = await this.licenceTypes.find({ select: { slug: true, currentVersion: true } });
    const standing = new Map(rows.map((r) => [r.slug, r.currentVersion > NO_PUBLISHED_VERSION ? ('published' as const) : ('unpublished' as const)]));
    return (slug) => standing.get(slug) ?? 'unknown';
  }

  private summary(row: BusinessTypeVersionEntity, business: BusinessEntity) {
    return {
      slug: row.businessSlug,
      version: row.version,
      status: versionStatus(row, business),
      revision: row.revision,
      checksum: row.checksum,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
      publishedAt: row.publishedAt,
      publishedBy: row.publishedBy,
    };
  }
}

function versionStatus(row: BusinessTypeVersionEntity, business: BusinessEntity): BusinessVersionStatus {
  if (!row.publishedAt) return 'draft';
  return row.version === business.currentVersion ? 'current' : 'superseded';
}

function notDraft(row: BusinessTypeVersionEntity): DomainError {
  return CatalogueErrors.create(
    'BUSINESS_VERSION_NOT_DRAFT',
    { slug: row.businessSlug, version: row.version, publishedAt: (row.publishedAt ?? new Date()).toISOString(), publishedBy: row.publishedBy ?? 'someone else' },
    { version: row.version, publishedAt: row.publishedAt, publishedBy: row.publishedBy },
  );
}

function changed(sent: number, current: number): DomainError {
  return CatalogueErrors.create('BUSINESS_DRAFT_CHANGED', { sent, current }, { revision: current });
}
