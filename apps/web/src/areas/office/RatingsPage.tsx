import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { NotForYourRole } from './OfficeArea';
import { useLicenceTypeNames, useOfficeRatings, type OfficeRating } from './data';

/** Ratings a page unless the address asks for another size (`?limit=`, 1–100 as the API allows). */
export const RATINGS_PAGE_SIZE = 20;
/** The roles GET /satisfaction/office answers (approvers and signers do not read applicants' comments). */
const READERS = ['officer', 'head_of_office'];

/** `?limit=` when it is a whole number from 1 to 100, else null (the page size applies). */
export function limitOf(value: string | null): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null;
  const limit = Number(value);
  return limit >= 1 && limit <= 100 ? limit : null;
}

/** `/office/ratings`: the office's applicants' satisfaction ratings and comments, newest first, a page at a time. */
export default function RatingsPage() {
  const { t } = useTranslation('office');
  const me = useSession().data!;
  if (!me.roles.some((r) => READERS.includes(r))) return <NotForYourRole isApplicant={false} only={t('ratings.readersOnly')} />;
  return <Ratings />;
}

function Ratings() {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const [search] = useSearchParams();
  const asked = limitOf(search.get('limit'));
  const before = search.get('before') || undefined;
  const ratings = useOfficeRatings(asked ?? RATINGS_PAGE_SIZE, before);
  const names = useLicenceTypeNames();
  // The cursor goes into the address, so the back button and a bookmark return to the same page.
  const here = (cursor?: string) => {
    const params = new URLSearchParams();
    if (asked) params.set('limit', String(asked));
    if (cursor) params.set('before', cursor);
    const text = params.toString();
    return `/office/ratings${text ? `?${text}` : ''}`;
  };

  // Another page of the same address (older, newest, or back): focus moves to the list's heading, so a screen reader
  // starts at the new ratings rather than at a link that is gone.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(before);
  useEffect(() => {
    if (shown.current === before) return;
    shown.current = before;
    heading.current?.focus();
  }, [before]);

  // The rows wait for the licence types' names too (a failed list of names leaves the slugs).
  const pending = ratings.isPending || names.isPending;
  const items = (!pending && ratings.data?.items) || [];
  const none = !pending && !!ratings.data && items.length === 0;
  return (
    <>
      <BackLink to="/office">{t('review.back')}</BackLink>
      <PageTitle title={t('ratings.title')} />
      <p>{t('ratings.lead')}</p>
      <div className="notice">
        <p>{t('ratings.private')}</p>
      </div>
      {!(none && !before) && (
        <h2 ref={heading} tabIndex={-1} className="ratings-heading">
          {before ? t('ratings.older') : t('ratings.newest')}
        </h2>
      )}
      {pending && !ratings.isError && <Loading />}
      {/* A refusal (a cursor that is not one of the office's ratings) will not change by asking again: no retry, the link to the newest below. */}
      {ratings.isError && <Problem error={ratings.error} retry={ratings.error instanceof ApiError && ratings.error.status < 500 ? undefined : () => void ratings.refetch()} />}
      {none && <p>{before ? t('ratings.noOlder') : t('ratings.empty')}</p>}
      {items.length > 0 && (
        <table className="queue-table ratings-table">
          <caption className="visually-hidden">{t('ratings.caption', { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ratings.columns.trackingNumber')}</th>
              <th scope="col">{t('ratings.columns.ratedAt')}</th>
              <th scope="col">{t('ratings.columns.licence')}</th>
              <th scope="col">{t('ratings.columns.score')}</th>
              <th scope="col">{t('ratings.columns.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <RatingRow key={item.id} item={item} licence={names.data?.get(item.licenceType)} lang={lang} />
            ))}
          </tbody>
        </table>
      )}
      {(before || (!pending && ratings.data?.nextBefore)) && (
        <nav className="pagination" aria-label={t('ratings.pages')}>
          {before && <Link to={here()}>{t('ratings.newestLink')}</Link>}
          {!pending && ratings.data?.nextBefore && (
            <Link to={here(ratings.data.nextBefore)} rel="next">
              {t('ratings.olderLink')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

function RatingRow({ item, licence, lang }: { item: OfficeRating; licence: { th: string; en?: string } | undefined; lang: string }) {
  const { t } = useTranslation('office');
  return (
    <tr>
      <th scope="row" className="ratings-table__number">
        <Link to={`/office/applications/${item.applicationId}`}>{item.trackingNumber}</Link>
      </th>
      <td data-label={t('ratings.columns.ratedAt')} className="ratings-table__date">
        <time dateTime={item.ratedAt}>{formatDateTime(item.ratedAt, lang)}</time>
      </td>
      {/* The licence type's name; its slug when the list of types has none for it or could not be read. */}
      <td data-label={t('ratings.columns.licence')}>{licence ? pick(licence, lang) : item.licenceType}</td>
      <td data-label={t('ratings.columns.score')} className="ratings-table__score">
        {t('ratings.score', { score: item.score, label: t(`satisfactionScores.${item.score}`, { ns: 'common' }) })}
      </td>
      <td data-label={t('ratings.columns.comment')} className="ratings-table__comment">
        {item.comment === null ? <span className="muted">{t('ratings.noComment')}</span> : <span className="satisfaction-comment">{item.comment}</span>}
      </td>
    </tr>
  );
}
