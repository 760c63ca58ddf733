import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser title ("Error: " first while the page shows errors, as GOV.UK asks) and the page's h1. */
export function PageTitle({ title, hasErrors = false, caption }: { title: string; hasErrors?: boolean; caption?: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${hasErrors ? t('errorPrefix') : ''}${title} – ${t('portal.name')}`;
  }, [title, hasErrors, t]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1>{title}</h1>
    </>
  );
}
