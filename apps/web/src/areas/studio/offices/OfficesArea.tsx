import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { isSystemAdmin, useSession } from '../../../lib/session';
import './setup';

/** Every /studio/offices page: inside RequireSignIn, and only for a system administrator; anyone else is told plainly. */
export default function OfficesArea() {
  const session = useSession();
  if (!isSystemAdmin(session.data)) return <NotForYourRole />;
  return <Outlet />;
}

function NotForYourRole() {
  const { t } = useTranslation('studio-offices');
  return (
    <>
      <PageTitle title={t('refused.title')} />
      <p>{t('refused.body')}</p>
      <p>{t('refused.way')}</p>
      <p>
        <Link to="/">{t('refused.home')}</Link>
      </p>
    </>
  );
}
