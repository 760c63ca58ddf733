import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink, SummaryList } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, pick } from '../../lib/format';
import { PreviewSummary, useSlugVersion, VersionStatusTag } from './common';
import { templateOf, useVersion, useVersionGraph } from './data';
import { FeeRules, type FeeDefinitionLike } from './FeeRules';
import { WorkflowView } from './diagram/WorkflowView';

/** rjsf loads only when a form is previewed. */
const FormPreview = lazy(() => import('./FormPreview'));

/**
 * `/studio/licence-types/:slug/versions/:version`: one version: who drafted and published it, running applications,
 * its workflow as a list and a diagram with its problems, the form applicants will fill in, and what can be done with it.
 */
export default function VersionPage() {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const { slug, version } = useSlugVersion();
  const location = useLocation();
  const detail = useVersion(slug, version);
  const graph = useVersionGraph(slug, version, detail.data?.definition);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <Problem error={detail.error} />;
  const v = detail.data;
  const definition = v.definition as { name?: { th: string; en: string }; form?: Record<string, unknown>; processingDays?: number | null; fees?: FeeDefinitionLike[] };
  const template = templateOf(v.definition);
  const created = (location.state as { created?: boolean } | null)?.created;
  const base = `/studio/licence-types/${slug}/versions/${version}`;
  const stateProblems = graph.data ? Object.values(graph.data.byState).reduce((n, l) => n + l.length, 0) : 0;
  return (
    <>
      <BackLink to={`/studio/licence-types/${slug}`}>{t('version.back')}</BackLink>
      {created && (
        <div className="notice notice--success" role="status">
          <p>{t('version.saved', { version })}</p>
        </div>
      )}
      <PageTitle title={t('version.title', { version })} caption={definition.name ? pick(definition.name, lang) : slug} />
      <SummaryList
        rows={[
          { key: 'status', label: t('type.columns.status'), value: <VersionStatusTag status={v.status} /> },
          { key: 'drafted', label: t('type.columns.drafted'), value: `${v.createdBy} · ${formatDateTime(v.createdAt, lang)}` },
          { key: 'published', label: t('type.columns.published'), value: v.publishedAt ? `${v.publishedBy ?? ''} · ${formatDateTime(v.publishedAt, lang)}` : t('type.notPublished') },
          { key: 'running', label: t('type.columns.running'), value: t('type.runningCount', { count: v.runningApplications }) },
          { key: 'template', label: t('version.template'), value: template ? `${t(`templates.${template.name}`, { defaultValue: template.name })} (${template.name})` : t('version.noTemplate') },
          { key: 'days', label: t('version.processingDays'), value: definition.processingDays == null ? '—' : t('graph.sla', { count: definition.processingDays }) },
        ]}
      />
      <div className="button-group">
        {v.status === 'draft' && (
          <Link className="button" to={`${base}/publish`}>
            {t('version.publish')}
          </Link>
        )}
        <Link className="button button--secondary" to={`${base}/simulate`}>
          {t('version.simulate')}
        </Link>
        <Link className="button button--secondary" to={`${base}/edit`}>
          {t('version.edit')}
        </Link>
        {version > 1 && (
          <Link className="button button--secondary" to={`/studio/licence-types/${slug}/diff?from=${version - 1}&to=${version}`}>
            {t('version.compare', { from: version - 1 })}
          </Link>
        )}
      </div>
      {graph.isError && <Problem error={graph.error} />}
      {graph.data && (
        <>
          <PreviewSummary valid={graph.data.valid} general={graph.data.general} stateProblems={stateProblems} pending={false} />
          <WorkflowView graph={graph.data.graph} problems={graph.data.byState} title={t('version.title', { version })} />
        </>
      )}
      <FeeRules fees={definition.fees ?? []} />
      <section aria-labelledby="form-preview-title" className="form-preview-section">
        <h2 id="form-preview-title">{t('version.formTitle')}</h2>
        <p className="hint">{t('version.formHint')}</p>
        {definition.form && (
          <Suspense fallback={<Loading />}>
            <FormPreview schema={definition.form} />
          </Suspense>
        )}
      </section>
    </>
  );
}
