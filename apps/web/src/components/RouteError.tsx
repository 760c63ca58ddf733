import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';

/** Shown when a page fails to load or throws: the user gets words, not a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : String((error as Error)?.message ?? error);
  return (
    <main id="main-content" className="main width-container">
      <PageTitle title={t('failed.title')} />
      <p>{t('failed.body', { message })}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  );
}
