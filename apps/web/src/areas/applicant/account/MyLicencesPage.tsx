import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/Chrome';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, pick } from '../../../lib/format';
import { useMyLicences } from './data';
import type { LicenceView } from './types';
import './setup';

export function licenceColour(status: LicenceView['status']) {
  if (status === 'valid') return 'green' as const;
  if (status === 'suspended' || status === 'pending' || status === 'issuing') return 'yellow' as const;
  if (status === 'revoked') return 'red' as const;
  return 'grey' as const;
}

export default function MyLicencesPage() {
  const { t, i18n } = useTranslation('account');
  const licences = useMyLicences();
  const lang = i18n.language;
  return (
    <>
      <PageTitle title={t('licences.title')} />
      <p className="lead">{t('licences.lead')}</p>
      {licences.isPending && <Loading />}
      {licences.isError && <Problem error={licences.error} retry={() => licences.refetch()} />}
      {licences.data && licences.data.length === 0 && <p>{t('licences.none')}</p>}
      {licences.data && licences.data.length > 0 && (
        <ul className="app-list">
          {licences.data.map((l) => {
            const name = pick(l.licenceType.name, lang);
            return (
              <li key={l.number} className="app-list__item">
                <h2 className="h3" style={{ fontSize: '1.25rem' }}>
                  <Link to={`/licences/${encodeURIComponent(l.number)}`}>{name}</Link>
                </h2>
                <dl className="app-list__facts">
                  <dt>{t('licences.number')}</dt>
                  <dd>{l.number}</dd>
                  <dt>{t('licences.status')}</dt>
                  <dd>
                    <Tag colour={licenceColour(l.status)}>{pick(l.statusLabel, lang)}</Tag>
                  </dd>
                  {l.holder && (
                    <>
                      <dt>{t('licences.holder')}</dt>
                      <dd>{l.holder.name}</dd>
                    </>
                  )}
                  <dt>{t('licences.validUntil')}</dt>
                  <dd>{l.validUntil ? formatDate(l.validUntil, lang) : t('licences.noExpiry')}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
