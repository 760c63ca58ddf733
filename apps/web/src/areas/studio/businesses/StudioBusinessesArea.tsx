import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { useSession } from '../../../lib/session';
import { NS } from './setup';

/** Every /studio/businesses page: inside RequireSignIn, and only for workflow administrators; anyone else is told plainly. */
export default function StudioBusinessesArea() {
  const { t } = useTranslation(NS);
  const session = useSession();
  if (!session.data?.roles.includes('workflow_admin')) {
    return (
      <>
        <PageTitle title={t('refused.title')} />
        <p>{t('refused.body')}</p>
        <p>
          <Link to="/">{t('refused.home')}</Link>
        </p>
      </>
    );
  }
  return <Outlet />;
}
