import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink, SummaryList } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, splitBilingual } from '../../lib/format';
import { MigrationOutcomeTag, MigrationStatusTag } from './migration-parts';
import { useMigrationReport, type MigrationOutcome } from './data';

const OUTCOMES: MigrationOutcome[] = ['moved', 'refused', 'skipped', 'pending'];

/** `/studio/licence-types/:slug/migrations/:id`: a migration's report, followed live while it runs. */
export default function MigrationReportPage() {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const { slug = '', id = '' } = useParams();
  const [search] = useSearchParams();
  const outcome = OUTCOMES.find((o) => o === search.get('outcome'));
  const report = useMigrationReport(slug, id, outcome);
  if (report.isPending) return <Loading />;
  if (report.isError) return <Problem error={report.error} />;
  const m = report.data;
  const running = m.status === 'running';
  return (
    <>
      <BackLink to={`/studio/licence-types/${slug}/migrations`}>{t('migrations.title')}</BackLink>
      <PageTitle title={t('migrations.reportTitle', { from: m.fromVersion, to: m.toVersion })} caption={slug} />
      <div className={`notice ${running ? '' : m.refused > 0 ? 'notice--warning' : 'notice--success'}`} role="status" aria-live="polite" data-testid="migration-status">
        <p>
          <MigrationStatusTag status={m.status} />{' '}
          <strong>{running ? t('migrations.progress', { done: m.total - m.pending, total: m.total }) : t('migrations.finished', { moved: m.moved, total: m.total })}</strong>
        </p>
      </div>
      <SummaryList
        rows={[
          { key: 'moved', label: t('migrations.outcomes.moved'), value: m.moved },
          { key: 'refused', label: t('migrations.outcomes.refused'), value: m.refused },
          { key: 'skipped', label: t('migrations.outcomes.skipped'), value: m.skipped },
          { key: 'pending', label: t('migrations.outcomes.pending'), value: m.pending },
          { key: 'batches', label: t('migrations.batches'), value: m.resumed > 0 ? t('migrations.batchesResumed', { batches: m.batches, resumed: m.resumed }) : m.batches },
          { key: 'by', label: t('migrations.requestedBy'), value: `${m.requestedBy.username} · ${formatDateTime(m.createdAt, lang)}` },
          { key: 'finished', label: t('migrations.finishedAt'), value: m.finishedAt ? formatDateTime(m.finishedAt, lang) : '–' },
          { key: 'mapping', label: t('migrations.mapping'), value: Object.entries(m.stateMapping).map(([a, b]) => `${a} → ${b}`).join(', ') },
        ]}
      />
      <h2>{t('migrations.items')}</h2>
      <nav aria-label={t('migrations.filterLabel')}>
        <ul className="filter-links">
          <li>{outcome ? <Link to="?">{t('migrations.all')}</Link> : <strong aria-current="page">{t('migrations.all')}</strong>}</li>
          {OUTCOMES.map((o) => (
            <li key={o}>{o === outcome ? <strong aria-current="page">{t(`migrations.outcomes.${o}`)}</strong> : <Link to={`?outcome=${o}`}>{t(`migrations.outcomes.${o}`)}</Link>}</li>
          ))}
        </ul>
      </nav>
      {m.items.length === 0 ? (
        <p>{t('migrations.noItems')}</p>
      ) : (
        <div className="table-wrap">
          <table className="responsive-table" data-testid="migration-items">
            <caption className="visually-hidden">{t('migrations.items')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('migrations.columns.tracking')}</th>
                <th scope="col">{t('migrations.columns.move')}</th>
                <th scope="col">{t('migrations.columns.result')}</th>
                <th scope="col">{t('migrations.columns.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {m.items.map((item) => (
                <tr key={item.applicationId}>
                  <td data-label={t('migrations.columns.tracking')}>{item.trackingNumber}</td>
                  <td data-label={t('migrations.columns.move')}>{`${item.fromState} → ${item.toState}`}</td>
                  <td data-label={t('migrations.columns.result')}>
                    <MigrationOutcomeTag outcome={item.outcome} />
                  </td>
                  <td data-label={t('migrations.columns.detail')}>{item.message ? splitBilingual(item.message, lang) : item.doneAt ? formatDateTime(item.doneAt, lang) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
