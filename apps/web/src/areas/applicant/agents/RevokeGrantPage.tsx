import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import { BackLink, SummaryList } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../../components/Feedback';
import { FieldErrorMessage } from '../../../components/FormField';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, formatDateTime, pick } from '../../../lib/format';
import { GRANTS_KEY, useGrant } from './data';
import { GrantStatusTag, licenceTypesText } from './grant-parts';
import './setup';
import './agents.css';

/** `/agents/:id/revoke`: what the grant is and its history, then the confirmation with a reason (GOV.UK: one thing per page). */
export default function RevokeGrantPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('agents');
  const lang = i18n.language;
  const navigate = useNavigate();
  const client = useQueryClient();
  const grant = useGrant(id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const revoke = useMutation({
    mutationFn: () => unwrap(api.POST('/grants/{id}/revoke', { params: { path: { id } }, body: { reason } })),
    onSuccess: (revoked) => {
      void client.invalidateQueries({ queryKey: GRANTS_KEY });
      void navigate('/agents', { state: { done: t('agents.revoked', { name: pick(revoked.agent.name, lang) }) } });
    },
    onError: (error) => setErrors([{ field: 'revoke-reason', message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]),
  });

  if (grant.isPending) return <Loading />;
  if (grant.isError) {
    if (grant.error instanceof ApiError && (grant.error.status === 404 || grant.error.status === 400)) return <NotFoundPage />;
    return <Problem error={grant.error} retry={() => grant.refetch()} />;
  }
  const g = grant.data;
  const agent = pick(g.agent.name, lang);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setErrors([{ field: 'revoke-reason', message: t('revoke.reasonMissing') }]);
    setErrors([]);
    revoke.mutate();
  };
  const error = errors[0]?.message;

  return (
    <>
      <BackLink to="/agents">{t('revoke.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('revoke.title')} caption={t('revoke.caption', { name: agent })} hasErrors={errors.length > 0} />
      <SummaryList
        rows={[
          { key: 'agent', label: t('agents.columns.agent'), value: `${agent} (${g.agent.nationalId})` },
          { key: 'principal', label: t('agents.columns.principal'), value: pick(g.principal.name, lang) },
          { key: 'types', label: t('agents.columns.licenceTypes'), value: licenceTypesText(g, lang, t('agents.allTypes')) },
          { key: 'until', label: t('agents.columns.until'), value: formatDate(g.validUntil, lang) },
          { key: 'status', label: t('agents.columns.status'), value: <GrantStatusTag status={g.status} /> },
        ]}
      />
      <h2>{t('revoke.history')}</h2>
      <ol className="grant-history">
        {g.history.map((h) => (
          <li key={`${h.type}-${h.at}`}>
            {t(`revoke.events.${h.type}`)} · <time dateTime={h.at}>{formatDateTime(h.at, lang)}</time>
            {h.by.name && <> · {t('revoke.by', { name: pick(h.by.name, lang) })}</>}
            {h.reason && <> · {t('filing.reason', { reason: h.reason })}</>}
          </li>
        ))}
      </ol>
      {g.status === 'revoked' ? (
        <p>{t('revoke.notActive')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="notice notice--warning">
            <p>{t('revoke.warning', { name: agent, principal: pick(g.principal.name, lang) })}</p>
          </div>
          <div className={error ? 'form-group form-group--error' : 'form-group'}>
            <label htmlFor="revoke-reason">{t('revoke.reason')}</label>
            <span className="hint" id="revoke-reason-hint">
              {t('revoke.reasonHint')}
            </span>
            <FieldErrorMessage id="revoke-reason-error" message={error} />
            <textarea id="revoke-reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={error ? 'revoke-reason-hint revoke-reason-error' : 'revoke-reason-hint'} aria-invalid={error ? true : undefined} />
          </div>
          <div className="button-group">
            <button type="submit" className="button button--warning" disabled={revoke.isPending}>
              {revoke.isPending ? t('revoke.confirming') : t('revoke.confirm')}
            </button>
            <Link to="/agents">{t('revoke.cancel')}</Link>
          </div>
        </form>
      )}
    </>
  );
}
