import { NS } from './setup';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import { useBusinesses } from './public-api';

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, '');

export default function BusinessesPage() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const other = lang === 'en' ? 'th' : 'en';
  const businesses = useBusinesses();
  const [q, setQ] = useState('');
  const wanted = fold(q);
  const shown = (businesses.data ?? [])
    .filter((b) => !wanted || [b.slug, b.name.th, b.name.en].some((text) => fold(text).includes(wanted)))
    .sort((a, b) => pick(a.name, lang).localeCompare(pick(b.name, lang), lang));
  return (
    <>
      <PageTitle title={t('businesses.title')} />
      <p className="lead">{t('businesses.lead')}</p>
      <div className="form-group">
        <label htmlFor="business-search">{t('businesses.search')}</label>
        <span className="hint" id="business-search-hint">
          {t('businesses.searchHint')}
        </span>
        <input id="business-search" type="search" aria-describedby="business-search-hint" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </div>
      {businesses.isPending && <Loading />}
      {businesses.isError && <Problem error={businesses.error} retry={() => businesses.refetch()} />}
      {businesses.data && (
        <>
          <p className="visually-hidden" role="status">
            {shown.length ? t('businesses.shown', { count: shown.length }) : t('businesses.none', { q })}
          </p>
          {shown.length === 0 && <p>{t('businesses.none', { q })}</p>}
          <ul className="card-list business-cards">
            {shown.map((b) => (
              <li key={b.slug} className="card card--link">
                <h2>
                  <Link to={`/businesses/${b.slug}`}>{pick(b.name, lang)}</Link>
                </h2>
                <p className="card__other" lang={other}>
                  {b.name[other]}
                </p>
                <p className="card__meta">{t('businesses.count', { count: b.licenceCount })}</p>
              </li>
            ))}
          </ul>
          <p className="hint">{t('businesses.notListed')}</p>
        </>
      )}
    </>
  );
}
