import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { isWorkflowAdmin, useSession } from '../../lib/session';
import './setup';

/** Every /studio page: inside RequireSignIn, and only for workflow_admin; anyone else is told plainly, with the way back. */
export default function StudioArea() {
  const session = useSession();
  if (!isWorkflowAdmin(session.data)) return <NotForYourRole roles={session.data?.roles ?? []} />;
  return <Outlet />;
}

function NotForYourRole({ roles }: { roles: string[] }) {
  const { t } = useTranslation('studio');
  const staff = roles.some((r) => ['officer', 'approver', 'signer', 'head_of_office'].includes(r));
  return (
    <>
      <PageTitle title={t('refused.title')} />
      <p>{t('refused.body')}</p>
      {staff ? (
        <Link className="button" to="/office">
          {t('refused.office')}
        </Link>
      ) : roles.includes('applicant') ? (
        <Link className="button" to="/applications">
          {t('refused.myApplications')}
        </Link>
      ) : (
        <p>{t('refused.other')}</p>
      )}
    </>
  );
}
