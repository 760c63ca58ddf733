import { NS } from './setup';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../lib/format';
import { areaLine, subdistrictName } from './HearingRecord';
import { useFollows, useUnfollow } from './hearings-api';

/** `/account/hearing-follows` (signed in): the subdistricts she follows for new public hearings, each with "stop following". */
export default function FollowsPage() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const follows = useFollows(true);
  const unfollow = useUnfollow();
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const items = follows.data ?? [];
  return (
    <>
      <BackLink to="/account/notifications">{t('follows.settings')}</BackLink>
      <PageTitle title={t('follows.title')} />
      <p className="lead">{t('follows.lead')}</p>
      <div role="status">{notice?.kind === 'success' && <p className="notice notice--success">{notice.text}</p>}</div>
      {notice?.kind === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{notice.text}</p>
        </div>
      )}
      {follows.isPending && <Loading />}
      {follows.isError && <Problem error={follows.error} retry={() => void follows.refetch()} />}
      {follows.data && items.length === 0 && <p>{t('follows.none')}</p>}
      {items.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="follows-caption" tabIndex={0}>
          <table className="hearing-follows">
            <caption id="follows-caption">{t('follows.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('follows.area')}</th>
                <th scope="col">{t('follows.since')}</th>
                <th scope="col">{t('follows.action')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((f) => {
                const name = subdistrictName(f.subdistrict.code, f.subdistrict.name, lang);
                return (
                  <tr key={f.subdistrict.code} data-subdistrict={f.subdistrict.code}>
                    <th scope="row" data-label={t('follows.area')}>
                      <Link to={`/hearings?province=${f.province.code}&subdistrict=${f.subdistrict.code}`}>
                        {areaLine(f, lang)}
                        <span className="visually-hidden"> — {t('follows.see')}</span>
                      </Link>
                    </th>
                    <td data-label={t('follows.since')}>{formatDate(f.followedAt, lang)}</td>
                    <td data-label={t('follows.action')}>
                      <button
                        type="button"
                        className="link-button"
                        disabled={unfollow.isPending}
                        onClick={() =>
                          unfollow.mutate(f.subdistrict.code, {
                            onSuccess: () => setNotice({ kind: 'success', text: t('list.unfollowed', { name }) }),
                            onError: (error) => setNotice({ kind: 'error', text: error instanceof ApiError ? error.messageIn(lang) : String(error) }),
                          })
                        }
                      >
                        {t('list.unfollow', { name })}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to="/hearings">{t('follows.add')}</Link>
      </p>
    </>
  );
}
