import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, send, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { BackLink, Tag } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatBaht, formatDateTime, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { apiErrors } from './ActionForms';
import { NotForYourRole } from './OfficeArea';

type BillImport = components['schemas']['BillImportView'];
type BillLine = components['schemas']['BillLineView'];
const IMPORTERS = ['officer', 'head_of_office'];

/** `/office/bill-payments`: import the bank's statement, enter one payment, see what each line became and the history. */
export default function BillPaymentsPage() {
  const me = useSession().data!;
  if (!me.roles.some((r) => IMPORTERS.includes(r))) return <NotForYourRole isApplicant={false} />;
  return <BillPayments />;
}

function BillPayments() {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const client = useQueryClient();
  const biller = useQuery({ queryKey: ['office', 'biller'], queryFn: () => unwrap(api.GET('/bill-payments/biller')), retry: false });
  const history = useQuery({ queryKey: ['office', 'bill-payments'], queryFn: () => unwrap(api.GET('/bill-payments')) });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<BillImport | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [entry, setEntry] = useState({ ref1: '', ref2: '', amount: '', paidAt: '', bankCode: '006', bankReference: '' });
  const done = (r: BillImport) => {
    setErrors([]);
    setResult(r);
    void client.invalidateQueries({ queryKey: ['office', 'bill-payments'] });
  };

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return setErrors([{ field: 'statement-file', message: t('billpay.fileMissing') }]);
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      done((await (await send('/api/v1/bill-payments/statements', { method: 'POST', body })).json()) as BillImport);
    } catch (error) {
      setResult(null);
      setErrors(apiErrors(error, lang, 'statement-file', ''));
    }
  }

  async function record(event: FormEvent) {
    event.preventDefault();
    try {
      const paidAt = entry.paidAt ? new Date(`${entry.paidAt}:00+07:00`).toISOString() : '';
      done(await unwrap(api.POST('/bill-payments/counter-entries', { body: { ref1: entry.ref1.trim(), ref2: entry.ref2.trim(), amountSatang: Math.round(Number(entry.amount) * 100), paidAt, bankCode: entry.bankCode.trim(), bankReference: entry.bankReference.trim() } })));
    } catch (error) {
      setResult(null);
      setErrors(apiErrors(error, lang, 'entry-ref1', ''));
    }
  }

  const field = (name: keyof typeof entry, label: string, type = 'text', extra: Record<string, string> = {}) => (
    <div className="form-group">
      <label htmlFor={`entry-${name}`}>{label}</label>
      <input id={`entry-${name}`} className="input" type={type} value={entry[name]} onChange={(e) => setEntry({ ...entry, [name]: e.target.value })} {...extra} />
    </div>
  );

  return (
    <>
      <BackLink to="/office">{t('review.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('billpay.title')} hasErrors={errors.length > 0} />
      <p>{t('billpay.lead')}</p>
      {biller.data && <p className="hint">{t('billpay.account', { bank: biller.data.bankCode, account: biller.data.accountNumber, biller: biller.data.billerId })}</p>}
      {biller.isError && <Problem error={biller.error} />}
      {result && (
        <div className="notice notice--success" role="status">
          <p>{t('billpay.result', { settled: result.settled, held: result.held, already: result.alreadyImported })}</p>
          <Lines lines={result.lines} lang={lang} />
        </div>
      )}
      <form noValidate onSubmit={upload}>
        <h2>{t('billpay.uploadTitle')}</h2>
        <div className={'form-group' + (errors.some((e) => e.field === 'statement-file') ? ' form-group--error' : '')}>
          <label htmlFor="statement-file">{t('billpay.file')}</label>
          <input id="statement-file" type="file" accept=".txt,text/plain" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="button">
          {t('billpay.upload')}
        </button>
      </form>
      <form noValidate onSubmit={record}>
        <h2>{t('billpay.counterTitle')}</h2>
        {field('ref1', t('billpay.ref1'), 'text', { inputMode: 'numeric', autoComplete: 'off' })}
        {field('ref2', t('billpay.ref2'), 'text', { inputMode: 'numeric', autoComplete: 'off' })}
        {field('amount', t('billpay.amount'), 'text', { inputMode: 'decimal' })}
        {field('paidAt', t('billpay.paidAt'), 'datetime-local', { className: 'input--time' })}
        {field('bankCode', t('billpay.bankCode'), 'text', { inputMode: 'numeric' })}
        {field('bankReference', t('billpay.bankReference'))}
        <button type="submit" className="button">
          {t('billpay.record')}
        </button>
      </form>
      <h2>{t('billpay.historyTitle')}</h2>
      {history.isPending && <Loading />}
      {history.isError && <Problem error={history.error} retry={() => void history.refetch()} />}
      {history.data && history.data.imports.length === 0 && <p>{t('billpay.none')}</p>}
      {history.data && history.data.imports.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('billpay.when')}</th>
              <th scope="col">{t('billpay.source')}</th>
              <th scope="col">{t('billpay.by')}</th>
              <th scope="col">{t('billpay.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.imports.map((i) => (
              <tr key={i.id}>
                <td>{formatDateTime(i.importedAt, lang)}</td>
                <td>
                  {i.source === 'statement' ? t('billpay.statement') : t('billpay.counter')} {i.fileName ?? ''} ({formatBaht(i.totalSatang, lang)})
                </td>
                <td>{i.importedBy.displayName}</td>
                <td>
                  {i.settled} / {i.held} / {i.alreadyImported}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('billpay.unmatchedTitle')}</h2>
      {history.data && (history.data.unmatched.length === 0 ? <p>{t('billpay.none')}</p> : <Lines lines={history.data.unmatched} lang={lang} />)}
    </>
  );
}

function Lines({ lines, lang }: { lines: BillLine[]; lang: string }) {
  const { t } = useTranslation('office');
  return (
    <ul className="list">
      {lines.map((l) => (
        <li key={`${l.lineNumber}-${l.ref1}-${l.paidAt}`}>
          {t('billpay.line')} {l.lineNumber}: <Tag colour={l.result === 'settled' ? 'green' : l.result === 'held' ? 'orange' : 'grey'}>{t(`billpay.${l.result}`)}</Tag> Ref1 {l.ref1} Ref2 {l.ref2} · {formatBaht(l.amountSatang, lang)} ·{' '}
          {formatDateTime(l.paidAt, lang)}
          {l.holdReasonText && <> · {pick(l.holdReasonText, lang)}</>}
          {l.application && (
            <>
              {' '}
              · <Link to={`/office/applications/${l.application.id}`}>{l.application.trackingNumber}</Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
