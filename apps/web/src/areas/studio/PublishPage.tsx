import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/format';
import { apiErrors, useSlugVersion } from './common';
import { usePublish, useVersions } from './data';

/**
 * `/studio/licence-types/:slug/versions/:version/publish`: the confirmation before publishing (GOV.UK: one thing per
 * page): new applications will start on this version, and how many running applications stay on each older one.
 */
export default function PublishPage() {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const { slug, version } = useSlugVersion();
  const versions = useVersions(slug);
  const publish = usePublish(slug, version);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  if (versions.isPending) return <Loading />;
  if (versions.isError) return <Problem error={versions.error} />;
  const target = versions.data.find((v) => v.version === version);
  const running = versions.data.filter((v) => v.version !== version && v.runningApplications > 0);
  const total = running.reduce((n, v) => n + v.runningApplications, 0);

  if (publish.data) {
    return (
      <>
        <div className="panel" role="status">
          <h1>{t('publish.done', { version })}</h1>
          <p className="panel__body">{formatDateTime(publish.data.publishedAt, lang)}</p>
        </div>
        <p>{t('publish.doneBody', { count: total })}</p>
        {total > 0 && (
          <p>
            <Link className="button button--secondary" to={`/studio/licence-types/${slug}/migrations`}>
              {t('migrations.afterPublish', { version })}
            </Link>
          </p>
        )}
        <p>
          <Link to={`/studio/licence-types/${slug}`}>{t('publish.toVersions')}</Link>
        </p>
      </>
    );
  }

  const submit = async () => {
    if (!confirmed) {
      setErrors([{ field: 'publish-confirm', message: t('publish.confirmMissing') }]);
      return;
    }
    try {
      await publish.mutateAsync();
    } catch (error) {
      setErrors(apiErrors(error, lang, 'publish-confirm'));
    }
  };

  return (
    <>
      <BackLink to={`/studio/licence-types/${slug}/versions/${version}`}>{t('editor.back', { version })}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('publish.title', { version })} caption={slug} hasErrors={errors.length > 0} />
      {target && target.status !== 'draft' ? (
        <p>{t('publish.notDraft')}</p>
      ) : (
        <>
          <p>{t('publish.lead')}</p>
          <div className="notice notice--warning" data-testid="publish-running">
            {total === 0 ? (
              <p>{t('publish.noneRunning')}</p>
            ) : (
              <>
                <p>
                  <strong>{t('publish.running', { count: total })}</strong>
                </p>
                <ul>
                  {running.map((v) => (
                    <li key={v.version}>{t('publish.runningOn', { count: v.runningApplications, version: v.version })}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <div className={'form-group' + (errors.length ? ' form-group--error' : '')}>
              {errors.length > 0 && <span className="error-message">{errors[0].message}</span>}
              <div className="choice">
                <input type="checkbox" id="publish-confirm" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                <label htmlFor="publish-confirm">{t('publish.confirm', { version })}</label>
              </div>
            </div>
            <button className="button" type="submit" disabled={publish.isPending}>
              {t('publish.submit', { version })}
            </button>
          </form>
        </>
      )}
    </>
  );
}
