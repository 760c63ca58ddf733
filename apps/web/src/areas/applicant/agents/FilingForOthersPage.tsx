import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Feedback';
import { FieldErrorMessage } from '../../../components/FormField';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, pick } from '../../../lib/format';
import { useGrants, useLicenceTypes, type Grant } from './data';
import { GrantStatusTag, licenceTypesText } from './grant-parts';
import './setup';
import './agents.css';

/** `/filing-for-others` ("ยื่นแทนผู้อื่น"): the grants she holds as an agent, and starting an application under one. */
export default function FilingForOthersPage() {
  const { t } = useTranslation('agents');
  const grants = useGrants();
  return (
    <>
      <PageTitle title={t('filing.title')} />
      <p className="lead">{t('filing.lead')}</p>
      <p>
        <Link to="/applications">{t('filing.applications')}</Link>
      </p>
      {grants.isPending && <Loading />}
      {grants.isError && <Problem error={grants.error} retry={() => grants.refetch()} />}
      {grants.data &&
        (grants.data.held.length === 0 ? (
          <p>{t('filing.none')}</p>
        ) : (
          <ul className="grant-cards">
            {grants.data.held.map((g) => (
              <HeldGrant key={g.id} grant={g} />
            ))}
          </ul>
        ))}
    </>
  );
}

function HeldGrant({ grant }: { grant: Grant }) {
  const { t, i18n } = useTranslation('agents');
  const lang = i18n.language;
  const principal = pick(grant.principal.name, lang);
  return (
    <li className="grant-card">
      <h2>{t('filing.for', { name: principal })}</h2>
      <p>
        <GrantStatusTag status={grant.status} /> {t('filing.until', { date: formatDate(grant.validUntil, lang) })}
        <br />
        {t('filing.covers', { types: licenceTypesText(grant, lang, t('agents.allTypes')) })}
        <br />
        <span className="hint">{t('filing.grantedBy', { date: formatDate(grant.createdAt, lang) })}</span>
      </p>
      {grant.status === 'active' ? <StartForm grant={grant} principal={principal} /> : <p>{t('filing.stopped')}{grant.revokeReason && <> {t('filing.reason', { reason: grant.revokeReason })}</>}</p>}
    </li>
  );
}

/** Choose one of the licence types the grant covers, then the apply journey starts with `onBehalfOf`. */
function StartForm({ grant, principal }: { grant: Grant; principal: string }) {
  const { t, i18n } = useTranslation('agents');
  const lang = i18n.language;
  const navigate = useNavigate();
  const all = useLicenceTypes();
  const [slug, setSlug] = useState(grant.licenceTypes.length === 1 ? grant.licenceTypes[0].slug : '');
  const [error, setError] = useState<string>();
  const options = grant.allLicenceTypes ? ((all.data ?? []) as unknown as { slug: string; name: { th: string; en: string } }[]) : grant.licenceTypes;
  const id = `start-${grant.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!slug) return setError(t('agents.errors.licenceType'));
    void navigate(`/applications/new?licenceType=${encodeURIComponent(slug)}&onBehalfOf=${grant.id}`);
  };
  if (grant.allLicenceTypes && all.isPending) return <Loading />;
  if (grant.allLicenceTypes && all.isError) return <Problem error={all.error} retry={() => all.refetch()} />;
  return (
    <form onSubmit={submit} noValidate>
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor={id}>{t('agents.licenceType')}</label>
        <FieldErrorMessage id={`${id}-error`} message={error} />
        <select id={id} value={slug} onChange={(e) => setSlug(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
          <option value="">{t('agents.chooseLicenceType')}</option>
          {[...options]
            .sort((a, b) => pick(a.name, lang).localeCompare(pick(b.name, lang), lang))
            .map((type) => (
              <option key={type.slug} value={type.slug}>
                {pick(type.name, lang)}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('filing.start')}
        <span className="visually-hidden"> {t('filing.startHidden', { name: principal })}</span>
      </button>
    </form>
  );
}
