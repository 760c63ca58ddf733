import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NO_PUBLISHED_VERSION } from '../../catalogue';
import { WorkflowVersions } from '../workflow-versions.service';

export interface AdminLicenceTypeSummary {
  slug: string;
  name: { th: string; en: string };
  agencyLevel: string;
  /** The version new applications start on; null while no version is published (applicants are not offered the type). */
  currentVersion: number | null;
  latestVersion: number;
  drafts: number;
}

export class ListAdminLicenceTypesQuery extends Query<AdminLicenceTypeSummary[]> {}

/** Every licence type, unpublished ones included (the public catalogue hides those). */
@QueryHandler(ListAdminLicenceTypesQuery)
export class ListAdminLicenceTypesHandler implements IQueryHandler<ListAdminLicenceTypesQuery> {
  constructor(private readonly versions: WorkflowVersions) {}

  async execute(): Promise<AdminLicenceTypeSummary[]> {
    const [types, stats] = await Promise.all([
      this.versions.licenceTypes.find({ order: { slug: 'ASC' } }),
      this.versions.definitions
        .createQueryBuilder('d')
        .select('d.licenceType', 'slug')
        .addSelect('MAX(d.version)', 'latest')
        .addSelect('SUM(CASE WHEN d.publishedAt IS NULL THEN 1 ELSE 0 END)', 'drafts')
        .groupBy('d.licenceType')
        .getRawMany<{ slug: string; latest: number | string; drafts: number | string }>(),
    ]);
    const bySlug = new Map(stats.map((s) => [s.slug, s]));
    return types.map((t) => ({
      slug: t.slug,
      name: { th: t.nameTh, en: t.nameEn },
      agencyLevel: t.agencyLevel,
      currentVersion: t.currentVersion === NO_PUBLISHED_VERSION ? null : t.currentVersion,
      latestVersion: Number(bySlug.get(t.slug)?.latest ?? 0),
      drafts: Number(bySlug.get(t.slug)?.drafts ?? 0),
    }));
  }
}
