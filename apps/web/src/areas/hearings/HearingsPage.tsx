import { NS } from './setup';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { HearingStatus, areaLine, subdistrictName } from './HearingRecord';
import { feedUrl, useFollow, useFollows, useHearings, useUnfollow, type HearingFilter } from './hearings-api';

type AreaItem = components['schemas']['AreaItemView'];

/** The provinces (no parent), a province's districts or a district's subdistricts; the same cache as the apply journey's lists. */
export function useAreaList(parent: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['public', 'areas', parent ?? ''],
    enabled,
    staleTime: 60 * 60_000,
    queryFn: () => unwrap(api.GET('/areas', { params: { query: parent ? { parent } : {} } })),
  });
}

const CODE = /^\d{2}(\d{2}(\d{2})?)?$/;

function filterOf(params: URLSearchParams): HearingFilter {
  const code = (name: string, length: number) => {
    const value = params.get(name) ?? '';
    return CODE.test(value) && value.length === length ? value : undefined;
  };
  const subdistrict = code('subdistrict', 6);
  return {
    province: code('province', 2) ?? subdistrict?.slice(0, 2),
    subdistrict,
    status: params.get('status') === 'closed' ? 'closed' : 'open',
    before: params.get('before') || undefined,
  };
}

/**
 * `/hearings`: the public hearings by area (province → district → subdistrict, kept in the address), newest first,
 * 20 a page, with the Atom feed of the same choice and, for a signed-in person, following the chosen subdistrict.
 */
export default function HearingsPage() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const list = useHearings(filter);
  const heading = useRef<HTMLHeadingElement>(null);
  const feed = feedUrl(filter);

  const apply = (next: HearingFilter) => {
    const kept = Object.entries({ province: next.province, subdistrict: next.subdistrict, status: next.status === 'closed' ? 'closed' : undefined }).filter((e): e is [string, string] => !!e[1]);
    setParams(new URLSearchParams(kept));
  };
  const pageTo = (before: string | undefined) => {
    const next = new URLSearchParams(params);
    if (before) next.set('before', before);
    else next.delete('before');
    setParams(next);
  };
  // Another page of the list: focus goes to the list's heading, as a screen reader would otherwise stay at the link.
  const paged = useRef(false);
  useEffect(() => {
    if (paged.current && list.data) heading.current?.focus();
  }, [filter.before, list.data]);

  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={t('list.feedTitle')} href={feed} />
      <PageTitle title={t('list.title')} />
      <p className="lead">{t('list.lead')}</p>
      <FilterForm filter={filter} onApply={apply} />
      <p>
        <a href={feed} className="hearing-feed">
          {t('list.feed')}
        </a>
        <span className="hint">{t('list.feedHint')}</span>
      </p>
      <Follow subdistrict={filter.subdistrict} />
      <h2 ref={heading} tabIndex={-1} id="hearings-title">
        {t(`list.statuses.${filter.status ?? 'open'}`)}
      </h2>
      {list.isPending && <Loading />}
      {list.isError && <Problem error={list.error} retry={list.error instanceof ApiError && list.error.status < 500 ? undefined : () => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p>{t('list.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <p className="hint">{t('list.showing', { count: list.data.items.length })}</p>
          <ul className="hearing-list" aria-labelledby="hearings-title">
            {list.data.items.map((h) => (
              <li key={h.id} className="hearing-card" data-reference={h.reference}>
                <h3 className="hearing-card__title">
                  <Link to={`/hearings/${h.id}`}>{h.businessName}</Link>
                </h3>
                <p className="hearing-card__type">{pick(h.licenceType.name, lang)}</p>
                <dl className="hearing-card__facts">
                  <div>
                    <dt>{t('list.reference')}</dt>
                    <dd>{h.reference}</dd>
                  </div>
                  <div>
                    <dt>{t('list.proposer')}</dt>
                    <dd>{h.proposer.name}</dd>
                  </div>
                  <div>
                    <dt>{t('list.where')}</dt>
                    <dd>
                      {h.premises.address}
                      <span className="hint hearing-area">{areaLine(h.premises, lang)}</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('list.period')}</dt>
                    <dd>
                      {formatDate(h.opensAt, lang)} – {formatDate(h.closesAt, lang)}
                    </dd>
                  </div>
                </dl>
                <p className="hearing-card__status">
                  <HearingStatus hearing={h} /> <span className="hint hearing-inline">{t('list.comments', { count: h.commentCount })}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-group">
        {list.data?.nextBefore && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              paged.current = true;
              pageTo(list.data.nextBefore ?? undefined);
            }}
          >
            {t('list.next')}
          </button>
        )}
        {filter.before && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              paged.current = true;
              pageTo(undefined);
            }}
          >
            {t('list.first')}
          </button>
        )}
      </div>
    </>
  );
}

/** Province → district → subdistrict and the status; a GET form, so without script it still lands on /hearings?…. */
function FilterForm({ filter, onApply }: { filter: HearingFilter; onApply: (next: HearingFilter) => void }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const [province, setProvince] = useState(filter.province ?? '');
  const [district, setDistrict] = useState(filter.subdistrict?.slice(0, 4) ?? '');
  const [subdistrict, setSubdistrict] = useState(filter.subdistrict ?? '');
  const [status, setStatus] = useState(filter.status ?? 'open');
  // The address changed (back, a link): the form shows it.
  useEffect(() => {
    setProvince(filter.province ?? '');
    setDistrict(filter.subdistrict?.slice(0, 4) ?? '');
    setSubdistrict(filter.subdistrict ?? '');
    setStatus(filter.status ?? 'open');
  }, [filter.province, filter.subdistrict, filter.status]);
  const provinces = useAreaList(undefined);
  const districts = useAreaList(province || undefined, !!province);
  const subdistricts = useAreaList(district || undefined, district.length === 4);
  const options = (items: AreaItem[] | undefined) =>
    (items ?? []).map((a) => (
      <option key={a.code} value={a.code}>
        {pick(a.name, lang)}
      </option>
    ));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ province: province || undefined, subdistrict: subdistrict || undefined, status: status === 'closed' ? 'closed' : 'open' });
  };
  return (
    <form method="get" action="/hearings" onSubmit={submit} noValidate className="hearing-filters">
      <fieldset>
        <legend>{t('list.filtersTitle')}</legend>
        <div className="hearing-filters__grid">
          <div className="form-group">
            <label htmlFor="hearing-province">{t('list.province')}</label>
            <select
              id="hearing-province"
              name="province"
              value={province}
              onChange={(e) => {
                setProvince(e.target.value);
                setDistrict('');
                setSubdistrict('');
              }}
            >
              <option value="">{t('list.allProvinces')}</option>
              {options(provinces.data?.items)}
            </select>
          </div>
          {province && (districts.data?.items.length ?? 0) > 0 && (
            <div className="form-group">
              <label htmlFor="hearing-district">{t('list.district')}</label>
              <select
                id="hearing-district"
                value={district}
                onChange={(e) => {
                  setDistrict(e.target.value);
                  setSubdistrict('');
                }}
              >
                <option value="">{t('list.allDistricts')}</option>
                {options(districts.data?.items)}
              </select>
            </div>
          )}
          {district && (subdistricts.data?.items.length ?? 0) > 0 && (
            <div className="form-group">
              <label htmlFor="hearing-subdistrict">{t('list.subdistrict')}</label>
              <select id="hearing-subdistrict" name="subdistrict" value={subdistrict} onChange={(e) => setSubdistrict(e.target.value)}>
                <option value="">{t('list.allSubdistricts')}</option>
                {options(subdistricts.data?.items)}
              </select>
            </div>
          )}
          <div className="form-group">
            <label htmlFor="hearing-status">{t('list.status')}</label>
            <select id="hearing-status" name="status" value={status} onChange={(e) => setStatus(e.target.value === 'closed' ? 'closed' : 'open')}>
              <option value="open">{t('list.statuses.open')}</option>
              <option value="closed">{t('list.statuses.closed')}</option>
            </select>
          </div>
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            {t('list.apply')}
          </button>
          <Link to="/hearings" className="link-button">
            {t('list.reset')}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}

/** Following the chosen subdistrict (signed in), or the way to sign in for it. */
function Follow({ subdistrict }: { subdistrict: string | undefined }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const user = useSession().data;
  const follows = useFollows(!!user);
  const follow = useFollow();
  const unfollow = useUnfollow();
  const areas = useAreaList(subdistrict?.slice(0, 4), !!subdistrict);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const area = areas.data?.items.find((a) => a.code === subdistrict);
  const name = area && subdistrict ? subdistrictName(subdistrict, area.name, lang) : (subdistrict ?? '');
  const followed = !!subdistrict && (follows.data ?? []).some((f) => f.subdistrict.code === subdistrict);
  const failed = (error: unknown) => setNotice({ kind: 'error', text: error instanceof ApiError ? error.messageIn(lang) : String(error) });

  return (
    <section className="hearing-follow" aria-labelledby="follow-title">
      <h2 id="follow-title">{t('list.followTitle')}</h2>
      <p>{t('list.followLead')}</p>
      <div role="status">{notice?.kind === 'success' && <p className="notice notice--success">{notice.text}</p>}</div>
      {notice?.kind === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{notice.text}</p>
        </div>
      )}
      {!user ? (
        <p>
          <Link to={`/sign-in?returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`}>{t('list.signInToFollow')}</Link>
        </p>
      ) : !subdistrict ? (
        <p className="hint">{t('list.followChoose')}</p>
      ) : followed ? (
        <p>
          {t('list.following', { name })}{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={unfollow.isPending}
            onClick={() => unfollow.mutate(subdistrict, { onSuccess: () => setNotice({ kind: 'success', text: t('list.unfollowed', { name }) }), onError: failed })}
          >
            {t('list.unfollow', { name })}
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={follow.isPending || follows.isPending}
          onClick={() => follow.mutate(subdistrict, { onSuccess: () => setNotice({ kind: 'success', text: t('list.followed', { name }) }), onError: failed })}
        >
          {t('list.follow', { name })}
        </button>
      )}
      {user && (
        <p>
          <Link to="/account/hearing-follows">{t('list.myFollows')}</Link>
        </p>
      )}
    </section>
  );
}
