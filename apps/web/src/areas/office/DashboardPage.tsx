import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatDateTime, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { NotForYourRole } from './OfficeArea';
import { useDashboard } from './data';

/** `/office/dashboard`: the head of office's view of the office — load per person, what is overdue, decisions on time. */
export default function DashboardPage() {
  const me = useSession().data!;
  if (!me.roles.includes('head_of_office')) return <NotForYourRole isApplicant={false} headOnly />;
  return <Dashboard />;
}

function Dashboard() {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const dashboard = useDashboard();
  const percent = (share: number | null) => (share === null ? '–' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'th-TH', { style: 'percent' }).format(share));
  return (
    <>
      <BackLink to="/office">{t('review.back')}</BackLink>
      <PageTitle title={t('dashboard.title')} />
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <Problem error={dashboard.error} retry={() => void dashboard.refetch()} />}
      {dashboard.data && (
        <>
          <p className="hint">{t('dashboard.generated', { time: formatDateTime(dashboard.data.generatedAt, lang) })}</p>
          <ul className="figures">
            <li className="figure">
              <span className="figure__number">{dashboard.data.overdue.count}</span>
              <span className="figure__label">{t('dashboard.overdue')}</span>
            </li>
            <li className="figure">
              <span className="figure__number">{dashboard.data.unassigned.count}</span>
              <span className="figure__label">{t('dashboard.unassigned', { overdue: dashboard.data.unassigned.overdue })}</span>
            </li>
            {dashboard.data.onTime.map((window) => (
              <li className="figure" key={window.days}>
                <span className="figure__number">{percent(window.share)}</span>
                <span className="figure__label">{window.completed ? t('dashboard.onTime', { days: window.days, within: window.withinTime, completed: window.completed }) : t('dashboard.noDecisions', { days: window.days })}</span>
              </li>
            ))}
          </ul>
          <p className="hint">{t('dashboard.onTimeAsOf', { time: formatDateTime(dashboard.data.onTimeAsOf, lang) })}</p>

          <h2>{t('dashboard.load')}</h2>
          <table className="queue-table dashboard-table">
            <caption className="visually-hidden">{t('dashboard.load')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.person')}</th>
                <th scope="col">{t('dashboard.role')}</th>
                <th scope="col" className="numeric">
                  {t('dashboard.held')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.personOverdue')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.dueSoon')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.data.staff.map((row) => (
                <tr key={row.user.id}>
                  <th scope="row">
                    <Link to={`/office?assignee=${encodeURIComponent(row.user.id)}`}>{pick(row.user.displayName, lang)}</Link>
                  </th>
                  <td data-label={t('dashboard.role')}>{row.roles.map((r) => t(`roleNames.${r}`, { defaultValue: r })).join(', ')}</td>
                  <td data-label={t('dashboard.held')} className="numeric">
                    {row.held}
                  </td>
                  <td data-label={t('dashboard.personOverdue')} className="numeric">
                    {row.overdue}
                  </td>
                  <td data-label={t('dashboard.dueSoon')} className="numeric">
                    {row.dueSoon}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t('dashboard.oldest')}</h2>
          {dashboard.data.overdue.oldest.length === 0 ? (
            <p>{t('dashboard.noneOverdue')}</p>
          ) : (
            <table className="queue-table dashboard-table">
              <caption className="visually-hidden">{t('dashboard.oldest')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('queue.columns.trackingNumber')}</th>
                  <th scope="col">{t('queue.columns.licence')}</th>
                  <th scope="col">{t('queue.columns.due')}</th>
                  <th scope="col">{t('queue.columns.assignee')}</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.data.overdue.oldest.map((item) => (
                  <tr key={item.id} className="queue-row--overdue">
                    <th scope="row">
                      <Link to={`/office/applications/${item.id}`}>{item.trackingNumber}</Link>
                    </th>
                    <td data-label={t('queue.columns.licence')}>{pick(item.licenceType.name, lang)}</td>
                    <td data-label={t('queue.columns.due')}>{formatDate(item.dueAt, lang)}</td>
                    <td data-label={t('queue.columns.assignee')}>{item.assignedTo ? pick(item.assignedTo.displayName, lang) : <span className="muted">{t('queue.nobody')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
