import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import { BackLink, SummaryList, Tag } from '../../../components/Chrome';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { formatBaht, formatDate, formatDateTime, pick } from '../../../lib/format';
import { problemsOf, usePolicies } from '../apply/data';
import { tagColour } from '../account/MyApplicationsPage';
import { bundleKey, feeOf, useBundle, type BundlePayment, type BundleView } from './data';
import { NS } from './setup';

/** The refusals of a SUBMIT the page words itself; any other is "cannot be submitted yet". */
const REASONS = ['EVENT_CONDITION_FAILED', 'APPLICANT_DATA_NOT_CONFIRMED'];

interface Refusal {
  to: string;
  message: string;
}

/** The drafts submitted together with one consent; a refusal names each application to fix, linked to its task list. */
function SubmitAll({ bundle }: { bundle: BundleView }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const client = useQueryClient();
  const policies = usePolicies();
  const [consented, setConsented] = useState(false);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusals.length) summaryRef.current?.focus();
  }, [refusals]);
  const submit = useMutation({
    mutationFn: (noticeVersion: string) => unwrap(api.POST('/bundles/{id}/submit', { params: { path: { id: bundle.id } }, body: { privacyConsent: { noticeVersion, agreed: true } } })),
    onSuccess: (updated) => client.setQueryData(bundleKey(bundle.id), updated),
    onError: (error) => {
      const message = error instanceof ApiError ? error.messageIn(lang) : String(error);
      const found = problemsOf(error).flatMap((p) => {
        const index = /^applications\[(\d+)\]$/.exec(p.field ?? '')?.[1];
        const app = index === undefined ? undefined : bundle.applications[Number(index)];
        if (!app) return [];
        // "<tracking number> (<licence>): <code>: <message>": the code says what to do; the task list shows the details.
        const code = p.problem.split(': ')[1] ?? '';
        const problem = t(`bundle.reasons.${REASONS.includes(code) ? code : 'other'}`);
        return [{ to: `/applications/${app.id}/tasks`, message: t('bundle.fix', { name: pick(app.licenceType.name, lang), number: app.trackingNumber, problem }) }];
      });
      setRefusals(found.length ? found : [{ to: '#bundle-consent', message }]);
    },
  });
  if (policies.isPending) return <Loading />;
  if (policies.isError) return <Problem error={policies.error} retry={() => policies.refetch()} />;
  const notice = policies.data.privacyNotice;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!consented) return setRefusals([{ to: '#bundle-consent', message: t('bundle.consentError') }]);
    setRefusals([]);
    submit.mutate(notice.version);
  };
  const consentError = refusals.find((r) => r.to === '#bundle-consent')?.message;
  return (
    <section aria-labelledby="submit-all-title">
      {refusals.length > 0 && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="submit-refused-title">
          <h2 id="submit-refused-title">{t('bundle.notReady')}</h2>
          <ul>
            {refusals.map((r) => (
              <li key={r.to + r.message}>{r.to.startsWith('#') ? <a href={r.to}>{r.message}</a> : <Link to={r.to}>{r.message}</Link>}</li>
            ))}
          </ul>
        </div>
      )}
      <h2 id="submit-all-title">{t('bundle.submitTitle')}</h2>
      <p>{t('bundle.submitLead', { count: bundle.drafts })}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className={'form-group' + (consentError ? ' form-group--error' : '')}>
          <fieldset>
            <legend>{t('bundle.consentLegend')}</legend>
            <p>
              <a href={notice.url} target="_blank" rel="noopener noreferrer">
                {t('bundle.consentRead', { version: notice.version })}
              </a>
            </p>
            {consentError && (
              <span className="error-message" id="bundle-consent-error">
                <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                {consentError}
              </span>
            )}
            <div className="choice">
              <input type="checkbox" id="bundle-consent" checked={consented} aria-describedby={consentError ? 'bundle-consent-error' : undefined} onChange={(e) => setConsented(e.target.checked)} />
              <label htmlFor="bundle-consent">{t('bundle.consent', { version: notice.version })}</label>
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={submit.isPending}>
          {submit.isPending ? t('bundle.submitting') : t('bundle.submit')}
        </button>
      </form>
    </section>
  );
}

/**
 * "ชำระค่าธรรมเนียมรวม": one PromptPay QR for the fees of every application awaiting payment, with a line per fee and
 * the office it is paid to; the bundle is read again every 3 s until none awaits payment.
 */
function PayTogether({ bundle, awaiting, onStarted }: { bundle: BundleView; awaiting: number; onStarted: () => void }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const [payment, setPayment] = useState<BundlePayment | null>(null);
  const [error, setError] = useState('');
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/bundles/{id}/payments', { params: { path: { id: bundle.id } }, body: { method: 'promptpay' } })),
    onSuccess: (started) => {
      setPayment(started);
      onStarted();
    },
    onError: (e) => setError(e instanceof ApiError ? e.messageIn(lang) : String(e)),
  });
  const paid = payment !== null && awaiting === 0;
  return (
    <section className="bundle-pay" aria-labelledby="pay-together-title">
      <h2 id="pay-together-title">{t('bundle.pay.title')}</h2>
      {error && (
        <div className="notice notice--warning" role="alert">
          <p>{error}</p>
        </div>
      )}
      {paid ? (
        <div className="notice notice--success" role="status">
          <p>{t('bundle.pay.paid')}</p>
        </div>
      ) : (
        <p>{t('bundle.pay.lead', { count: awaiting })}</p>
      )}
      {payment && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('bundle.pay.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bundle.pay.licence')}</th>
                <th scope="col">{t('bundle.pay.office')}</th>
                <th scope="col" className="numeric">
                  {t('bundle.pay.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {payment.lines.map((line) => (
                <tr key={line.paymentId}>
                  <td>
                    {pick(line.licenceType.name, lang)}
                    <span className="hint"> {line.trackingNumber}</span>
                  </td>
                  <td>{line.agency ? pick(line.agency.name, lang) : ''}</td>
                  <td className="numeric">{formatBaht(line.amountSatang, lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('bundle.pay.total')}
                </th>
                <td className="numeric">
                  <strong>{formatBaht(payment.amountSatang, lang)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {payment?.qr && !paid ? (
        <section aria-labelledby="qr-title">
          <h3 id="qr-title">{t('bundle.pay.qrTitle')}</h3>
          <p>{t('bundle.pay.qrSteps')}</p>
          <div className="qr-box">
            <img src={payment.qr.svg} alt={t('bundle.pay.qrAlt', { amount: formatBaht(payment.amountSatang, lang) })} width={240} height={240} />
          </div>
          {payment.expiresAt && <p className="hint">{t('bundle.pay.expires', { time: formatDateTime(payment.expiresAt, lang) })}</p>}
          <p role="status">{t('bundle.pay.waiting')}</p>
        </section>
      ) : (
        !payment && (
          <button type="button" className="button" disabled={start.isPending} onClick={() => start.mutate()}>
            {start.isPending ? t('bundle.pay.starting') : t('bundle.pay.start')}
          </button>
        )
      )}
    </section>
  );
}

/** `/bundles/:id`: each licence of the bundle with its state, office, fee and a link to its own form and documents; "ยื่นคำขอทั้งหมด". */
export default function BundlePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const [paying, setPaying] = useState(false);
  const bundle = useBundle(id, paying ? 3_000 : false);
  if (bundle.isPending) return <Loading />;
  if (bundle.isError) return <Problem error={bundle.error} retry={() => bundle.refetch()} />;
  const b = bundle.data;
  const submittedAll = b.drafts === 0;
  const awaiting = b.applications.filter((a) => a.status === 'awaiting_payment').length;
  return (
    <>
      <BackLink to="/applications">{t('back')}</BackLink>
      <PageTitle title={pick(b.business.name, lang)} caption={`${t('caption')} · ${t('bundle.reference')} ${b.referenceNumber}`} />
      {submittedAll ? (
        <div className="notice notice--success" role="status">
          <p>{t('bundle.submitted')}</p>
        </div>
      ) : (
        <p>{t('bundle.lead')}</p>
      )}
      <SummaryList
        rows={[
          { key: 'reference', label: t('bundle.reference'), value: b.referenceNumber },
          { key: 'holder', label: t('bundle.holder'), value: pick(b.holder.name, lang) },
          { key: 'premises', label: t('bundle.premises'), value: b.premises.address },
        ]}
      />
      <h2>{t('bundle.applications')}</h2>
      <ul className="bundle-list">
        {b.applications.map((app) => {
          const name = pick(app.licenceType.name, lang);
          const fee = feeOf(app);
          const href = app.status === 'draft' ? `/applications/${app.id}/tasks` : `/applications/${app.id}`;
          return (
            <li key={app.id} className="bundle-list__item">
              <h3>{name}</h3>
              <dl className="bundle-list__facts">
                <dt>{t('bundle.trackingNumber')}</dt>
                <dd>{app.trackingNumber}</dd>
                <dt>{t('bundle.office')}</dt>
                <dd>{app.agency ? pick(app.agency.name, lang) : ''}</dd>
                <dt>{t('bundle.status')}</dt>
                <dd>
                  <Tag colour={tagColour(app)}>{pick(app.statusLabel, lang)}</Tag>
                </dd>
                <dt>{t('bundle.fee')}</dt>
                <dd>{fee ? formatBaht(fee, lang) : t('bundle.feeNone')}</dd>
                {app.dueAt && (
                  <>
                    <dt>{t('bundle.due')}</dt>
                    <dd>{formatDate(app.dueAt, lang)}</dd>
                  </>
                )}
              </dl>
              <Link to={href}>
                {app.status === 'draft' ? t('bundle.continue') : t('bundle.view')}
                <span className="visually-hidden"> {t('bundle.forRow', { name, number: app.trackingNumber })}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {!submittedAll && <SubmitAll bundle={b} />}
      {(awaiting > 0 || paying) && (
        <PayTogether bundle={b} awaiting={awaiting} onStarted={() => setPaying(true)} />
      )}
    </>
  );
}
