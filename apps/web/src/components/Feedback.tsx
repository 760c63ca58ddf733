import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useSessionEnded } from '../lib/session';
import { PageTitle } from './PageTitle';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/** A failed request in the user's language: the API's own message for a known code. */
export function Problem({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t, i18n } = useTranslation();
  const message = error instanceof ApiError ? error.messageIn(i18n.language) : String((error as Error)?.message ?? error);
  if (error instanceof ApiError && error.code === 'GRANT_NOT_ACTIVE') return <GrantStopped message={message} />;
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {retry && (
        <button type="button" className="button button--secondary" onClick={retry}>
          {t('failed.retry')}
        </button>
      )}
    </div>
  );
}

/** An agent whose grant was revoked or has expired, on any page of an application she filed under it: the refusal, and where to go. */
function GrantStopped({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('grantStopped.title')} />
      <div className="notice notice--error" role="alert">
        <p>{message}</p>
      </div>
      <p>{t('grantStopped.next')}</p>
      <p>
        <Link to="/filing-for-others">{t('grantStopped.link')}</Link>
      </p>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

export function SignInNeeded() {
  const { t } = useTranslation();
  const ended = useSessionEnded();
  const returnTo = window.location.pathname + window.location.search;
  return (
    <>
      <PageTitle title={t('signInNeeded.title')} />
      {ended ? (
        <div className="notice notice--warning" role="alert">
          <p>{t('signInNeeded.ended')}</p>
        </div>
      ) : (
        <p>{t('signInNeeded.body')}</p>
      )}
      <Link className="button" to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>
        {t('signInNeeded.action')}
      </Link>
    </>
  );
}
