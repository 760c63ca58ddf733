import { NS } from './setup';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { BackLink, SummaryList, Tag } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatDateTime, pick } from '../../lib/format';
import { cleanReference, complaintKeys } from './complaints-api';

/** `/complaints/status/:reference` (public): status, outcome and progress of a complaint, with no personal data. */
export default function ComplaintStatusResultPage() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const reference = cleanReference(useParams().reference ?? '');
  const status = useQuery({
    queryKey: complaintKeys.public(reference),
    queryFn: () => unwrap(api.GET('/complaint-status/{reference}', { params: { path: { reference } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  if (status.isPending) return <Loading />;
  if (status.isError) {
    const missing = status.error instanceof ApiError && status.error.status === 404;
    return (
      <>
        <BackLink to="/complaints/status">{t('status.another')}</BackLink>
        <PageTitle title={t('status.title')} />
        {missing ? <p>{t('status.notFound', { reference })}</p> : <Problem error={status.error} retry={() => void status.refetch()} />}
      </>
    );
  }
  const c = status.data;
  return (
    <>
      <BackLink to="/complaints/status">{t('status.another')}</BackLink>
      <PageTitle title={t('status.resultTitle', { reference: c.reference })} />
      <p>
        <Tag colour={c.status === 'closed' ? (c.outcome === 'no_action' ? 'green' : 'red') : c.status === 'dismissed' ? 'grey' : 'blue'}>{pick(c.statusLabel, lang)}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: 'licence', label: t('status.licence'), value: <Link to={`/verification/${encodeURIComponent(c.licenceNumber)}`}>{c.licenceNumber}</Link> },
          { key: 'type', label: t('status.licenceType'), value: pick(c.licenceType.name, lang) },
          { key: 'office', label: t('status.office'), value: pick(c.office.name, lang) },
          { key: 'category', label: t('status.category'), value: pick(c.categoryLabel, lang) },
          { key: 'filed', label: t('status.filed'), value: formatDate(c.filedAt, lang) },
          { key: 'status', label: t('status.status'), value: pick(c.statusLabel, lang) },
          ...(c.outcomeLabel ? [{ key: 'outcome', label: t('status.outcome'), value: pick(c.outcomeLabel, lang) }] : []),
          ...(c.warningDeadline ? [{ key: 'deadline', label: t('status.deadline'), value: formatDate(c.warningDeadline, lang) }] : []),
        ]}
      />
      <h2>{t('status.steps')}</h2>
      <ol className="complaint-history">
        {c.steps.map((s) => (
          <li key={s.status + s.at}>
            <p>
              <strong>{pick(s.label, lang)}</strong>
            </p>
            <p className="hint">{formatDateTime(s.at, lang)}</p>
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/verification/${encodeURIComponent(c.licenceNumber)}`}>{t('status.verify')}</Link>
      </p>
    </>
  );
}
