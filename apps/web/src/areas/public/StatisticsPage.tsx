import { NS } from './setup';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, formatMonth, pick } from '../../lib/format';
import { ChannelChart, MonthsChart, ProcessingChart } from './statistics-charts';
import { SatisfactionSection } from './statistics-satisfaction';
import { ComplaintsSection } from './statistics-complaints';
import { Figure, FiguresTable, TableDetails, TableWrap, type FigureColumn } from './statistics-tables';
import {
  OPEN_DATA,
  useStatisticsLicenceTypes,
  useStatisticsMonths,
  useStatisticsOffices,
  useStatisticsSummary,
  type Figures,
  type StatisticsFilters,
} from './statistics-api';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CHOOSABLE_MONTHS = 60;

/** The current month in Bangkok and the 59 before it, newest first ("2026-12", "2026-11", …). */
function recentMonths(now = new Date()): string[] {
  const bangkok = new Date(now.getTime() + 7 * 3_600_000);
  let y = bangkok.getUTCFullYear();
  let m = bangkok.getUTCMonth() + 1;
  const months: string[] = [];
  for (let i = 0; i < CHOOSABLE_MONTHS; i++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return months;
}

function filtersOf(params: URLSearchParams): StatisticsFilters {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  return { licenceType: get('licenceType'), office: get('office'), from: get('from'), to: get('to') };
}

/** How one figure reads: a number, "fewer than 5" for a suppressed count, "not shown" for a suppressed median or share. */
export function useFigureText() {
  const { t, i18n } = useTranslation(NS);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'th-TH');
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'th-TH', { maximumFractionDigits: 1 });
  const hidden = (suppressed: readonly string[], name: string) => suppressed.includes(name);
  return {
    count: (value: number | null | undefined, suppressed: readonly string[], name: string) =>
      value != null ? number.format(value) : hidden(suppressed, name) ? t('statistics.suppressed') : t('statistics.none'),
    days: (value: number | null | undefined, suppressed: readonly string[], name: string) =>
      value != null ? t('statistics.days', { count: value }) : hidden(suppressed, name) ? t('statistics.suppressedDerived') : t('statistics.none'),
    share: (value: number | null | undefined, suppressed: readonly string[], name: string) =>
      value != null ? t('statistics.percent', { value: percent.format(value * 100) }) : hidden(suppressed, name) ? t('statistics.suppressedDerived') : t('statistics.none'),
    /** A share with no explanation (a chart's label): "–" when not shown. */
    bare: (value: number | null | undefined) => (value != null ? percent.format(value * 100) + '%' : '–'),
  };
}

function Headline({ figures, now, statutoryDays, filtered }: { figures: Figures; now: { inProgress: number | null; overdue: number | null; suppressed: string[] }; statutoryDays: number | null; filtered: boolean }) {
  const { t } = useTranslation(NS);
  const text = useFigureText();
  const s = figures.suppressed;
  const statutory = statutoryDays != null ? t('statistics.days', { count: statutoryDays }) : filtered ? t('statistics.none') : t('statistics.statutoryPerType');
  return (
    <dl className="stat-figures">
      <Figure name="received" label={t('statistics.received')}>
        {text.count(figures.received, s, 'received')}
      </Figure>
      <Figure name="completed" label={t('statistics.completed')}>
        {text.count(figures.completed, s, 'completed')}
      </Figure>
      <Figure name="rejected" label={t('statistics.rejected')}>
        {text.count(figures.rejected, s, 'rejected')}
      </Figure>
      <Figure name="inProgress" label={t('statistics.inProgress')}>
        {text.count(now.inProgress, now.suppressed, 'inProgress')}
      </Figure>
      <Figure name="overdue" label={t('statistics.overdue')} hint={t('statistics.overdueHint')}>
        {text.count(now.overdue, now.suppressed, 'overdue')}
      </Figure>
      <Figure name="median" label={t('statistics.median')} hint={`${t('statistics.statutory')}: ${statutory}`}>
        {text.days(figures.medianProcessingDays, s, 'medianProcessingDays')}
      </Figure>
      <Figure name="p90" label={t('statistics.p90')} hint={`${t('statistics.statutory')}: ${statutory}`}>
        {text.days(figures.p90ProcessingDays, s, 'p90ProcessingDays')}
      </Figure>
      <Figure name="onTime" label={t('statistics.onTime')}>
        {text.share(figures.onTimeShare, s, 'onTimeShare')}
      </Figure>
    </dl>
  );
}

function FilterForm({ filters, period, typeOptions, officeOptions, onApply }: {
  filters: StatisticsFilters;
  period: { from: string; to: string } | undefined;
  typeOptions: { value: string; label: string }[];
  officeOptions: { value: string; label: string }[];
  onApply: (next: StatisticsFilters) => void;
}) {
  const { t, i18n } = useTranslation(NS);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const months = recentMonths();
  const withCurrent = (options: { value: string; label: string }[], value: string | undefined) =>
    value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  const monthOptions = (value: string | undefined) => (value && !months.includes(value) ? [value, ...months] : months);
  const from = filters.from ?? period?.from;
  const to = filters.to ?? period?.to;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '') || undefined;
    const next = { licenceType: value('licenceType'), office: value('office'), from: value('from'), to: value('to') };
    if (next.from && next.to && next.from > next.to) {
      setErrors([{ field: 'stat-from', message: t('statistics.rangeInvalid', { from: formatMonth(next.from, i18n.language), to: formatMonth(next.to, i18n.language) }) }]);
      return;
    }
    setErrors([]);
    onApply(next);
  };
  const error = errors[0];
  return (
    <>
      <ErrorSummary errors={errors} />
      {/* A GET form: without script it still lands on /statistics?licenceType=…; with script the same address is set in place. */}
      <form method="get" action="/statistics" onSubmit={submit} noValidate className="stat-filters" key={JSON.stringify([filters, period])}>
        <fieldset>
          <legend>{t('statistics.filtersTitle')}</legend>
          <div className="stat-filters__grid">
            <div className="form-group">
              <label htmlFor="stat-licence-type">{t('statistics.licenceType')}</label>
              <select id="stat-licence-type" name="licenceType" defaultValue={filters.licenceType ?? ''}>
                <option value="">{t('statistics.allLicenceTypes')}</option>
                {withCurrent(typeOptions, filters.licenceType).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label htmlFor="stat-office">{t('statistics.office')}</label>
              <select id="stat-office" name="office" defaultValue={filters.office ?? ''}>
                <option value="">{t('statistics.allOffices')}</option>
                {withCurrent(officeOptions, filters.office).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div className={'form-group' + (error ? ' form-group--error' : '')}>
              <label htmlFor="stat-from">{t('statistics.from')}</label>
              <span className="hint" id="stat-from-hint">
                {t('statistics.periodHint')}
              </span>
              {error && (
                <span className="error-message" id="stat-from-error">
                  <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                  {error.message}
                </span>
              )}
              <select
                id="stat-from"
                name="from"
                defaultValue={from ?? ''}
                aria-describedby={'stat-from-hint' + (error ? ' stat-from-error' : '')}
                aria-invalid={error ? true : undefined}
              >
                {monthOptions(from).map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(m, i18n.language, 'long')}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label htmlFor="stat-to">{t('statistics.to')}</label>
              <select id="stat-to" name="to" defaultValue={to ?? ''}>
                {monthOptions(to).map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(m, i18n.language, 'long')}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="button-group">
            <button type="submit" className="button">
              {t('statistics.apply')}
            </button>
            <Link to="/statistics" className="link-button">
              {t('statistics.reset')}
            </Link>
          </div>
        </fieldset>
      </form>
    </>
  );
}

export default function StatisticsPage() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const text = useFigureText();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const badMonth = [filters.from, filters.to].some((m) => m && !MONTH.test(m));
  const shown: StatisticsFilters = badMonth ? { licenceType: filters.licenceType, office: filters.office } : filters;
  const period = { from: shown.from, to: shown.to };
  const summary = useStatisticsSummary(shown);
  const months = useStatisticsMonths(shown);
  const types = useStatisticsLicenceTypes(shown);
  const offices = useStatisticsOffices(shown);
  // The filters' choices: every licence type and office with figures in the period, whatever else is filtered on.
  const typeChoices = useStatisticsLicenceTypes(period);
  const officeChoices = useStatisticsOffices(period);
  const typeOptions = (typeChoices.data?.items ?? []).map((i) => ({ value: i.licenceType.slug, label: pick(i.licenceType.name, lang) }));
  const officeOptions = (officeChoices.data?.items ?? []).map((i) => ({ value: i.office.id, label: pick(i.office.name, lang) }));

  const apply = (next: StatisticsFilters) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    setParams(search);
  };

  const data = summary.data;
  const typeName = data?.filters.licenceType ? (typeOptions.find((o) => o.value === data.filters.licenceType)?.label ?? data.filters.licenceType) : undefined;
  const officeName = data?.filters.office ? (officeOptions.find((o) => o.value === data.filters.office)?.label ?? data.filters.office) : undefined;
  const what = typeName || officeName ? t('statistics.showingOf', { what: [typeName, officeName].filter(Boolean).join(' – ') }) : t('statistics.showingAll');
  const failed = [summary, months, types, offices].find((q) => q.isError);
  type Breakdown = { figures: Figures; now: { inProgress: number | null; overdue: number | null; suppressed: string[] } };
  const processingColumns: FigureColumn<Breakdown>[] = [
    { field: 'median', header: t('statistics.medianShort'), cell: ({ figures: f }) => text.days(f.medianProcessingDays, f.suppressed, 'medianProcessingDays') },
    { field: 'p90', header: t('statistics.p90Short'), cell: ({ figures: f }) => text.days(f.p90ProcessingDays, f.suppressed, 'p90ProcessingDays') },
  ];
  const onTimeAndNowColumns: FigureColumn<Breakdown>[] = [
    { field: 'onTime', header: t('statistics.onTime'), cell: ({ figures: f }) => text.share(f.onTimeShare, f.suppressed, 'onTimeShare') },
    { field: 'inProgress', header: t('statistics.inProgress'), cell: ({ now }) => text.count(now.inProgress, now.suppressed, 'inProgress') },
    { field: 'overdue', header: t('statistics.overdue'), cell: ({ now }) => text.count(now.overdue, now.suppressed, 'overdue') },
  ];

  return (
    <>
      <PageTitle title={t('statistics.title')} />
      <p className="lead">{t('statistics.lead')}</p>
      <FilterForm filters={shown} period={data?.period} typeOptions={typeOptions} officeOptions={officeOptions} onApply={apply} />
      {failed && <Problem error={failed.error} retry={() => failed.refetch()} />}
      {summary.isPending && <Loading />}
      {data && (
        <>
          <p className="stat-showing" role="status">
            {t('statistics.showing', { what, from: formatMonth(data.period.from, lang, 'long'), to: formatMonth(data.period.to, lang, 'long') })}
          </p>
          <h2>{t('statistics.headlineTitle')}</h2>
          <Headline figures={data.figures} now={data.now} statutoryDays={data.statutoryDays} filtered={!!data.filters.licenceType} />
          <details className="details">
            <summary>{t('statistics.suppressionTitle')}</summary>
            <p>{t('statistics.suppression')}</p>
          </details>
          <details className="details">
            <summary>{t('statistics.measurementTitle')}</summary>
            <p>{pick(data.measurement, lang)}</p>
          </details>
        </>
      )}

      {months.data && (
        <section aria-labelledby="stat-months-title" className="stat-section">
          <h2 id="stat-months-title">{t('statistics.monthsTitle')}</h2>
          <MonthsChart data={months.data} />
          <TableDetails label={t('statistics.monthsTitle')}>
            <FiguresTable
              caption={t('statistics.monthsTitle')}
              rows={months.data.months}
              rowData={(m) => ['month', m.month]}
              rowHeader={{ header: t('statistics.month'), cell: (m) => formatMonth(m.month, lang), nowrap: true }}
              columns={[
                { field: 'received', header: t('statistics.received'), cell: ({ figures: f }) => text.count(f.received, f.suppressed, 'received') },
                { field: 'completed', header: t('statistics.completed'), cell: ({ figures: f }) => text.count(f.completed, f.suppressed, 'completed') },
                { field: 'rejected', header: t('statistics.rejected'), cell: ({ figures: f }) => text.count(f.rejected, f.suppressed, 'rejected') },
                { field: 'median', header: t('statistics.medianShort'), cell: ({ figures: f }) => text.days(f.medianProcessingDays, f.suppressed, 'medianProcessingDays') },
                { field: 'p90', header: t('statistics.p90Short'), cell: ({ figures: f }) => text.days(f.p90ProcessingDays, f.suppressed, 'p90ProcessingDays') },
                { field: 'inProgressAtMonthEnd', header: t('statistics.inProgressAtMonthEnd'), cell: (m) => text.count(m.inProgressAtMonthEnd, m.figures.suppressed, 'inProgressAtMonthEnd') },
              ]}
            />
          </TableDetails>
        </section>
      )}

      {types.data && (
        <section aria-labelledby="stat-processing-title" className="stat-section">
          <h2 id="stat-processing-title">{t('statistics.processingTitle')}</h2>
          <ProcessingChart data={types.data} />
          <TableDetails label={t('statistics.processingTitle')}>
            <FiguresTable
              caption={t('statistics.processingTitle')}
              rows={types.data.items}
              rowData={(i) => ['licence-type', i.licenceType.slug]}
              rowHeader={{ header: t('statistics.licenceType'), cell: (i) => pick(i.licenceType.name, lang) }}
              columns={[
                { field: 'decided', header: t('statistics.decided'), cell: ({ figures: f }) => text.count(f.decided, f.suppressed, 'decided') },
                ...processingColumns,
                { field: 'statutory', header: t('statistics.statutoryShort'), cell: (i) => (i.statutoryDays != null ? t('statistics.days', { count: i.statutoryDays }) : t('statistics.none')) },
                ...onTimeAndNowColumns,
              ]}
            />
          </TableDetails>
        </section>
      )}

      {data && (
        <section aria-labelledby="stat-channels-title" className="stat-section">
          <h2 id="stat-channels-title">{t('statistics.channelsTitle')}</h2>
          <ChannelChart figures={data.figures} />
          <TableDetails label={t('statistics.channelsTitle')}>
            <FiguresTable
              caption={t('statistics.channelsTitle')}
              rows={data.figures.paymentChannels}
              rowData={(c) => ['channel', c.method]}
              rowHeader={{ header: t('statistics.channel'), cell: (c) => t(`statistics.channels.${c.method}`, { defaultValue: c.method }) }}
              columns={[
                { field: 'payments', header: t('statistics.payments'), cell: (c) => text.count(c.payments, data.figures.suppressed, `paymentChannels.${c.method}.payments`) },
                { field: 'share', header: t('statistics.share'), cell: (c) => text.share(c.share, data.figures.suppressed, `paymentChannels.${c.method}.share`) },
              ]}
            />
          </TableDetails>
        </section>
      )}

      {offices.data && offices.data.items.length > 0 && (
        <section aria-labelledby="stat-offices-title" className="stat-section">
          <h2 id="stat-offices-title">{t('statistics.officesTitle')}</h2>
          <TableWrap label={t('statistics.officesTitle')}>
            <FiguresTable
              caption={t('statistics.officesTitle')}
              hideCaption
              rows={offices.data.items}
              rowData={(i) => ['office', i.office.id]}
              rowHeader={{ header: t('statistics.office'), cell: (i) => pick(i.office.name, lang) }}
              columns={[
                { field: 'received', header: t('statistics.received'), cell: ({ figures: f }) => text.count(f.received, f.suppressed, 'received') },
                { field: 'completed', header: t('statistics.completed'), cell: ({ figures: f }) => text.count(f.completed, f.suppressed, 'completed') },
                { field: 'rejected', header: t('statistics.rejected'), cell: ({ figures: f }) => text.count(f.rejected, f.suppressed, 'rejected') },
                processingColumns[0],
                ...onTimeAndNowColumns,
              ]}
            />
          </TableWrap>
        </section>
      )}

      <SatisfactionSection filters={shown} period={data?.period} />
      <ComplaintsSection period={data?.period} />

      <section aria-labelledby="stat-open-data-title" className="stat-section">
        <h2 id="stat-open-data-title">{t('statistics.openDataTitle')}</h2>
        <p>
          {t('statistics.openDataLead')}{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/deed.th" rel="license">
            {t('statistics.licence')}
          </a>
        </p>
        <ul className="link-list" data-open-data>
          <li>
            <a href={OPEN_DATA.csv} download>
              {t('statistics.csv')}
            </a>
          </li>
          <li>
            <a href={OPEN_DATA.json}>{t('statistics.json')}</a>
          </li>
          <li>
            <a href={OPEN_DATA.dictionary}>{t('statistics.dictionary')}</a>
          </li>
          <li>
            <a href={OPEN_DATA.catalog}>{t('statistics.catalog')}</a>
          </li>
        </ul>
        {data && <p className="hint">{t('statistics.refreshed', { at: formatDateTime(data.generatedAt, lang) })}</p>}
      </section>
    </>
  );
}
