import { NS } from './setup';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, pick } from '../../lib/format';
import type { ComplaintSummary } from './complaints-api';

/** A list of complaints: reference (a link to `href(id)`), the caller's side when `withSide`, licence, category, status, date. */
export function ComplaintTable({ items, caption, href, withSide = false }: { items: ComplaintSummary[]; caption: string; href: (id: string) => string; withSide?: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="complaint-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mine.reference')}</th>
            {withSide && <th scope="col">{t('mine.side')}</th>}
            <th scope="col">{t('mine.licence')}</th>
            <th scope="col">{t('mine.category')}</th>
            <th scope="col">{t('mine.status')}</th>
            <th scope="col">{t('mine.filed')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={href(c.id)}>{c.reference}</Link>
              </th>
              {withSide && <td data-label={t('mine.side')}>{t(`mine.sides.${c.side}`)}</td>}
              <td data-label={t('mine.licence')}>
                {c.licenceNumber}
                <br />
                <span className="hint">{pick(c.licenceType.name, lang)}</span>
              </td>
              <td data-label={t('mine.category')}>{pick(c.categoryLabel, lang)}</td>
              <td data-label={t('mine.status')}>{pick(c.outcomeLabel ?? c.statusLabel, lang)}</td>
              <td data-label={t('mine.filed')}>{formatDate(c.createdAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
