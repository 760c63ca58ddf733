import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { isOfficeStaff, useSession } from '../../lib/session';
import './setup';

/** Every /office page: inside RequireSignIn, and only for an office role; anyone else is told plainly. */
export default function OfficeArea() {
  const session = useSession();
  if (!isOfficeStaff(session.data)) return <NotForYourRole isApplicant={!!session.data?.roles.includes('applicant')} />;
  return <Outlet />;
}

/**
 * The refusal: the page is for other roles (an office role; the dashboard: the head of office; `only`: the page's own
 * words for whom it is open), and the way back.
 */
export function NotForYourRole({ isApplicant, headOnly = false, only }: { isApplicant: boolean; headOnly?: boolean; only?: string }) {
  const { t } = useTranslation('office');
  const limited = only ?? (headOnly ? t('dashboard.headOnly') : undefined);
  return (
    <>
      <PageTitle title={t('refused.title')} />
      <p>{limited ?? t('refused.body')}</p>
      {isApplicant ? (
        <>
          <p>{t('refused.applicant')}</p>
          <Link className="button" to="/applications">
            {t('refused.myApplications')}
          </Link>
        </>
      ) : limited ? (
        <p>
          <Link to="/office">{t('review.back')}</Link>
        </p>
      ) : (
        <p>{t('refused.staff')}</p>
      )}
    </>
  );
}
