import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { Tag } from '../../../components/Chrome';
import { APPLICATION_GROUPS as GROUPS, applicationGroup, applicationProgress, currentStage, showsExpectedDate, type ApplicationGroup as Group } from '../../../components/applicationProgress';
import { formatDate, pick } from '../../../lib/format';
import { useMyApplications } from './data';
import type { ApplicationSummary } from './types';
import { MyBundles } from '../bundles/MyBundles';
import './setup';

/** Drafts link to their task list (the apply journey); the rest to their status page. */
export function applicationHref(app: Pick<ApplicationSummary, 'id' | 'status'>) {
  return app.status === 'draft' ? `/applications/${app.id}/tasks` : `/applications/${app.id}`;
}

export default function MyApplicationsPage() {
  const { t, i18n } = useTranslation('account');
  const [params] = useSearchParams();
  const list = useMyApplications();
  const requested = params.get('group') as Group | null;

  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const first = pages[0];
  const grouped = Object.fromEntries(GROUPS.map((g) => [g, items.filter((a) => applicationGroup(a.status) === g)])) as Record<Group, ApplicationSummary[]>;
  // Open the first group with something in it unless the address names one.
  const group: Group = requested && GROUPS.includes(requested) ? requested : (GROUPS.find((g) => grouped[g].length > 0 && g !== 'done') ?? 'inProgress');
  const shown = grouped[group];

  return (
    <>
      <PageTitle title={t('list.title')} />
      <p className="lead">{t('list.lead')}</p>
      <Link to="/businesses" className="button">
        {t('list.start')}
      </Link>
      <p>
        <Link to="/agents">{t('list.agents')}</Link> · <Link to="/filing-for-others">{t('list.filingForOthers')}</Link>
      </p>
      <MyBundles />
      {list.isPending && <Loading />}
      {list.isError && !list.data && <Problem error={list.error} retry={() => list.refetch()} />}
      {list.data && (
        <>
          <nav aria-label={t('list.tabsLabel')}>
            <ul className="group-tabs">
              {GROUPS.map((g) => (
                <li key={g}>
                  <Link to={`?group=${g}`} aria-current={g === group ? 'page' : undefined} replace>
                    {/* Counted from the pages loaded: a count is shown only once every page is. */}
                    {t(`list.${g}`)}
                    {!list.hasNextPage && ` (${grouped[g].length})`}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <h2>{t(`list.${group}`)}</h2>
          {first && list.hasNextPage && <p className="hint">{t(first.totalCapped ? 'list.moreThan' : 'list.more', { shown: items.length, total: first.total })}</p>}
          {shown.length === 0 ? (
            <p>{t(list.hasNextPage ? 'list.noneLoaded' : 'list.none')}</p>
          ) : (
            <ul className="app-list">
              {shown.map((app) => {
                const name = pick(app.licenceType.name, i18n.language);
                const context = { state: app.state, awaiting: app.awaiting };
                const progress = applicationProgress(app.status, [], context);
                return (
                  <li key={app.id} className="app-list__item">
                    <h3>
                      <Link to={applicationHref(app)}>
                        {name}
                        {app.kind !== 'new' && ` (${t(`kinds.${app.kind}`)})`}
                      </Link>
                    </h3>
                    <dl className="app-list__facts">
                      <dt>{t('list.trackingNumber')}</dt>
                      <dd>{app.trackingNumber}</dd>
                      {app.onBehalfOf && (
                        <>
                          <dt>{t('list.filedBy')}</dt>
                          <dd>{t('status.onBehalfValue', { agent: pick(app.onBehalfOf.agentName, i18n.language), principal: pick(app.onBehalfOf.principal.name, i18n.language) })}</dd>
                        </>
                      )}
                      {app.status !== 'draft' && (
                        <>
                          <dt>{t('list.stage')}</dt>
                          <dd>
                            {pick(currentStage(progress).label, i18n.language)}
                          </dd>
                        </>
                      )}
                      <dt>{t('list.turn')}</dt>
                      <dd>
                        <Tag colour={tagColour(app)}>{pick(progress.now, i18n.language)}</Tag>
                      </dd>
                      {showsExpectedDate(app.status, [], context) && app.expectedCompletionAt && (
                        <>
                          <dt>{t('list.expected')}</dt>
                          <dd>{formatDate(app.expectedCompletionAt, i18n.language)}</dd>
                        </>
                      )}
                      {app.status === 'draft' && (
                        <>
                          <dt>{t('list.created')}</dt>
                          <dd>{formatDate(app.createdAt, i18n.language)}</dd>
                        </>
                      )}
                    </dl>
                    <Link to={applicationHref(app)}>
                      {app.status === 'draft' ? t('list.continueDraft') : t('list.view')}
                      <span className="visually-hidden"> {t('list.forRow', { name, number: app.trackingNumber })}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
          {list.hasNextPage && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
              </button>
            </p>
          )}
          {list.isFetchNextPageError && <Problem error={list.error} retry={() => list.fetchNextPage()} />}
        </>
      )}
    </>
  );
}

/** The status tag's colour: refused red, done green, the applicant's turn yellow, a draft grey, else blue. */
export function tagColour(app: Pick<ApplicationSummary, 'status' | 'awaiting'>) {
  if (app.status === 'rejected' || app.status === 'cancelled') return 'red' as const;
  if (app.status === 'completed') return 'green' as const;
  if (app.awaiting === 'applicant') return 'yellow' as const;
  if (app.status === 'draft') return 'grey' as const;
  return 'blue' as const;
}
