import { NS } from './setup';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, formatMonth, pick } from '../../lib/format';
import { ChannelChart, MonthsChart, ProcessingChart } from './statistics-charts';
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

function Figure({ name, label, children, hint }: { name: string; label: string; children: ReactNode; hint?: string }) {
  return (
    <div data-figure={name}>
      <dt>{label}</dt>
      <dd>
        <span className="stat-figure__value">{children}</span>
        {hint && <span className="stat-figure__hint">{hint}</span>}
      </dd>
    </div>
  );
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

/** A table that may scroll sideways on a phone: the scrolling box takes focus (arrow keys scroll it) and is named by the table's caption. */
function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

function TableDetails({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation(NS);
  return (
    <details className="details stat-table" open>
      <summary>{t('statistics.viewTable')}</summary>
      <TableWrap label={label}>{children}</TableWrap>
    </details>
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
            <table>
              <caption>{t('statistics.monthsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.month')}</th>
                  <th scope="col" className="numeric">{t('statistics.received')}</th>
                  <th scope="col" className="numeric">{t('statistics.completed')}</th>
                  <th scope="col" className="numeric">{t('statistics.rejected')}</th>
                  <th scope="col" className="numeric">{t('statistics.medianShort')}</th>
                  <th scope="col" className="numeric">{t('statistics.p90Short')}</th>
                  <th scope="col" className="numeric">{t('statistics.inProgressAtMonthEnd')}</th>
                </tr>
              </thead>
              <tbody>
                {months.data.months.map(({ month, figures: f, inProgressAtMonthEnd }) => (
                  <tr key={month} data-month={month}>
                    <th scope="row" className="nowrap">{formatMonth(month, lang)}</th>
                    <td className="numeric" data-field="received">{text.count(f.received, f.suppressed, 'received')}</td>
                    <td className="numeric" data-field="completed">{text.count(f.completed, f.suppressed, 'completed')}</td>
                    <td className="numeric" data-field="rejected">{text.count(f.rejected, f.suppressed, 'rejected')}</td>
                    <td className="numeric" data-field="median">{text.days(f.medianProcessingDays, f.suppressed, 'medianProcessingDays')}</td>
                    <td className="numeric" data-field="p90">{text.days(f.p90ProcessingDays, f.suppressed, 'p90ProcessingDays')}</td>
                    <td className="numeric" data-field="inProgressAtMonthEnd">{text.count(inProgressAtMonthEnd, f.suppressed, 'inProgressAtMonthEnd')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableDetails>
        </section>
      )}

      {types.data && (
        <section aria-labelledby="stat-processing-title" className="stat-section">
          <h2 id="stat-processing-title">{t('statistics.processingTitle')}</h2>
          <ProcessingChart data={types.data} />
          <TableDetails label={t('statistics.processingTitle')}>
            <table>
              <caption>{t('statistics.processingTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.licenceType')}</th>
                  <th scope="col" className="numeric">{t('statistics.decided')}</th>
                  <th scope="col" className="numeric">{t('statistics.medianShort')}</th>
                  <th scope="col" className="numeric">{t('statistics.p90Short')}</th>
                  <th scope="col" className="numeric">{t('statistics.statutoryShort')}</th>
                  <th scope="col" className="numeric">{t('statistics.onTime')}</th>
                  <th scope="col" className="numeric">{t('statistics.inProgress')}</th>
                  <th scope="col" className="numeric">{t('statistics.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {types.data.items.map(({ licenceType, statutoryDays, figures: f, now }) => (
                  <tr key={licenceType.slug} data-licence-type={licenceType.slug}>
                    <th scope="row">{pick(licenceType.name, lang)}</th>
                    <td className="numeric" data-field="decided">{text.count(f.decided, f.suppressed, 'decided')}</td>
                    <td className="numeric" data-field="median">{text.days(f.medianProcessingDays, f.suppressed, 'medianProcessingDays')}</td>
                    <td className="numeric" data-field="p90">{text.days(f.p90ProcessingDays, f.suppressed, 'p90ProcessingDays')}</td>
                    <td className="numeric" data-field="statutory">{statutoryDays != null ? t('statistics.days', { count: statutoryDays }) : t('statistics.none')}</td>
                    <td className="numeric" data-field="onTime">{text.share(f.onTimeShare, f.suppressed, 'onTimeShare')}</td>
                    <td className="numeric" data-field="inProgress">{text.count(now.inProgress, now.suppressed, 'inProgress')}</td>
                    <td className="numeric" data-field="overdue">{text.count(now.overdue, now.suppressed, 'overdue')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableDetails>
        </section>
      )}

      {data && (
        <section aria-labelledby="stat-channels-title" className="stat-section">
          <h2 id="stat-channels-title">{t('statistics.channelsTitle')}</h2>
          <ChannelChart figures={data.figures} />
          <TableDetails label={t('statistics.channelsTitle')}>
            <table>
              <caption>{t('statistics.channelsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.channel')}</th>
                  <th scope="col" className="numeric">{t('statistics.payments')}</th>
                  <th scope="col" className="numeric">{t('statistics.share')}</th>
                </tr>
              </thead>
              <tbody>
                {data.figures.paymentChannels.map(({ method, payments, share }) => (
                  <tr key={method} data-channel={method}>
                    <th scope="row">{t(`statistics.channels.${method}`, { defaultValue: method })}</th>
                    <td className="numeric" data-field="payments">{text.count(payments, data.figures.suppressed, `paymentChannels.${method}.payments`)}</td>
                    <td className="numeric" data-field="share">{text.share(share, data.figures.suppressed, `paymentChannels.${method}.share`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableDetails>
        </section>
      )}

      {offices.data && offices.data.items.length > 0 && (
        <section aria-labelledby="stat-offices-title" className="stat-section">
          <h2 id="stat-offices-title">{t('statistics.officesTitle')}</h2>
          <TableWrap label={t('statistics.officesTitle')}>
            <table>
              <caption className="visually-hidden">{t('statistics.officesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.office')}</th>
                  <th scope="col" className="numeric">{t('statistics.received')}</th>
                  <th scope="col" className="numeric">{t('statistics.completed')}</th>
                  <th scope="col" className="numeric">{t('statistics.rejected')}</th>
                  <th scope="col" className="numeric">{t('statistics.medianShort')}</th>
                  <th scope="col" className="numeric">{t('statistics.onTime')}</th>
                  <th scope="col" className="numeric">{t('statistics.inProgress')}</th>
                  <th scope="col" className="numeric">{t('statistics.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {offices.data.items.map(({ office, figures: f, now }) => (
                  <tr key={office.id} data-office={office.id}>
                    <th scope="row">{pick(office.name, lang)}</th>
                    <td className="numeric" data-field="received">{text.count(f.received, f.suppressed, 'received')}</td>
                    <td className="numeric" data-field="completed">{text.count(f.completed, f.suppressed, 'completed')}</td>
                    <td className="numeric" data-field="rejected">{text.count(f.rejected, f.suppressed, 'rejected')}</td>
                    <td className="numeric" data-field="median">{text.days(f.medianProcessingDays, f.suppressed, 'medianProcessingDays')}</td>
                    <td className="numeric" data-field="onTime">{text.share(f.onTimeShare, f.suppressed, 'onTimeShare')}</td>
                    <td className="numeric" data-field="inProgress">{text.count(now.inProgress, now.suppressed, 'inProgress')}</td>
                    <td className="numeric" data-field="overdue">{text.count(now.overdue, now.suppressed, 'overdue')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}

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
