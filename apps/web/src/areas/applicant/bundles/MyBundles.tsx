import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { formatDate, pick } from '../../../lib/format';
import { NS } from './setup';

/** "คำขอรวมของฉัน" on the applications page: each bundle with its licences' count and drafts, linked to its page; nothing when she has none. */
export function MyBundles() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const bundles = useQuery({ queryKey: ['bundles'], queryFn: () => unwrap(api.GET('/bundles')) });
  if (!bundles.data?.length) return null;
  return (
    <section aria-labelledby="my-bundles-title">
      <h2 id="my-bundles-title">{t('bundle.list')}</h2>
      <ul>
        {bundles.data.map((b) => (
          <li key={b.id}>
            <Link to={`/bundles/${b.id}`}>
              {pick(b.business.name, lang)} – {t('bundle.reference')} {b.referenceNumber}
            </Link>{' '}
            <span className="hint">{t('bundle.listFacts', { count: b.applications.length, drafts: b.drafts, date: formatDate(b.createdAt, lang) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
