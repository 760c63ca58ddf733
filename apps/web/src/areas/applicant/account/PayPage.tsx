import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { BackLink, Tag } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { formatBaht, formatDate, formatDateTime, pick } from '../../../lib/format';
import { getJson, keys, postJson, useApplication, usePayments } from './data';
import { FeeLines } from './FeeLines';
import { rememberPayment } from './PaymentReturnPage';
import type { ApplicationView, Payment, PaymentsOfApplication } from './types';
import './setup';

/** GET /api/v1/payments/gateway: what the browser needs to make a card token at the vault. */
interface GatewayInfo {
  publicKey: string;
  vaultUrl: string;
  minimumAmountSatang: number;
}
const DEFAULT_MINIMUM = 2000;
const PAID_STATUSES = ['issuing', 'completed', 'suspended', 'revoked', 'expired', 'superseded'];

type Method = 'promptpay' | 'card' | 'billpay' | 'counter';

/** GET /api/v1/applications/:id/bill-payment: the bill payment of the open fee. */
interface BillSlip {
  biller: { th: string; en: string };
  taxId: string;
  suffix: string;
  ref1: string;
  ref2: string;
  amountSatang: number;
  dueDate: string;
  pdf: string;
}

export default function PayPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('account');
  const [params, setParams] = useSearchParams();
  const returnedPayment = params.get('payment');
  const [watching, setWatching] = useState(false);
  const app = useApplication(id, watching ? 3000 : false);
  const payments = usePayments(id, watching ? 3000 : false);
  const gateway = useQuery({ queryKey: ['account', 'gateway'], queryFn: () => getJson<GatewayInfo>('/api/v1/payments/gateway'), staleTime: 600_000, retry: false });
  const [method, setMethod] = useState<Method | null>(null);
  const [hasErrors, setHasErrors] = useState(false);
  const lang = i18n.language;

  const a = app.data;
  const list = payments.data;
  const paid = !!a && (PAID_STATUSES.includes(a.status) || !!list?.invoices.some((i) => i.status === 'paid'));
  const open = current(list);
  // Poll while a QR waits to be paid, or after the bank's 3-D Secure page sent the payer back.
  const shouldWatch = !paid && (!!(open && open.status === 'pending') || !!returnedPayment);
  useEffect(() => setWatching(shouldWatch), [shouldWatch]);

  // After 3-D Secure: ask the API to check the charge with the gateway now rather than wait for the webhook.
  const client = useQueryClient();
  useEffect(() => {
    if (!returnedPayment) return;
    void getJson(`/api/v1/payments/${returnedPayment}/return`)
      .catch(() => undefined)
      .finally(() => {
        void client.invalidateQueries({ queryKey: keys.payments(id) });
        void client.invalidateQueries({ queryKey: keys.application(id) });
      });
  }, [returnedPayment, id, client]);

  if (app.isPending || payments.isPending) return <Loading />;
  if (app.isError) {
    if (app.error instanceof ApiError && (app.error.status === 404 || app.error.status === 400)) return <NotFoundPage />;
    return <Problem error={app.error} retry={() => app.refetch()} />;
  }
  if (payments.isError) return <Problem error={payments.error} retry={() => payments.refetch()} />;
  const data = payments.data;
  const back = <BackLink to={`/applications/${id}`}>{t('pay.back')}</BackLink>;

  if (paid) return <Paid app={a!} payments={data} />;
  const invoice = data.invoices.find((i) => i.status === 'open');
  const held = data.invoices.some((i) => i.status === 'held') || data.payments.some((p) => p.status === 'held');
  if (a!.status !== 'awaiting_payment' || !invoice) {
    return (
      <>
        {back}
        <PageTitle title={t('pay.title')} caption={a!.trackingNumber} />
        <p className={held ? 'notice notice--warning' : 'notice'}>{held ? t('pay.held') : t('pay.notAwaiting')}</p>
        <Link to={`/applications/${id}`}>{t('pay.toApplication')}</Link>
      </>
    );
  }

  const minimum = gateway.data?.minimumAmountSatang ?? DEFAULT_MINIMUM;
  const onlineOk = invoice.amountSatang >= minimum;
  const amount = formatBaht(invoice.amountSatang, lang);
  const last = data.payments[data.payments.length - 1];
  const chosen: Method | null = method ?? (open ? (open.method as Method) : null);

  return (
    <>
      {back}
      <PageTitle title={t('pay.title')} caption={pick(a!.licenceType.name, lang) + ' · ' + a!.trackingNumber} hasErrors={hasErrors} />
      <p className="hint">{t('pay.fee')}</p>
      <p className="amount">{amount}</p>
      <FeeLines invoice={invoice} />
      {a!.agency && (
        <p>
          {t('pay.office')}: {pick(a!.agency.name, lang)}
        </p>
      )}
      {returnedPayment && !paid && <p className="notice" role="status">{t('pay.returned')}</p>}
      {!onlineOk ? (
        <>
          <p className="notice notice--warning">{t('pay.belowMinimum', { amount, minimum: formatBaht(minimum, lang) })}</p>
          <BillPayment id={id} />
          <Counter app={a!} amount={amount} />
        </>
      ) : (
        <>
          {last && !open && (last.status === 'failed' || last.status === 'expired' || last.status === 'error') && (
            <p className="notice notice--error" role="alert">
              {last.status === 'expired' ? t('pay.expired') : t('pay.failed', { reason: last.failure?.message ?? last.failure?.code ?? last.status })}
            </p>
          )}
          {chosen === null || (open && chosen !== open.method) ? (
            <ChooseMethod
              hasCard={!!gateway.data}
              onErrors={setHasErrors}
              onChoose={(m) => {
                setMethod(m);
                if (returnedPayment) setParams({}, { replace: true });
              }}
            />
          ) : chosen === 'promptpay' ? (
            <PromptPay app={a!} payment={open && open.method === 'promptpay' ? open : null} amount={amount} onOther={() => setMethod(null)} />
          ) : chosen === 'card' && gateway.data ? (
            <CardForm app={a!} gateway={gateway.data} amount={amount} onErrors={setHasErrors} onOther={() => {
              setHasErrors(false);
              setMethod(null);
            }} />
          ) : chosen === 'billpay' ? (
            <>
              <BillPayment id={id} />
              <button type="button" className="button button--secondary" onClick={() => setMethod(null)}>
                {t('pay.otherMethod')}
              </button>
            </>
          ) : chosen === 'counter' ? (
            <>
              <Counter app={a!} amount={amount} />
              <button type="button" className="button button--secondary" onClick={() => setMethod(null)}>
                {t('pay.otherMethod')}
              </button>
            </>
          ) : (
            <ChooseMethod hasCard={!!gateway.data} onErrors={setHasErrors} onChoose={setMethod} />
          )}
        </>
      )}
      <History payments={data.payments} />
    </>
  );
}

/** The payment still open: pending and not past its expiry. */
function current(list: PaymentsOfApplication | undefined): Payment | null {
  if (!list) return null;
  const now = Date.now();
  const open = list.payments.filter((p) => (p.status === 'pending' || p.status === 'creating') && (!p.expiresAt || new Date(p.expiresAt).getTime() > now));
  return open[open.length - 1] ?? null;
}

function ChooseMethod({ hasCard, onChoose, onErrors }: { hasCard: boolean; onChoose: (m: Method) => void; onErrors: (has: boolean) => void }) {
  const { t } = useTranslation('account');
  const [value, setValue] = useState<Method | ''>('');
  const [error, setError] = useState<FieldError[]>([]);
  const options: { value: Method; label: string; hint: string }[] = [
    { value: 'promptpay', label: t('pay.promptpay'), hint: t('pay.promptpayHint') },
    ...(hasCard ? [{ value: 'card' as const, label: t('pay.card'), hint: t('pay.cardHint') }] : []),
    { value: 'billpay', label: t('pay.billpay'), hint: t('pay.billpayHint') },
    { value: 'counter', label: t('pay.counter'), hint: t('pay.counterHint') },
  ];
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onErrors(!value);
        if (!value) setError([{ field: 'method-promptpay', message: t('pay.chooseMethod') }]);
        else onChoose(value);
      }}
    >
      <ErrorSummary errors={error} />
      <div className={'form-group' + (error.length ? ' form-group--error' : '')}>
        <fieldset aria-describedby={error.length ? 'method-error' : undefined}>
          <legend>
            <h2 style={{ margin: 0 }}>{t('pay.method')}</h2>
          </legend>
          {error.length > 0 && (
            <span className="error-message" id="method-error">
              {error[0].message}
            </span>
          )}
          {options.map((o) => (
            <div className="choice" key={o.value}>
              <input type="radio" id={`method-${o.value}`} name="method" value={o.value} checked={value === o.value} onChange={() => setValue(o.value)} aria-describedby={`method-${o.value}-hint`} />
              <label htmlFor={`method-${o.value}`}>
                {o.label}
                <span className="hint" id={`method-${o.value}-hint`}>
                  {o.hint}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <button type="submit" className="button">
        {t('pay.start')}
      </button>
    </form>
  );
}

function PromptPay({ app, payment, amount, onOther }: { app: ApplicationView; payment: Payment | null; amount: string; onOther: () => void }) {
  const { t, i18n } = useTranslation('account');
  const client = useQueryClient();
  const start = useMutation({
    mutationFn: () => postJson<Payment>(`/api/v1/applications/${app.id}/payments`, { method: 'promptpay' }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.payments(app.id) }),
  });
  // Start a QR as soon as the payer chose PromptPay and none is open.
  const started = useRef(false);
  useEffect(() => {
    if (!payment && !started.current) {
      started.current = true;
      start.mutate();
    }
  }, [payment, start]);
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 15_000);
    return () => clearInterval(timer);
  }, []);

  if (start.isError) {
    return (
      <>
        <Problem error={start.error} retry={() => start.mutate()} />
        <button type="button" className="button button--secondary" onClick={onOther}>
          {t('pay.otherMethod')}
        </button>
      </>
    );
  }
  // The QR this page started is no longer open (it expired or failed; the notice above says which): offer a new one
  // rather than wait for a payment that will not come.
  if (!payment && start.isSuccess) {
    return (
      <div className="button-group">
        <button type="button" className="button" onClick={() => start.mutate()}>
          {t('pay.newQr')}
        </button>
        <button type="button" className="button button--secondary" onClick={onOther}>
          {t('pay.otherMethod')}
        </button>
      </div>
    );
  }
  if (!payment || !payment.qr) return <Loading />;
  const expired = payment.expiresAt !== null && new Date(payment.expiresAt).getTime() <= Date.now();
  if (expired) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('pay.expired')}</p>
        <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
          {t('pay.newQr')}
        </button>
      </div>
    );
  }
  return (
    <section aria-labelledby="qr-title">
      <h2 id="qr-title">{t('pay.qrTitle')}</h2>
      <p>{t('pay.qrSteps')}</p>
      <div className="qr-box">
        <img src={payment.qr.svg} alt={t('pay.qrAlt', { amount })} width={240} height={240} />
      </div>
      {payment.expiresAt && (
        <p>
          {t('pay.expiresAt')}: <strong>{formatDateTime(payment.expiresAt, i18n.language)}</strong>
        </p>
      )}
      <p role="status" className="loading">
        {t('pay.waiting')}
      </p>
      <button type="button" className="button button--secondary" onClick={onOther}>
        {t('pay.otherMethod')}
      </button>
    </section>
  );
}

interface CardFields {
  number: string;
  name: string;
  month: string;
  year: string;
  cvc: string;
}

function CardForm({ app, gateway, amount, onOther, onErrors }: { app: ApplicationView; gateway: GatewayInfo; amount: string; onOther: () => void; onErrors: (has: boolean) => void }) {
  const { t } = useTranslation('account');
  const client = useQueryClient();
  const [fields, setFields] = useState<CardFields>({ number: '', name: '', month: '', year: '', cvc: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState<null | 'paying' | 'secure'>(null);
  const [problem, setProblem] = useState<unknown>(null);

  function check(): FieldError[] {
    const out: FieldError[] = [];
    const number = fields.number.replace(/[\s-]/g, '');
    if (!/^\d{13,19}$/.test(number)) out.push({ field: 'card-number', message: t('pay.errors.number') });
    if (!fields.name.trim()) out.push({ field: 'card-name', message: t('pay.errors.name') });
    const month = Number(fields.month);
    if (!/^\d{1,2}$/.test(fields.month) || month < 1 || month > 12) out.push({ field: 'card-month', message: t('pay.errors.month') });
    if (!/^\d{4}$/.test(fields.year)) out.push({ field: 'card-year', message: t('pay.errors.year') });
    if (!/^\d{3,4}$/.test(fields.cvc)) out.push({ field: 'card-cvc', message: t('pay.errors.cvc') });
    return out;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const found = check();
    setErrors(found);
    onErrors(found.length > 0);
    if (found.length) return;
    setBusy('paying');
    try {
      // The card goes to the gateway's vault only; this service receives the token.
      const res = await fetch(`${gateway.vaultUrl}/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + btoa(gateway.publicKey + ':') },
        body: JSON.stringify({
          card: { name: fields.name.trim(), number: fields.number.replace(/[\s-]/g, ''), expiration_month: Number(fields.month), expiration_year: Number(fields.year), security_code: fields.cvc },
        }),
        credentials: 'omit',
      });
      const token = (await res.json()) as { id?: string; object?: string; message?: string };
      if (!res.ok || !token.id) {
        setErrors([{ field: 'card-number', message: t('pay.errors.gateway', { reason: token.message ?? res.statusText }) }]);
        onErrors(true);
        setBusy(null);
        return;
      }
      const payment = await postJson<Payment>(`/api/v1/applications/${app.id}/payments`, { method: 'card', card: { token: token.id } });
      if (payment.status === 'pending' && payment.authorizeUri) {
        setBusy('secure');
        rememberPayment(payment.id, app.id);
        window.location.assign(payment.authorizeUri);
        return;
      }
      await client.invalidateQueries({ queryKey: keys.payments(app.id) });
      await client.invalidateQueries({ queryKey: keys.application(app.id) });
      setBusy(null);
    } catch (error) {
      setProblem(error);
      setBusy(null);
    }
  }

  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const input = (field: keyof CardFields, id: string, label: string, props: Record<string, unknown>, hint?: string) => {
    const error = errorOf(id);
    return (
      <div className={'form-group' + (error ? ' form-group--error' : '')}>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span className="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{t('common:errorPrefix')}</span>
            {error}
          </span>
        )}
        <input
          type="text"
          id={id}
          value={fields[field]}
          onChange={(e) => setFields({ ...fields, [field]: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          spellCheck={false}
          {...props}
        />
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="card-title">
      <h2 id="card-title">{t('pay.card')}</h2>
      <ErrorSummary errors={errors} />
      {!!problem && <Problem error={problem} />}
      <p className="hint">{t('pay.cardHint')}</p>
      {input('number', 'card-number', t('pay.cardNumber'), { inputMode: 'numeric', autoComplete: 'cc-number', className: 'input--medium' })}
      {input('name', 'card-name', t('pay.cardName'), { autoComplete: 'cc-name' })}
      <fieldset>
        <legend>{t('pay.cardExpiry')}</legend>
        <div className="card-fields">
          {input('month', 'card-month', t('pay.cardMonth'), { inputMode: 'numeric', autoComplete: 'cc-exp-month', maxLength: 2, className: 'input--short' })}
          {input('year', 'card-year', t('pay.cardYear'), { inputMode: 'numeric', autoComplete: 'cc-exp-year', maxLength: 4, className: 'input--short' })}
        </div>
      </fieldset>
      {input('cvc', 'card-cvc', t('pay.cardCvc'), { inputMode: 'numeric', autoComplete: 'cc-csc', maxLength: 4, className: 'input--short' }, t('pay.cardCvcHint'))}
      <div className="button-group">
        <button type="submit" className="button" disabled={busy !== null}>
          {busy === 'paying' ? t('pay.paying') : busy === 'secure' ? t('pay.secure') : t('pay.payCard', { amount })}
        </button>
        <button type="button" className="button button--secondary" onClick={onOther}>
          {t('pay.otherMethod')}
        </button>
      </div>
      <span role="status" className="visually-hidden">
        {busy === 'paying' ? t('pay.paying') : busy === 'secure' ? t('pay.secure') : ''}
      </span>
    </form>
  );
}

/** Bill payment: the slip to print or show at a bank counter, or whose QR code a banking app scans. */
function BillPayment({ id }: { id: string }) {
  const { t, i18n } = useTranslation('account');
  const slip = useQuery({ queryKey: ['account', 'bill-payment', id], queryFn: () => getJson<BillSlip>(`/api/v1/applications/${id}/bill-payment`), retry: false });
  const lang = i18n.language;
  return (
    <section aria-labelledby="billpay-title">
      <h2 id="billpay-title">{t('pay.billpayTitle')}</h2>
      <p>{t('pay.billpayBody')}</p>
      {slip.isPending ? (
        <Loading />
      ) : slip.isError ? (
        <p className="notice notice--warning">{slip.error instanceof ApiError ? slip.error.messageIn(lang) : t('pay.billpayUnavailable')}</p>
      ) : (
        <>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t('pay.billpayBiller')}</dt>
              <dd>
                {pick(slip.data.biller, lang)} ({slip.data.taxId} {slip.data.suffix})
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('pay.billpayRef1')}</dt>
              <dd>{slip.data.ref1}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('pay.billpayRef2')}</dt>
              <dd>{slip.data.ref2}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('pay.billpayAmount')}</dt>
              <dd>{formatBaht(slip.data.amountSatang, lang)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('pay.billpayDue')}</dt>
              <dd>{formatDate(`${slip.data.dueDate}T12:00:00+07:00`, lang)}</dd>
            </div>
          </dl>
          <p>
            <a className="button" href={slip.data.pdf} download>
              {t('pay.billpaySlip')}
            </a>
          </p>
          <p className="hint">{t('pay.billpayAfter')}</p>
        </>
      )}
    </section>
  );
}

function Counter({ app, amount }: { app: ApplicationView; amount: string }) {
  const { t, i18n } = useTranslation('account');
  return (
    <section aria-labelledby="counter-title">
      <h2 id="counter-title">{t('pay.counterTitle')}</h2>
      <p>{t('pay.counterBody')}</p>
      {app.agency && (
        <p>
          <strong>{t('pay.office')}:</strong> {pick(app.agency.name, i18n.language)}
        </p>
      )}
      <h3>{t('pay.counterBring')}</h3>
      <ul>
        <li>{t('pay.counterBringNumber', { number: app.trackingNumber })}</li>
        <li>{t('pay.counterBringAmount', { amount })}</li>
        <li>{t('pay.counterBringId')}</li>
      </ul>
    </section>
  );
}

function Paid({ app, payments }: { app: ApplicationView; payments: PaymentsOfApplication }) {
  const { t } = useTranslation('account');
  return (
    <>
      <PageTitle title={t('pay.paidTitle')} caption={app.trackingNumber} />
      <div className="panel" role="status">
        <p className="panel__body">{t('pay.paidBody')}</p>
      </div>
      {payments.receipts.map((r) => (
        <p key={r.receiptNumber}>
          <a href={r.pdf}>{t('pay.receipt')}</a> ({r.receiptNumber})
        </p>
      ))}
      <p>
        <Link to={`/applications/${app.id}`}>{t('pay.toApplication')}</Link>
      </p>
    </>
  );
}

function History({ payments }: { payments: Payment[] }) {
  const { t, i18n } = useTranslation('account');
  if (payments.length === 0) return null;
  return (
    <details>
      <summary>{t('pay.history')}</summary>
      <ul>
        {[...payments].reverse().map((p) => (
          <li key={p.id}>
            {formatDateTime(p.createdAt, i18n.language)} · {p.method === 'promptpay' ? t('pay.promptpay') : p.method === 'card' ? t('pay.card') : t('pay.counter')} · {formatBaht(p.amountSatang, i18n.language)} ·{' '}
            <Tag colour={p.status === 'successful' ? 'green' : p.status === 'pending' ? 'yellow' : 'grey'}>{t(`pay.status.${p.status}`, { defaultValue: p.status })}</Tag>
          </li>
        ))}
      </ul>
    </details>
  );
}
