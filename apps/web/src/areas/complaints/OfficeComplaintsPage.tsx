import { NS } from './setup';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { complaintKeys } from './complaints-api';
import { ComplaintTable } from './ComplaintTable';

const STATUSES = ['received', 'accepted', 'inspected', 'closed', 'dismissed'] as const;
/** `/office/complaints`: the office's complaints, newest first, by status (`?status=`, so a view can be bookmarked). */
export default function OfficeComplaintsPage() {
  const { t } = useTranslation(NS);
  const [search] = useSearchParams();
  const asked = search.get('status');
  const status = STATUSES.find((s) => s === asked);
  const list = useQuery({ queryKey: complaintKeys.office(status ?? ''), queryFn: () => unwrap(api.GET('/complaints/office', { params: { query: status ? { status } : {} } })) });
  const items = list.data?.items ?? [];
  return (
    <>
      <BackLink to="/office">{t('office.back')}</BackLink>
      <PageTitle title={t('office.listTitle')} />
      <p>{t('office.listLead')}</p>
      <nav aria-label={t('office.filter')}>
        <ul className="complaint-filter">
          <li>{status ? <Link to="/office/complaints">{t('office.all')}</Link> : <strong aria-current="page">{t('office.all')}</strong>}</li>
          {STATUSES.map((s) => (
            <li key={s}>{status === s ? <strong aria-current="page">{t(`office.statuses.${s}`)}</strong> : <Link to={`/office/complaints?status=${s}`}>{t(`office.statuses.${s}`)}</Link>}</li>
          ))}
        </ul>
      </nav>
      {list.isPending && <Loading />}
      {list.isError && <Problem error={list.error} retry={() => void list.refetch()} />}
      {list.data && items.length === 0 && <p>{t('office.none')}</p>}
      {items.length > 0 && (
        <ComplaintTable items={items} caption={t('office.caption', { count: items.length })} href={(id) => `/office/complaints/${id}`} />
      )}
    </>
  );
}
