import { lazy, Suspense, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { useDiff, useVersion, useVersionGraph } from './data';
import { mergeGraphs } from './diagram/marks';
import { WorkflowView } from './diagram/WorkflowView';

/** Keys sorted at every level (as the checksum's canonical JSON), so that the text diff shows changes, not key order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
  );
}
const canonical = (definition: unknown) => JSON.stringify(sorted(definition), null, 2);

/** @codemirror/merge loads only with the text diff. */
const MergeDiff = lazy(() => import('./MergeDiff'));

/**
 * `/studio/licence-types/:slug/diff?from&to`: what changes between two versions: in words (the API's summary), on the
 * diagram (added, removed and changed states and transitions coloured, the same in the list), and as text side by side.
 */
export default function DiffPage() {
  const { t } = useTranslation('studio');
  const slug = useParams().slug ?? '';
  const [search] = useSearchParams();
  const from = Number(search.get('from'));
  const to = Number(search.get('to'));
  const diff = useDiff(slug, from, to);
  const a = useVersion(slug, from);
  const b = useVersion(slug, to);
  const graphA = useVersionGraph(slug, from, a.data?.definition);
  const graphB = useVersionGraph(slug, to, b.data?.definition);
  const merged = useMemo(
    () => (diff.data && graphA.data && graphB.data ? mergeGraphs(graphA.data.graph, graphB.data.graph, diff.data) : null),
    [diff.data, graphA.data, graphB.data],
  );
  const failure = diff.error ?? a.error ?? b.error ?? graphA.error ?? graphB.error;
  const title = t('diff.title', { from, to });
  return (
    <>
      <BackLink to={`/studio/licence-types/${slug}`}>{t('version.back')}</BackLink>
      <PageTitle title={title} caption={slug} />
      {failure ? (
        <Problem error={failure} />
      ) : !diff.data || !merged || !a.data || !b.data ? (
        <Loading />
      ) : (
        <>
          <h2>{t('diff.summary')}</h2>
          {diff.data.identical ? (
            <p>{t('diff.identical')}</p>
          ) : (
            <ul data-testid="diff-summary">
              {diff.data.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <WorkflowView graph={merged.graph} marks={merged.marks} title={title} />
          <section aria-labelledby="text-diff-title">
            <h2 id="text-diff-title">{t('diff.text')}</h2>
            <p className="hint">{t('diff.textHint', { from, to })}</p>
            <Suspense fallback={<Loading />}>
              <MergeDiff a={canonical(a.data.definition)} b={canonical(b.data.definition)} labelA={t('diff.versionLabel', { version: from })} labelB={t('diff.versionLabel', { version: to })} />
            </Suspense>
          </section>
        </>
      )}
    </>
  );
}
