import { NS } from './setup';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { complaintKeys } from './complaints-api';
import { ComplaintTable } from './ComplaintTable';

/** `/complaints` (signed in): the complaints she made and those accepted about licences she holds. */
export default function MyComplaintsPage() {
  const { t } = useTranslation(NS);
  const mine = useQuery({ queryKey: complaintKeys.mine, queryFn: () => unwrap(api.GET('/complaints/mine')) });
  const items = mine.data?.items ?? [];
  return (
    <>
      <PageTitle title={t('mine.title')} />
      <p className="lead">{t('mine.lead')}</p>
      <p>
        <Link className="button" to="/complaints/new">
          {t('mine.report')}
        </Link>
      </p>
      {mine.isPending && <Loading />}
      {mine.isError && <Problem error={mine.error} retry={() => void mine.refetch()} />}
      {mine.data && items.length === 0 && <p>{t('mine.none')}</p>}
      {items.length > 0 && (
        <ComplaintTable items={items} caption={t('mine.caption', { count: items.length })} href={(id) => `/complaints/${id}`} withSide />
      )}
    </>
  );
}
