import { NS } from './setup';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../lib/format';
import { ScoreChart } from './statistics-charts';
import { SATISFACTION_MAX_MONTHS, useSatisfactionStatistics, type CompletionFigures, type SatisfactionFigures, type StatisticsFilters } from './statistics-api';
import { Figure, FiguresTable, TableDetails, TableWrap } from './statistics-tables';
import { Problem } from '../../components/Feedback';

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

function useSatisfactionText() {
  const { t, i18n } = useTranslation(NS);
  const locale = i18n.language === 'en' ? 'en-GB' : 'th-TH';
  const number = new Intl.NumberFormat(locale);
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    count: (value: number | null, suppressed: boolean) => (value != null ? number.format(value) : suppressed ? t('statistics.suppressed') : t('statistics.none')),
    mean: (s: SatisfactionFigures) =>
      s.meanScore != null ? t('statistics.outOfFive', { score: score.format(s.meanScore) }) : s.suppressed ? t('statistics.suppressedRatings') : t('statistics.noRatings'),
    rate: (c: CompletionFigures) =>
      c.rate != null ? t('statistics.percent', { value: percent.format(c.rate * 100) }) : c.suppressed ? t('statistics.suppressedDerived') : t('statistics.none'),
  };
}

/**
 * Applicants' satisfaction and the completion rate (GOV.UK's service-standard measures) for the dashboard's filters.
 * The route answers at most 24 months: a longer period shows why instead of a partial figure.
 */
export function SatisfactionSection({ filters, period }: { filters: StatisticsFilters; period: { from: string; to: string } | undefined }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const text = useSatisfactionText();
  const tooLong = !!period && monthIndex(period.to) - monthIndex(period.from) + 1 > SATISFACTION_MAX_MONTHS;
  // The same months as the rest of the page: the period the summary resolved (its default included).
  const answer = useSatisfactionStatistics({ licenceType: filters.licenceType, office: filters.office, from: period?.from, to: period?.to }, !!period && !tooLong);
  const data = answer.data;
  return (
    <section aria-labelledby="stat-satisfaction-title" className="stat-section" data-section="satisfaction">
      <h2 id="stat-satisfaction-title">{t('statistics.satisfactionTitle')}</h2>
      <p>{t('statistics.satisfactionLead')}</p>
      {tooLong && <p className="inset-text">{t('statistics.satisfactionTooLong', { max: SATISFACTION_MAX_MONTHS })}</p>}
      {answer.isError && <Problem error={answer.error} retry={() => answer.refetch()} />}
      {data && (
        <>
          <dl className="stat-figures">
            <Figure name="meanScore" label={t('statistics.meanScore')} hint={t('statistics.ratingsHint', { count: data.overall.satisfaction.ratings ?? 0, ratings: text.count(data.overall.satisfaction.ratings, data.overall.satisfaction.suppressed) })}>
              {text.mean(data.overall.satisfaction)}
            </Figure>
            <Figure name="completionRate" label={t('statistics.completionRate')} hint={t('statistics.completionHint', { started: text.count(data.overall.completion.started, data.overall.completion.suppressed), completed: text.count(data.overall.completion.completed, data.overall.completion.suppressed) })}>
              {text.rate(data.overall.completion)}
            </Figure>
            <Figure name="abandoned" label={t('statistics.abandoned')} hint={t('statistics.abandonedHint', { days: data.abandonedAfterDays })}>
              {text.count(data.overall.completion.abandoned, data.overall.completion.suppressed)}
            </Figure>
          </dl>
          {data.overall.satisfaction.distribution && data.overall.satisfaction.ratings ? (
            <>
              <h3>{t('statistics.scoresTitle')}</h3>
              <ScoreChart distribution={data.overall.satisfaction.distribution} ratings={data.overall.satisfaction.ratings} />
              <TableDetails label={t('statistics.scoresTitle')}>
                <FiguresTable
                  caption={t('statistics.scoresTitle')}
                  rows={[...data.overall.satisfaction.distribution].sort((a, b) => b.score - a.score)}
                  rowData={(d) => ['score', String(d.score)]}
                  rowHeader={{ header: t('statistics.score'), cell: (d) => `${d.score} – ${t(`satisfactionScores.${d.score}`, { ns: 'common' })}` }}
                  columns={[{ field: 'count', header: t('statistics.ratings'), cell: (d) => text.count(d.count, false) }]}
                />
              </TableDetails>
            </>
          ) : null}
          <h3 id="stat-satisfaction-months">{t('statistics.satisfactionMonthsTitle')}</h3>
          <TableWrap label={t('statistics.satisfactionMonthsTitle')}>
            <FiguresTable
              caption={t('statistics.satisfactionMonthsTitle')}
              hideCaption
              rows={data.months}
              rowData={(m) => ['satisfaction-month', m.month]}
              rowHeader={{ header: t('statistics.month'), cell: (m) => formatMonth(m.month, lang), nowrap: true }}
              columns={[
                { field: 'ratings', header: t('statistics.ratings'), cell: (m) => text.count(m.satisfaction.ratings, m.satisfaction.suppressed) },
                { field: 'meanScore', header: t('statistics.meanScoreShort'), cell: (m) => text.mean(m.satisfaction) },
                { field: 'started', header: t('statistics.started'), cell: (m) => text.count(m.completion.started, m.completion.suppressed) },
                { field: 'completed', header: t('statistics.completedStarted'), cell: (m) => text.count(m.completion.completed, m.completion.suppressed) },
                { field: 'abandoned', header: t('statistics.abandonedShort'), cell: (m) => text.count(m.completion.abandoned, m.completion.suppressed) },
                { field: 'completionRate', header: t('statistics.completionRateShort'), cell: (m) => text.rate(m.completion) },
              ]}
            />
          </TableWrap>
          <details className="details">
            <summary>{t('statistics.satisfactionMeasurementTitle')}</summary>
            <p>{t('statistics.satisfactionMeasurement', { days: data.abandonedAfterDays })}</p>
          </details>
        </>
      )}
    </section>
  );
}
