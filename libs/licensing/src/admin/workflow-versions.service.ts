import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { canonicalJson, sha256Hex, type DomainError } from '@bizportal/common';
import { checkDefinition, type DefinitionProblem, type WorkflowDefinition } from '@bizportal/engine';
import { CatalogueErrors, LicenceTypeEntity, NO_PUBLISHED_VERSION, WORKFLOW_FILES_PUBLISHER, WorkflowDefinitionEntity } from '../catalogue';
import { ApplicationStore } from '../core';
import { definitionInvalid, WorkflowAdminErrors } from './workflow-admin-errors';

export type VersionStatus = 'draft' | 'published' | 'superseded' | 'current';

export interface CheckedDefinition {
  definition: WorkflowDefinition;
  checksum: string;
  problems: DefinitionProblem[];
}

/** How officials' workflow versions are found, checked and described; shared by the admin use cases. */
@Injectable()
export class WorkflowVersions {
  constructor(
    @InjectRepository(LicenceTypeEntity) readonly licenceTypes: Repository<LicenceTypeEntity>,
    @InjectRepository(WorkflowDefinitionEntity) readonly definitions: Repository<WorkflowDefinitionEntity>,
    private readonly applications: ApplicationStore,
  ) {}

  /** A licence type, published or not (officials see drafts too). */
  async licenceType(slug: string): Promise<LicenceTypeEntity> {
    const row = await this.licenceTypes.findOneBy({ slug });
    if (!row) throw CatalogueErrors.create('LICENCE_TYPE_NOT_FOUND', { slug });
    return row;
  }

  async version(slug: string, version: number): Promise<WorkflowDefinitionEntity> {
    await this.licenceType(slug);
    const row = await this.definitions.findOneBy({ licenceType: slug, version });
    if (!row) throw WorkflowAdminErrors.create('WORKFLOW_VERSION_NOT_FOUND', { slug, version });
    return row;
  }

  async nextVersion(slug: string): Promise<number> {
    return ((await this.definitions.maximum('version', { licenceType: slug })) ?? 0) + 1;
  }

  /**
   * Expands a template and validates, exactly as workflow files are checked at start-up, and checks
   * that the definition belongs to the licence type it is filed under.
   */
  check(raw: unknown, slug: string, version: number): CheckedDefinition {
    const file = versionName(slug, version);
    const { definition, problems } = checkDefinition(raw, file);
    const named = (raw as { slug?: unknown } | null)?.slug;
    if (named !== undefined && named !== slug) {
      problems.push({ file, problem: `slug '${String(named)}' does not match the licence type '${slug}'` });
    }
    return { definition, checksum: sha256Hex(canonicalJson(definition)), problems };
  }

  /** The answer to a definition that fails validation: 422 WORKFLOW_DEFINITION_INVALID with every problem. */
  invalid(slug: string, version: number, problems: DefinitionProblem[], refused: Parameters<typeof definitionInvalid>[0] = 'store'): DomainError {
    return definitionInvalid(refused, versionName(slug, version), problems);
  }

  /** Running (not final) applications per workflow version of a licence type. */
  runningApplications(slug: string): Promise<Map<number, number>> {
    return this.applications.runningPerVersion(slug);
  }

  /**
   * Live applications of one version per state: those in a state its machine does not end in (a licence in force
   * included), which is what a migration plan has to map.
   */
  async liveByState(slug: string, version: number, machine: { states: Record<string, { type?: string }> }): Promise<Record<string, number>> {
    const counts = await this.applications.countPerState(slug, version);
    return Object.fromEntries(Object.entries(counts).filter(([state]) => machine.states[state] && machine.states[state].type !== 'final'));
  }

  /** A version as officials see it; `definition` only when asked for. */
  describe(row: WorkflowDefinitionEntity, type: LicenceTypeEntity, current: WorkflowDefinitionEntity | null, running = 0) {
    return {
      slug: row.licenceType,
      version: row.version,
      checksum: row.checksum,
      status: versionStatus(row, type, current),
      publishedAt: row.publishedAt,
      publishedBy: row.publishedBy,
      createdAt: row.createdAt,
      // Versions seeded from files have no drafter of their own: the files published them.
      createdBy: row.createdBy ?? (row.publishedBy === WORKFLOW_FILES_PUBLISHER ? WORKFLOW_FILES_PUBLISHER : null),
      runningApplications: running,
    };
  }
}

/** How problems name a stored (or about to be stored) version: `food-premises-permit@2`. */
export function versionName(slug: string, version: number): string {
  return `${slug}@${version}`;
}

/**
 * - `draft`: never published;
 * - `current`: the version new applications start on (`licence_types.current_version`);
 * - `superseded`: published, then replaced by the current version (applications started on it keep it);
 * - `published`: published but neither current nor replaced by the current one, which happens only when
 *   `current_version` was moved back to an older version outside this API.
 */
export function versionStatus(row: WorkflowDefinitionEntity, type: LicenceTypeEntity, current: WorkflowDefinitionEntity | null): VersionStatus {
  if (!row.publishedAt) return 'draft';
  if (type.currentVersion !== NO_PUBLISHED_VERSION && row.version === type.currentVersion) return 'current';
  if (current?.publishedAt && row.publishedAt.getTime() <= current.publishedAt.getTime()) return 'superseded';
  return 'published';
}
