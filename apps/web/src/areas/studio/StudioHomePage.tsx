import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { isSystemAdmin, useSession } from '../../lib/session';

/** `/studio`: what officials configure here: licence types and their workflows, business types, and (system administrators) offices. */
export default function StudioHomePage() {
  const { t } = useTranslation('studio');
  const session = useSession();
  const cards = [
    { to: '/studio/licence-types', title: t('home.licenceTypes'), body: t('home.licenceTypesBody') },
    { to: '/studio/businesses', title: t('home.businesses'), body: t('home.businessesBody') },
    ...(isSystemAdmin(session.data) ? [{ to: '/studio/offices', title: t('home.offices'), body: t('home.officesBody') }] : []),
  ];
  return (
    <>
      <PageTitle title={t('home.title')} />
      <p className="lead">{t('home.lead')}</p>
      <ul className="card-list">
        {cards.map((c) => (
          <li className="card" key={c.to}>
            <h2>
              <Link to={c.to}>{c.title}</Link>
            </h2>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
