import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { Tag } from '../../../components/Chrome';
import { APPLICATION_GROUPS as GROUPS, applicationGroup, applicationProgress, currentStage, showsExpectedDate, type ApplicationGroup as Group } from '../../../components/applicationProgress';
import { formatDate, pick } from '../../../lib/format';
import { MAX_PAGE, useMyApplications } from './data';
import type { ApplicationView } from './types';
import './setup';

/** Drafts link to their task list (the apply journey); the rest to their status page. */
export function applicationHref(app: ApplicationView) {
  return app.status === 'draft' ? `/applications/${app.id}/tasks` : `/applications/${app.id}`;
}

export default function MyApplicationsPage() {
  const { t, i18n } = useTranslation('account');
  const [params] = useSearchParams();
  const list = useMyApplications();
  const requested = params.get('group') as Group | null;

  const items = list.data?.items ?? [];
  const grouped = Object.fromEntries(GROUPS.map((g) => [g, items.filter((a) => applicationGroup(a.status) === g)])) as Record<Group, ApplicationView[]>;
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
      {list.isPending && <Loading />}
      {list.isError && <Problem error={list.error} retry={() => list.refetch()} />}
      {list.data && (
        <>
          <nav aria-label={t('list.tabsLabel')}>
            <ul className="group-tabs">
              {GROUPS.map((g) => (
                <li key={g}>
                  <Link to={`?group=${g}`} aria-current={g === group ? 'page' : undefined} replace>
                    {t(`list.${g}`)} ({grouped[g].length})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <h2>{t(`list.${group}`)}</h2>
          {list.data.total > MAX_PAGE && <p className="hint">{t('list.more', { shown: MAX_PAGE, total: list.data.total })}</p>}
          {shown.length === 0 ? (
            <p>{t('list.none')}</p>
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
        </>
      )}
    </>
  );
}

function tagColour(app: ApplicationView) {
  if (app.status === 'rejected' || app.status === 'cancelled') return 'red' as const;
  if (app.status === 'completed') return 'green' as const;
  if (app.awaiting === 'applicant') return 'yellow' as const;
  if (app.status === 'draft') return 'grey' as const;
  return 'blue' as const;
}
