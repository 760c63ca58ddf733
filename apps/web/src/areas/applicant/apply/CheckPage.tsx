import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { BackLink, SummaryList, type SummaryRow } from '../../../components/Chrome';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { formatBaht, formatDate, formatDateTime, pick } from '../../../lib/format';
import { WithDraft } from './common';
import { formatSize, problemsOf, splitBilingual, useDocuments, useLicenceType, usePolicies, usePremisesNames, useSendEvent, useTimeline, type ApplicationView } from './data';
import { useApplicantRows } from '../../../components/ApplicantRecords';
import { missingDocuments, tasksOf } from './progress';

interface Refusal {
  to: string;
  message: string;
}

/** A required tick box in its own fieldset, with its error message when the summary names it (GOV.UK). */
function RequiredTick({ id, legend, label, checked, onChange, error, children }: { id: string; legend: string; label: string; checked: boolean; onChange: (checked: boolean) => void; error?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={'form-group' + (error ? ' form-group--error' : '')}>
      <fieldset>
        <legend>{legend}</legend>
        {children}
        {error && (
          <span className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{t('errorPrefix')}</span>
            {error}
          </span>
        )}
        <div className="choice">
          <input type="checkbox" id={id} checked={checked} required aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.checked)} />
          <label htmlFor={id}>{label}</label>
        </div>
      </fieldset>
    </div>
  );
}

/** An error summary whose links go to the page that fixes each problem (GOV.UK check answers). */
function RefusalSummary({ refusals, title }: { refusals: Refusal[]; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusals.length) ref.current?.focus();
  }, [refusals]);
  if (!refusals.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="refusal-summary-title">
      <h2 id="refusal-summary-title">{title}</h2>
      <ul>
        {refusals.map((r) => (
          <li key={r.to + r.message}>
            {r.to.startsWith('#') ? <a href={r.to}>{r.message}</a> : <Link to={r.to}>{r.message}</Link>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function display(value: unknown, enumLabels: boolean, t: (k: string) => string): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map((v) => display(v, enumLabels, t)).join(', ');
  if (typeof value === 'boolean') return value ? t('form.yes') : t('form.no');
  if (typeof value === 'number') return new Intl.NumberFormat('th-TH').format(value);
  return String(value);
}

function Check({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const navigate = useNavigate();
  const type = useLicenceType(app.licenceType.slug, app.licenceType.workflowVersion);
  const documents = useDocuments(app.id);
  const timeline = useTimeline(app.id);
  const names = usePremisesNames(app.premises);
  const applicantGroups = useApplicantRows(app.holder);
  const submit = useSendEvent(app.id);
  const policies = usePolicies();
  const [declared, setDeclared] = useState(false);
  const [consented, setConsented] = useState(false);
  const [refusals, setRefusals] = useState<Refusal[]>([]);

  if (type.isPending || documents.isPending || timeline.isPending || policies.isPending) return <Loading />;
  if (type.isError) return <Problem error={type.error} retry={() => type.refetch()} />;
  if (policies.isError) return <Problem error={policies.error} retry={() => policies.refetch()} />;
  const notice = policies.data.privacyNotice;
  const base = `/applications/${app.id}`;
  const change = (path: string, hidden: string) => ({ to: `${base}/${path}?from=check`, text: t('change', { ns: 'common' }), hidden });
  const schema = type.data.form as { properties?: Record<string, { title?: string; enum?: unknown[] }>; required?: string[] };
  const deliveryChosen = !!timeline.data?.entries.some((e) => e.event === 'CHOOSE_DELIVERY');
  const tasks = tasksOf(app, type.data, documents.data, deliveryChosen);
  const unfinished = tasks.filter((task) => task.name !== 'check' && task.status !== 'done');
  const missing = missingDocuments(type.data, documents.data);

  const formRows: SummaryRow[] = Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const label = splitBilingual(prop.title ?? name, lang);
    const value = display(app.form[name], !!prop.enum, (k) => t(k));
    return { key: `form-${name}`, label, value: value || <span className="hint-inline">{t('check.notAnswered')}</span>, change: change('form', label) };
  });
  const documentRows: SummaryRow[] = type.data.documents.map((d) => {
    const label = d.label ? pick(d.label, lang) : d.code;
    const file = documents.data?.documents.find((x) => x.code === d.code && (x.filename || x.sha256));
    return {
      key: `doc-${d.code}`,
      label,
      value: file ? `${file.filename ?? ''} (${formatSize(file.sizeBytes, lang)})` : missing.includes(d.code) ? <strong>{t('documents.missing')}</strong> : t('documents.optional'),
      change: change('documents', label),
    };
  });
  const premisesText = [
    app.premises.address,
    names?.subdistrict && !app.premises.address.includes(names.subdistrict.name.th) ? pick(names.subdistrict.name, lang) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const fee = type.data.fees[0];
  // A fee written as lines (a rule) is computed; one without lines and with a range is set by the office.
  const feeIsRange = !!fee && !('lines' in fee) && fee.amountSatang != null && !!fee.maxAmountSatang && fee.maxAmountSatang > fee.amountSatang;
  const feeValue = fee
    ? `${pick(type.data.feeText, lang)} – ${t(`check.feeDue.${fee.due}`, { defaultValue: '' })}${feeIsRange ? `. ${t('check.feeSetAtApproval')}` : ''}`
    : pick(type.data.feeText, lang);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const unticked: Refusal[] = [
      ...(consented ? [] : [{ to: '#privacy-consent', message: t('check.consentError') }]),
      ...(declared ? [] : [{ to: '#declaration', message: t('check.declarationError') }]),
    ];
    if (unticked.length) return setRefusals(unticked);
    setRefusals([]);
    try {
      // The applicant's own agreement to the notice version she was shown; the API records it with the application.
      await submit.mutateAsync({ type: 'SUBMIT', expectedVersion: app.version, data: { privacyConsent: { noticeVersion: notice.version, agreed: true } } });
      void navigate(`${base}/confirmation`);
    } catch (error) {
      const message = error instanceof ApiError ? error.messageIn(lang) : String(error);
      const code = error instanceof ApiError ? error.code : '';
      const found: Refusal[] = [];
      if (code === 'APPLICANT_DATA_NOT_CONFIRMED') found.push({ to: `${base}/applicant?from=check`, message: t('check.fix.applicant') });
      if (code === 'PRIVACY_CONSENT_REQUIRED' || code === 'PRIVACY_NOTICE_NOT_CURRENT') {
        // A newer notice was published meanwhile: show it, and ask for the tick again.
        setConsented(false);
        void policies.refetch();
        found.push({ to: '#privacy-consent', message });
      }
      for (const p of problemsOf(error)) {
        if (p.field?.startsWith('form')) found.push({ to: `${base}/form?from=check`, message: `${t('check.fix.form')}: ${splitBilingual(schema.properties?.[p.field.replace(/^form\.?/, '').split('.')[0]]?.title ?? p.field, lang)}` });
        else if (p.field?.startsWith('documents.')) {
          // The API names each required document not yet uploaded (`documents.<code>`).
          const code = p.field.slice('documents.'.length);
          const doc = type.data.documents.find((d) => d.code === code);
          found.push({ to: `${base}/documents?from=check`, message: `${t('check.fix.documents')}: ${doc?.label ? pick(doc.label, lang) : code}` });
        } else if (p.guard === 'documentsComplete') found.push({ to: `${base}/documents?from=check`, message: t('check.fix.documents') });
        else if (p.guard === 'formComplete') found.push({ to: `${base}/form?from=check`, message: t('check.fix.form') });
      }
      setRefusals(found.length ? found : [{ to: `${base}/tasks`, message }]);
    }
  };

  const deliveryLabel = t(`delivery.methods.${app.delivery.method}`) + (app.delivery.method === 'post' && app.delivery.address ? ` – ${app.delivery.address}` : '');
  const holderName = app.holder.name ? pick(app.holder.name, lang) : '';

  return (
    <>
      <BackLink to={`${base}/tasks`}>{t('back')}</BackLink>
      <RefusalSummary refusals={refusals} title={t('errorSummaryTitle', { ns: 'common' })} />
      <PageTitle title={t('check.title')} caption={`${t('trackingNumber')} ${app.trackingNumber}`} hasErrors={refusals.length > 0} />
      {unfinished.length > 0 && (
        <div className="notice notice--warning">
          <p>{t('check.notReady')}</p>
          <ul>
            {unfinished.map((task) => (
              <li key={task.name}>
                <Link to={`${task.path}?from=check`}>{t(`tasks.${task.name}`)}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>{t('check.licence')}</h2>
      <SummaryList
        rows={[
          { key: 'licence', label: t('licence'), value: pick(app.licenceType.name, lang) },
          { key: 'office', label: t('office'), value: app.agency ? pick(app.agency.name, lang) : '' },
        ]}
      />
      <h2>{t('check.premises')}</h2>
      <SummaryList rows={[{ key: 'premises', label: t('premises.title'), value: premisesText, change: change('premises', t('premises.title')) }]} />
      <h2>{t('check.form')}</h2>
      <SummaryList rows={formRows} />
      {documentRows.length > 0 && (
        <>
          <h2>{t('check.documents')}</h2>
          <SummaryList rows={documentRows} />
        </>
      )}
      <h2>{t('check.applicant')}</h2>
      <SummaryList
        rows={[
          { key: 'holder', label: app.holder.type === 'juristic' ? t('applicant.holderJuristic') : t('applicant.holderPerson'), value: holderName },
          ...applicantGroups.slice(0, 1).map((g) => ({ key: 'source', label: t('applicant.title'), value: g.source })),
          {
            key: 'confirmed',
            label: t('applicant.confirm'),
            value: app.holder.confirmedAt ? t('applicant.confirmed', { time: formatDateTime(app.holder.confirmedAt, lang) }) : <strong>{t('tasks.status.notStarted')}</strong>,
            change: change('applicant', t('applicant.title')),
          },
        ]}
      />
      {tasks.some((task) => task.name === 'delivery') && (
        <>
          <h2>{t('check.delivery')}</h2>
          <SummaryList rows={[{ key: 'delivery', label: t('delivery.title'), value: deliveryLabel, change: change('delivery', t('delivery.title')) }]} />
        </>
      )}
      <h2>{t('check.feeAndTime')}</h2>
      <SummaryList
        rows={[
          { key: 'fee', label: t('fee'), value: fee?.amountSatang != null && !feeIsRange ? `${formatBaht(fee.amountSatang, lang)} – ${t(`check.feeDue.${fee.due}`, { defaultValue: '' })}` : feeValue },
          { key: 'time', label: t('time'), value: pick(type.data.processingDaysText, lang) },
        ]}
      />
      <h2>{t('check.pdpaTitle')}</h2>
      <p>{t('check.pdpa')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <RequiredTick
          id="privacy-consent"
          legend={t('check.consentLegend')}
          label={t('check.consent', { version: notice.version })}
          checked={consented}
          onChange={setConsented}
          error={refusals.find((r) => r.to === '#privacy-consent')?.message}
        >
          <p>
            <a href={notice.url} target="_blank" rel="noopener noreferrer">
              {t('check.consentRead', { version: notice.version, date: formatDate(notice.issuedOn, lang) })} {t('check.newTab')}
            </a>
          </p>
          <p>{t('check.consentCovers')}</p>
          <ul>
            {notice.covers.map((p) => (
              <li key={p.code}>{pick(p.label, lang)}</li>
            ))}
          </ul>
        </RequiredTick>
        <RequiredTick
          id="declaration"
          legend={t('check.declarationLegend')}
          label={t('check.declaration')}
          checked={declared}
          onChange={setDeclared}
          error={refusals.find((r) => r.to === '#declaration')?.message}
        />
        <button type="submit" className="button" disabled={submit.isPending}>
          {submit.isPending ? t('check.submitting') : t('check.submit')}
        </button>
      </form>
    </>
  );
}

/** `/applications/:id/check`: every answer with Change links, fee and time, PDPA, the declaration and submit. */
export default function CheckPage() {
  return <WithDraft>{(app) => <Check app={app} />}</WithDraft>;
}
