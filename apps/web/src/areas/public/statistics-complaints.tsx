import { NS } from './setup';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Problem } from '../../components/Feedback';
import { pick } from '../../lib/format';
import { Figure, FiguresTable, TableWrap } from './statistics-tables';

/** Complaints about licensed premises made in the dashboard's months (issue 17 part 4): counts by status, outcome and office. */
export function ComplaintsSection({ period }: { period: { from: string; to: string } | undefined }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'th-TH');
  const answer = useQuery({
    queryKey: ['statistics', 'complaints', period],
    queryFn: () => unwrap(api.GET('/statistics/complaints', { params: { query: { from: period!.from, to: period!.to } } })),
    enabled: !!period,
  });
  const data = answer.data;
  const count = (n: number) => number.format(n);
  return (
    <section aria-labelledby="stat-complaints-title" className="stat-section" data-section="complaints">
      <h2 id="stat-complaints-title">{t('statistics.complaintsTitle')}</h2>
      <p>{t('statistics.complaintsLead')}</p>
      {answer.isError && <Problem error={answer.error} retry={() => answer.refetch()} />}
      {data && (
        <>
          <dl className="stat-figures">
            <Figure name="complaints" label={t('statistics.complaintsReceived')}>
              {count(data.received)}
            </Figure>
          </dl>
          {data.received === 0 ? (
            <p>{t('statistics.complaintsNone')}</p>
          ) : (
            <>
              {(
                [
                  ['status', t('statistics.complaintsByStatus'), t('statistics.complaintsStatus'), data.byStatus],
                  ['outcome', t('statistics.complaintsByOutcome'), t('statistics.complaintsOutcome'), data.byOutcome],
                ] as const
              ).map(([key, title, header, rows]) => (
                <div key={key}>
                  <h3>{title}</h3>
                  <TableWrap label={title}>
                    <FiguresTable
                      caption={title}
                      hideCaption
                      rows={[...rows]}
                      rowData={(r) => [`complaints-${key}`, r.key]}
                      rowHeader={{ header, cell: (r) => pick(r.label, lang) }}
                      columns={[{ field: 'count', header: t('statistics.complaintsCount'), cell: (r) => count(r.count) }]}
                    />
                  </TableWrap>
                </div>
              ))}
              <h3>{t('statistics.complaintsByOffice')}</h3>
              <TableWrap label={t('statistics.complaintsByOffice')}>
                <FiguresTable
                  caption={t('statistics.complaintsByOffice')}
                  hideCaption
                  rows={data.offices}
                  rowData={(o) => ['complaints-office', o.office.id]}
                  rowHeader={{ header: t('statistics.complaintsOffice'), cell: (o) => pick(o.office.name, lang) || o.office.id }}
                  columns={[
                    { field: 'received', header: t('statistics.complaintsCount'), cell: (o) => count(o.received) },
                    ...data.byOutcome.map((outcome) => ({ field: outcome.key, header: pick(outcome.label, lang), cell: (o: (typeof data.offices)[number]) => count(o.byOutcome.find((b) => b.key === outcome.key)?.count ?? 0) })),
                  ]}
                />
              </TableWrap>
            </>
          )}
        </>
      )}
    </section>
  );
}
