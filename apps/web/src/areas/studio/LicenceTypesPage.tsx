import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import { useLicenceTypes } from './data';

/** `/studio/licence-types`: every licence type, unpublished ones included, with its current version and drafts. */
export default function LicenceTypesPage() {
  const { t, i18n } = useTranslation('studio');
  const types = useLicenceTypes();
  return (
    <>
      <BackLink to="/studio">{t('home.title')}</BackLink>
      <PageTitle title={t('types.title')} />
      <p>{t('types.lead')}</p>
      <Link className="button" to="/studio/licence-types/new">
        {t('types.create')}
      </Link>
      {types.isPending ? (
        <Loading />
      ) : types.isError ? (
        <Problem error={types.error} retry={() => void types.refetch()} />
      ) : (
        <div className="table-wrap">
          <table className="responsive-table">
            <caption className="visually-hidden">{t('types.caption', { count: types.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('types.columns.name')}</th>
                <th scope="col">{t('types.columns.level')}</th>
                <th scope="col">{t('types.columns.current')}</th>
                <th scope="col">{t('types.columns.latest')}</th>
                <th scope="col">{t('types.columns.drafts')}</th>
              </tr>
            </thead>
            <tbody>
              {types.data.map((type) => (
                <tr key={type.slug}>
                  <td data-label={t('types.columns.name')}>
                    <Link to={`/studio/licence-types/${type.slug}`}>{pick(type.name, i18n.language)}</Link>
                    <br />
                    <code className="hint">{type.slug}</code>
                  </td>
                  <td data-label={t('types.columns.level')}>{t(`levels.${type.agencyLevel}`, { defaultValue: type.agencyLevel })}</td>
                  <td data-label={t('types.columns.current')}>{type.currentVersion ?? t('types.notPublished')}</td>
                  <td data-label={t('types.columns.latest')}>{type.latestVersion}</td>
                  <td data-label={t('types.columns.drafts')}>{type.drafts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
