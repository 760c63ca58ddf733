import { NS } from './setup';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth, pick } from '../../lib/format';
import type { Figures, StatisticsLicenceTypes, StatisticsMonths } from './statistics-api';

/*
 * The dashboard's charts (recharts, SVG; only the statistics page imports this file, so recharts stays in that
 * page's chunk). Each chart is an image with a summary as its name (role="img", aria-label, <title>); the numbers are
 * in the table after it. Colours are GOV.UK's, each at least 4.5:1 against white, and never the only carrier of
 * meaning: every series is named in a legend or on its axis, and bars carry their value as text.
 */
const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';
const COLOURS = { blue: '#1d70b8', green: '#00703c', purple: '#4c2c92', grey: '#505a5f' } as const;
const TICK = { fill: TEXT, fontSize: 13 };
/** A bar's value label on one line: recharts breaks an SVG label at spaces when it is wider than the bar, so "30 วันทำการ" is joined by no-break spaces. */
const oneLine = (text: string) => text.replace(/ /g, '\u00a0');

function useNumber() {
  const { i18n } = useTranslation(NS);
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'th-TH');
}

export function MonthsChart({ data }: { data: StatisticsMonths }) {
  const { t, i18n } = useTranslation(NS);
  const number = useNumber();
  const lang = i18n.language;
  const rows = data.months.map((m) => ({ month: formatMonth(m.month, lang), received: m.figures.received, completed: m.figures.completed }));
  // A month whose count is suppressed adds nothing to the sum: the total is then "at least" (n+).
  const total = (key: 'received' | 'completed') =>
    number.format(data.months.reduce((s, m) => s + (m.figures[key] ?? 0), 0)) + (data.months.some((m) => m.figures.suppressed.includes(key)) ? '+' : '');
  const label = t('statistics.monthsChart', { from: formatMonth(data.period.from, lang, 'long'), to: formatMonth(data.period.to, lang, 'long'), received: total('received'), completed: total('completed') });
  return (
    <figure className="stat-chart" data-chart="months">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={rows} role="img" aria-label={label} title={t('statistics.monthsTitle')} desc={label} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={TICK} tickLine={false} minTickGap={8} />
          <YAxis allowDecimals={false} tick={TICK} width={44} tickFormatter={(n: number) => number.format(n)} />
          <Tooltip formatter={(value) => (value == null ? t('statistics.suppressed') : number.format(Number(value)))} />
          <Legend wrapperStyle={{ color: TEXT }} />
          <Bar dataKey="received" name={t('statistics.received')} fill={COLOURS.blue} isAnimationActive={false} />
          <Bar dataKey="completed" name={t('statistics.completed')} fill={COLOURS.green} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** One small chart per licence type (median, 90th percentile, statutory days): long Thai names read better as headings than as axis labels. */
export function ProcessingChart({ data }: { data: StatisticsLicenceTypes }) {
  const { t, i18n } = useTranslation(NS);
  const number = useNumber();
  const lang = i18n.language;
  const items = data.items.filter((i) => i.figures.decided !== 0);
  if (!items.length) return <p>{t('statistics.processingNone')}</p>;
  const days = (n: number | null, hidden: boolean) => oneLine(n != null ? `${number.format(n)} ${t('statistics.unitDays')}` : hidden ? t('statistics.suppressed') : '–');
  return (
    <figure className="stat-chart" data-chart="processing" aria-label={t('statistics.processingChart', { count: items.length })}>
      <ul className="stat-multiples">
        {items.map(({ licenceType, statutoryDays, figures: f }) => {
          const name = pick(licenceType.name, lang);
          const hidden = f.suppressed.includes('medianProcessingDays');
          // A value not shown draws no bar (0), its label says why.
          const rows = [
            { name: t('statistics.medianShort'), value: f.medianProcessingDays ?? 0, label: days(f.medianProcessingDays, hidden), fill: COLOURS.blue },
            { name: t('statistics.p90Short'), value: f.p90ProcessingDays ?? 0, label: days(f.p90ProcessingDays, hidden), fill: COLOURS.purple },
            { name: t('statistics.statutoryShort'), value: statutoryDays ?? 0, label: days(statutoryDays, false), fill: COLOURS.grey },
          ];
          const summary = `${name}: ${rows.map((r) => `${r.name} ${r.label}`).join(', ')}`;
          return (
            <li key={licenceType.slug} data-licence-type={licenceType.slug}>
              <h3 className="stat-multiples__title">{name}</h3>
              <ResponsiveContainer width="100%" height={132}>
                <BarChart data={rows} layout="vertical" role="img" aria-label={summary} title={name} desc={summary} margin={{ top: 0, right: 120, bottom: 0, left: 0 }}>
                  <XAxis type="number" hide allowDecimals={false} domain={[0, 'dataMax']} />
                  <YAxis type="category" dataKey="name" tick={TICK} width={104} tickLine={false} />
                  <Bar dataKey="value" isAnimationActive={false} barSize={22} minPointSize={2}>
                    {rows.map((r) => (
                      <Cell key={r.name} fill={r.fill} />
                    ))}
                    <LabelList dataKey="label" position="right" fill={TEXT} fontSize={13} />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

export function ChannelChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation(NS);
  const number = useNumber();
  // No payment at all: nothing to draw. Fewer than 5 (null): the chart stands, each bar labelled "fewer than 5" or –.
  if (figures.payments === 0) return <p>{t('statistics.channelsNone')}</p>;
  const percent = (share: number | null, payments: number | null, method: string) =>
    share != null ? `${Math.round(share * 1000) / 10}%` : payments === 0 ? '0%' : figures.suppressed.includes(`paymentChannels.${method}.payments`) ? t('statistics.suppressed') : '–';
  const rows = figures.paymentChannels.map((c) => ({
    name: t(`statistics.channels.${c.method}`, { defaultValue: c.method }),
    value: c.share != null ? Math.round(c.share * 1000) / 10 : 0,
    label: oneLine(percent(c.share, c.payments, c.method)),
  }));
  const label = `${t('statistics.channelsChart', { payments: figures.payments != null ? number.format(figures.payments) : t('statistics.suppressed') })} ${rows.map((r) => `${r.name} ${r.label}`).join(', ')}`;
  return (
    <figure className="stat-chart" data-chart="channels">
      <ResponsiveContainer width="100%" height={40 * rows.length + 20}>
        <BarChart data={rows} layout="vertical" role="img" aria-label={label} title={t('statistics.channelsTitle')} desc={label} margin={{ top: 0, right: 96, bottom: 0, left: 0 }}>
          <XAxis type="number" hide domain={[0, 100]} />
          <YAxis type="category" dataKey="name" tick={TICK} width={150} tickLine={false} />
          <Bar dataKey="value" fill={COLOURS.blue} isAnimationActive={false} barSize={22} minPointSize={2}>
            <LabelList dataKey="label" position="right" fill={TEXT} fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** How many applicants gave each score, 5 (very satisfied) at the top; each bar carries its count and share as text. */
export function ScoreChart({ distribution, ratings }: { distribution: { score: number; count: number }[]; ratings: number }) {
  const { t } = useTranslation(NS);
  const number = useNumber();
  const rows = [...distribution]
    .sort((a, b) => b.score - a.score)
    .map((d) => ({
      name: `${d.score} – ${t(`satisfactionScores.${d.score}`, { ns: 'common' })}`,
      value: d.count,
      text: `${number.format(d.count)} (${Math.round((d.count / ratings) * 1000) / 10}%)`,
    }))
    .map((r) => ({ ...r, label: oneLine(r.text) }));
  const label = `${t('statistics.scoresChart', { ratings: number.format(ratings) })} ${rows.map((r) => `${r.name} ${r.text}`).join(', ')}`;
  return (
    <figure className="stat-chart" data-chart="scores">
      <ResponsiveContainer width="100%" height={40 * rows.length + 20}>
        <BarChart data={rows} layout="vertical" role="img" aria-label={label} title={t('statistics.scoresTitle')} desc={label} margin={{ top: 0, right: 110, bottom: 0, left: 0 }}>
          <XAxis type="number" hide allowDecimals={false} domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="name" tick={TICK} width={150} tickLine={false} />
          <Bar dataKey="value" fill={COLOURS.green} isAnimationActive={false} barSize={22} minPointSize={2}>
            <LabelList dataKey="label" position="right" fill={TEXT} fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
