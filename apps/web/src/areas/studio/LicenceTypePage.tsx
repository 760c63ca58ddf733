import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, pick } from '../../lib/format';
import { VersionStatusTag } from './common';
import { useLicenceTypes, useVersions } from './data';

/** `/studio/licence-types/:slug`: its versions (draft, published, who, when, running applications) and a comparison of two. */
export default function LicenceTypePage() {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const slug = useParams().slug ?? '';
  const navigate = useNavigate();
  const versions = useVersions(slug);
  const type = useLicenceTypes().data?.find((x) => x.slug === slug);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  if (versions.isPending) return <Loading />;
  if (versions.isError) return <Problem error={versions.error} />;
  const rows = versions.data;
  const latest = rows[rows.length - 1];
  const fromValue = from || String(rows.length > 1 ? rows[rows.length - 2].version : latest.version);
  const toValue = to || String(latest.version);
  return (
    <>
      <BackLink to="/studio/licence-types">{t('types.title')}</BackLink>
      <PageTitle title={type ? pick(type.name, lang) : slug} caption={t('type.caption', { slug })} />
      <h2>{t('type.versions')}</h2>
      <div className="table-wrap">
        <table className="responsive-table">
          <caption className="visually-hidden">{t('type.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('type.columns.version')}</th>
              <th scope="col">{t('type.columns.status')}</th>
              <th scope="col">{t('type.columns.drafted')}</th>
              <th scope="col">{t('type.columns.published')}</th>
              <th scope="col">{t('type.columns.running')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.version}>
                <td data-label={t('type.columns.version')}>
                  <Link to={`/studio/licence-types/${slug}/versions/${v.version}`}>{t('type.versionLink', { version: v.version })}</Link>
                </td>
                <td data-label={t('type.columns.status')}>
                  <VersionStatusTag status={v.status} />
                </td>
                <td data-label={t('type.columns.drafted')}>
                  {v.createdBy} · {formatDateTime(v.createdAt, lang)}
                </td>
                <td data-label={t('type.columns.published')}>{v.publishedAt ? `${v.publishedBy ?? ''} · ${formatDateTime(v.publishedAt, lang)}` : t('type.notPublished')}</td>
                <td data-label={t('type.columns.running')}>{t('type.runningCount', { count: v.runningApplications })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-group">
        <Link className="button button--secondary" to={`/studio/licence-types/${slug}/versions/${latest.version}/edit`}>
          {t('type.newDraft', { version: latest.version })}
        </Link>
        {rows.filter((v) => v.status !== 'draft').length > 1 && (
          <Link className="button button--secondary" to={`/studio/licence-types/${slug}/migrations`}>
            {t('migrations.link')}
          </Link>
        )}
      </div>
      {rows.length > 1 && (
        <form
          className="compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(`/studio/licence-types/${slug}/diff?from=${fromValue}&to=${toValue}`);
          }}
        >
          <h2>{t('type.compare')}</h2>
          <div className="compare-form__fields">
            <div className="form-group">
              <label htmlFor="compare-from">{t('type.compareFrom')}</label>
              <select id="compare-from" value={fromValue} onChange={(e) => setFrom(e.target.value)}>
                {rows.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('type.versionLink', { version: v.version })}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label htmlFor="compare-to">{t('type.compareTo')}</label>
              <select id="compare-to" value={toValue} onChange={(e) => setTo(e.target.value)}>
                {rows.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('type.versionLink', { version: v.version })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button className="button" type="submit">
            {t('type.compareButton')}
          </button>
        </form>
      )}
    </>
  );
}
