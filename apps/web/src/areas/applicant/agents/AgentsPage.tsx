import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem } from '../../../components/Feedback';
import { FieldErrorMessage, TextField } from '../../../components/FormField';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, pick } from '../../../lib/format';
import { GRANTS_KEY, useApplicantData, useGrants, useLicenceTypes, type Grant } from './data';
import { BuddhistDateInput, emptyDate, isoDateOf, type DateParts } from './BuddhistDateInput';
import { GrantStatusTag, licenceTypesText } from './grant-parts';
import './setup';
import './agents.css';

interface Company {
  registrationNumber: string;
  name: { th: string; en: string };
  mayApply: boolean;
}
interface Citizen {
  fullName: { th: string; en: string } | string;
}

/** The API's refusals that belong to one field of the form. */
const FIELD_OF_CODE: Record<string, string> = {
  NATIONAL_ID_INVALID: 'grant-agent-id',
  CITIZEN_NOT_FOUND: 'grant-agent-id',
  GRANT_AGENT_IS_PRINCIPAL: 'grant-agent-id',
  GRANT_ALREADY_ACTIVE: 'grant-agent-id',
  GRANT_VALID_UNTIL_PAST: 'grant-until-day',
  GRANT_VALID_UNTIL_TOO_FAR: 'grant-until-day',
  GRANT_LICENCE_TYPES_INVALID: 'grant-scope-one',
  LICENCE_TYPE_UNKNOWN: 'grant-licence-type',
  LICENCE_TYPE_NOT_OPEN: 'grant-licence-type',
  NOT_AUTHORISED_DIRECTOR: 'grant-principal-0',
  JURISTIC_PERSON_NOT_ACTIVE: 'grant-principal-0',
};

/** `/agents` ("ผู้รับมอบอำนาจ"): the principal grants an agent, and sees and revokes her grants. */
export default function AgentsPage() {
  const { t, i18n } = useTranslation('agents');
  const lang = i18n.language;
  const grants = useGrants();
  const location = useLocation();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>((location.state as { done?: string } | null)?.done ?? null);

  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('agents.title')} hasErrors={errors.length > 0} />
      {done && (
        <div className="notice notice--success" role="status">
          <p>{done}</p>
        </div>
      )}
      <p className="lead">{t('agents.lead')}</p>
      <p>
        <Link to="/filing-for-others">{t('agents.filingLink')}</Link>
      </p>
      <GrantForm
        errors={errors}
        onErrors={(found) => {
          setErrors(found);
          if (found.length) setDone(null);
        }}
        onDone={setDone}
      />
      <h2 id="grants-title">{t('agents.listTitle')}</h2>
      {grants.isPending && <Loading />}
      {grants.isError && <Problem error={grants.error} retry={() => grants.refetch()} />}
      {grants.data && (grants.data.given.length === 0 ? <p>{t('agents.none')}</p> : <GrantTable grants={grants.data.given} lang={lang} />)}
    </>
  );
}

function GrantForm({ errors, onErrors, onDone }: { errors: FieldError[]; onErrors: (errors: FieldError[]) => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('agents');
  const lang = i18n.language;
  const client = useQueryClient();
  const applicant = useApplicantData();
  const types = useLicenceTypes();
  const [principal, setPrincipal] = useState('person');
  const [agentId, setAgentId] = useState('');
  const [scope, setScope] = useState<'all' | 'one' | ''>('');
  const [licenceType, setLicenceType] = useState('');
  const [until, setUntil] = useState<DateParts>(emptyDate);

  const grant = useMutation({
    mutationFn: (body: Record<string, unknown>) => unwrap(api.POST('/grants', { body: body as never })),
    onSuccess: (made) => {
      setAgentId('');
      setScope('');
      setLicenceType('');
      setUntil(emptyDate);
      onErrors([]);
      void client.invalidateQueries({ queryKey: GRANTS_KEY });
      onDone(t('agents.granted', { name: pick(made.agent.name, lang), date: formatDate(made.validUntil, lang) }));
    },
    onError: (error) => {
      const field = (error instanceof ApiError && FIELD_OF_CODE[error.code]) || 'grant-agent-id';
      onErrors([{ field, message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]);
    },
  });

  if (applicant.isPending || types.isPending) return <Loading />;
  if (applicant.isError) return <Problem error={applicant.error} retry={() => applicant.refetch()} />;
  if (types.isError) return <Problem error={types.error} retry={() => types.refetch()} />;
  const citizen = applicant.data.citizen as unknown as Citizen;
  const companies = (applicant.data.companies as unknown as Company[]).filter((c) => c.mayApply);
  const licenceTypes = (types.data as unknown as { slug: string; name: { th: string; en: string } }[]).slice().sort((a, b) => pick(a.name, lang).localeCompare(pick(b.name, lang), lang));
  const choices = [{ value: 'person', label: t('agents.yourself', { name: pick(citizen.fullName, lang) }) }, ...companies.map((c) => ({ value: c.registrationNumber, label: t('agents.company', { name: pick(c.name, lang), number: c.registrationNumber }) }))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const nationalId = agentId.replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(nationalId)) found.push({ field: 'grant-agent-id', message: t('agents.errors.agentId') });
    if (!scope) found.push({ field: 'grant-scope-all', message: t('agents.errors.scope') });
    if (scope === 'one' && !licenceType) found.push({ field: 'grant-licence-type', message: t('agents.errors.licenceType') });
    const date = isoDateOf(until);
    if (date === 'incomplete') found.push({ field: 'grant-until-day', message: t('agents.errors.until') });
    if (date === 'invalid') found.push({ field: 'grant-until-day', message: t('agents.errors.untilReal') });
    onErrors(found);
    if (found.length) return;
    grant.mutate({
      ...(principal === 'person' ? {} : { principal: { type: 'juristic', registrationNumber: principal } }),
      agentNationalId: nationalId,
      ...(scope === 'all' ? { allLicenceTypes: true } : { licenceTypes: [licenceType] }),
      validUntil: date,
    });
  };
  const errorOf = (prefix: string) => errors.find((e) => e.field.startsWith(prefix))?.message;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="grant-form-title" className="grant-form">
      <h2 id="grant-form-title">{t('agents.formTitle')}</h2>
      {choices.length > 1 && (
        <div className={errorOf('grant-principal') ? 'form-group form-group--error' : 'form-group'}>
          <fieldset aria-describedby="grant-principal-hint">
            <legend>{t('agents.principal')}</legend>
            <span className="hint" id="grant-principal-hint">
              {t('agents.principalHint')}
            </span>
            <FieldErrorMessage id="grant-principal-error" message={errorOf('grant-principal')} />
            {choices.map((c, i) => (
              <div className="choice" key={c.value}>
                <input type="radio" name="grant-principal" id={`grant-principal-${i}`} value={c.value} checked={principal === c.value} onChange={() => setPrincipal(c.value)} />
                <label htmlFor={`grant-principal-${i}`}>{c.label}</label>
              </div>
            ))}
          </fieldset>
        </div>
      )}
      <TextField id="grant-agent-id" label={t('agents.agentId')} hint={t('agents.agentIdHint')} error={errorOf('grant-agent-id')} value={agentId} onChange={setAgentId} inputMode="numeric" spellCheck={false} />
      <div className={errorOf('grant-scope') || errorOf('grant-licence-type') ? 'form-group form-group--error' : 'form-group'}>
        <fieldset>
          <legend>{t('agents.scope')}</legend>
          <FieldErrorMessage id="grant-scope-error" message={errorOf('grant-scope')} />
          <div className="choice">
            <input type="radio" name="grant-scope" id="grant-scope-all" checked={scope === 'all'} onChange={() => setScope('all')} />
            <label htmlFor="grant-scope-all">{t('agents.scopeAll')}</label>
          </div>
          <div className="choice">
            <input type="radio" name="grant-scope" id="grant-scope-one" checked={scope === 'one'} onChange={() => setScope('one')} />
            <label htmlFor="grant-scope-one">{t('agents.scopeOne')}</label>
          </div>
          {scope === 'one' && (
            <div className="grant-form__conditional">
              <label htmlFor="grant-licence-type">{t('agents.licenceType')}</label>
              <FieldErrorMessage id="grant-licence-type-error" message={errorOf('grant-licence-type')} />
              <select id="grant-licence-type" value={licenceType} onChange={(e) => setLicenceType(e.target.value)} aria-invalid={errorOf('grant-licence-type') ? true : undefined} aria-describedby={errorOf('grant-licence-type') ? 'grant-licence-type-error' : undefined}>
                <option value="">{t('agents.chooseLicenceType')}</option>
                {licenceTypes.map((type) => (
                  <option key={type.slug} value={type.slug}>
                    {pick(type.name, lang)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
      </div>
      <BuddhistDateInput id="grant-until" legend={t('agents.until')} hint={t('agents.untilHint')} value={until} onChange={setUntil} error={errorOf('grant-until')} />
      <button type="submit" className="button" disabled={grant.isPending}>
        {grant.isPending ? t('agents.submitting') : t('agents.submit')}
      </button>
    </form>
  );
}

function GrantTable({ grants, lang }: { grants: Grant[]; lang: string }) {
  const { t } = useTranslation('agents');
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="grants-title">
      <table className="grant-table">
        <caption className="visually-hidden">{t('agents.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agents.columns.agent')}</th>
            <th scope="col">{t('agents.columns.principal')}</th>
            <th scope="col">{t('agents.columns.licenceTypes')}</th>
            <th scope="col">{t('agents.columns.until')}</th>
            <th scope="col">{t('agents.columns.status')}</th>
            <th scope="col">{t('agents.columns.action')}</th>
          </tr>
        </thead>
        <tbody>
          {grants.map((g) => (
            <tr key={g.id}>
              <td data-label={t('agents.columns.agent')}>
                {pick(g.agent.name, lang)}
                <br />
                <span className="hint">{g.agent.nationalId}</span>
              </td>
              <td data-label={t('agents.columns.principal')}>{pick(g.principal.name, lang)}</td>
              <td data-label={t('agents.columns.licenceTypes')}>{licenceTypesText(g, lang, t('agents.allTypes'))}</td>
              <td data-label={t('agents.columns.until')}>{formatDate(g.validUntil, lang)}</td>
              <td data-label={t('agents.columns.status')}>
                <GrantStatusTag status={g.status} />
              </td>
              <td data-label={t('agents.columns.action')}>
                {g.status !== 'revoked' && (
                  <Link to={`/agents/${g.id}/revoke`}>
                    {t('agents.revoke')}
                    <span className="visually-hidden"> {t('agents.revokeHidden', { name: pick(g.agent.name, lang) })}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
