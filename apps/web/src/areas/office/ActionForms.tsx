import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldErrorMessage, FormField } from '../../components/FormField';
import { ApiError } from '../../api/client';
import type { FieldError } from '../../components/ErrorSummary';
import { useDocuments } from '../../lib/documents';
import { formatBaht, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useCounterPayment, usePayments, useSendEvent, useStaff, useUploadInspectionPhoto, type ApplicationView, type EventType, type LicenceType, type SendEvent } from './data';

type Report = (errors: FieldError[]) => void;
type Succeeded = (message: string) => void;
interface FormProps {
  app: ApplicationView;
  type: EventType;
  label: string;
  report: Report;
  succeeded: Succeeded;
}

/** Events the office sends from this page; the applicant's and the system's are never offered here. */
const OFFICE_EVENTS = new Set<string>(['RECEIVE', 'ACCEPT', 'REQUEST_INFO', 'SCHEDULE_INSPECTION', 'RECORD_INSPECTION', 'FORWARD', 'APPROVE', 'REJECT', 'APPROVE_SIGNATURE', 'RECORD_DELIVERY', 'SUSPEND', 'REINSTATE', 'REVOKE', 'OPEN_HEARING', 'SUMMARISE_HEARING']);
/** The states of a public hearing (issue 18) in which the office reads the comments on the hearing's own page. */
const HEARING_STATES = new Set(['hearing_open', 'hearing_answers', 'hearing_summary']);
/** The vocabulary's events that need a comment, besides those with a form of their own (REJECT, REQUEST_INFO). */
const COMMENT_REQUIRED = new Set<string>(['SUSPEND', 'REINSTATE', 'REVOKE']);
const STALE_CODES = new Set(['APPLICATION_VERSION_STALE', 'APPLICATION_CHANGED_CONCURRENTLY']);

/** The steps the signed-in staff member may take now (the application's `availableEvents`), each its own small form. */
export function Actions({ app, licenceType, report, succeeded }: { app: ApplicationView; licenceType: LicenceType | undefined; report: Report; succeeded: Succeeded }) {
  const { t, i18n } = useTranslation('office');
  const me = useSession().data!;
  const events = app.availableEvents.filter((e) => OFFICE_EVENTS.has(e.type));
  const takesCounterPayment = app.status === 'awaiting_payment' && (me.roles.includes('officer') || me.roles.includes('approver'));
  const shouldClaim = events.length > 0 && !app.assignedTo && !!app.awaiting && me.roles.includes(app.awaiting);
  return (
    <section className="review-section" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('review.actions')}</h2>
      {shouldClaim && <p className="notice">{t('review.claimFirst')}</p>}
      {app.hearingId && HEARING_STATES.has(app.state) && (
        <p className="notice">
          {t(`actions.hearing.${app.state === 'hearing_open' ? 'open' : app.state === 'hearing_answers' ? 'answers' : 'summary'}`)}{' '}
          <Link to={`/office/hearings/${app.hearingId}`}>{t('actions.hearing.link')}</Link>
        </p>
      )}
      {events.length === 0 && !takesCounterPayment && <p>{t('review.noActions')}</p>}
      {events.map((event) => {
        const props: FormProps = { app, type: event.type as EventType, label: pick(event.label, i18n.language), report, succeeded };
        switch (event.type) {
          case 'REQUEST_INFO':
            return <RequestInfoForm key={event.type} {...props} licenceType={licenceType} />;
          case 'SCHEDULE_INSPECTION':
            return <ScheduleForm key={event.type} {...props} />;
          case 'RECORD_INSPECTION':
            return <InspectionForm key={event.type} {...props} />;
          case 'REJECT':
            return <RejectForm key={event.type} {...props} />;
          case 'RECORD_DELIVERY':
            return <DeliveryForm key={event.type} {...props} />;
          case 'OPEN_HEARING':
            return <OpenHearingForm key={event.type} {...props} />;
          case 'SUMMARISE_HEARING':
            return <SummariseHearingForm key={event.type} {...props} />;
          default:
            return event.feeRange ? <FeeSettingForm key={event.type} {...props} range={event.feeRange} /> : <SimpleForm key={event.type} {...props} />;
        }
      })}
      {takesCounterPayment && <CounterPaymentForm app={app} report={report} succeeded={succeeded} />}
    </section>
  );
}

/**
 * An event's data. The document declares `data` as a free-form object, which openapi-typescript renders as
 * Record<string, never>; the engine's vocabulary checks the shape on the server.
 */
function eventData(data: Record<string, unknown>): SendEvent['data'] {
  return data as unknown as SendEvent['data'];
}

/** The API's refusal as error-summary entries: each problem it names (details), else its message, in the user's language. */
export function apiErrors(error: unknown, lang: string, field: string, stale: string): FieldError[] {
  if (!(error instanceof ApiError)) return [{ field, message: String((error as Error)?.message ?? error) }];
  if (STALE_CODES.has(error.code)) return [{ field, message: stale }];
  return [{ field, message: error.messageIn(lang) }];
}

/** Sends one event with the version this page was drawn from, so a change made meanwhile is refused, not overwritten. */
function useEventSender({ app, type, label, report, succeeded }: FormProps) {
  const { t, i18n } = useTranslation('office');
  const send = useSendEvent(app.id);
  return {
    pending: send.isPending,
    async send(event: Omit<SendEvent, 'type' | 'expectedVersion'>, errorField: string): Promise<boolean> {
      try {
        await send.mutateAsync({ type, expectedVersion: app.version, ...event });
        succeeded(t('review.done', { event: label }));
        return true;
      } catch (error) {
        report(apiErrors(error, i18n.language, errorField, t('review.stale')));
        return false;
      }
    },
  };
}

export function ActionForm({ id, title, hint, warning, children, onSubmit }: { id: string; title: string; hint?: string; warning?: boolean; children: ReactNode; onSubmit: (e: FormEvent) => void }) {
  return (
    <form className={'action-form' + (warning ? ' action-form--warning' : '')} aria-labelledby={`${id}-title`} onSubmit={onSubmit} noValidate>
      <h3 id={`${id}-title`}>{title}</h3>
      {hint && <p>{hint}</p>}
      {children}
    </form>
  );
}

export function TextArea({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => <textarea id={id} rows={rows} value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

export function TextInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  className,
  inputMode,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  className?: string;
  inputMode?: 'decimal';
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => (
        <input
          type={type}
          id={id}
          className={className}
          inputMode={inputMode}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

export function SubmitButton({ pending, label, warning }: { pending: boolean; label: string; warning?: boolean }) {
  const { t } = useTranslation('office');
  return (
    <button type="submit" className={'button' + (warning ? ' button--warning' : '')} disabled={pending}>
      {pending ? t('actions.sending') : label}
    </button>
  );
}

const HINTS: Record<string, string> = {
  RECEIVE: 'actions.receiveHint',
  ACCEPT: 'actions.acceptHint',
  APPROVE: 'actions.approveHint',
  FORWARD: 'actions.forwardHint',
  APPROVE_SIGNATURE: 'actions.signatureHint',
};

/** Receive, accept, forward, approve (and the other plain steps): an optional note, or a required one where the vocabulary asks. */
function SimpleForm(props: FormProps) {
  const { t } = useTranslation('office');
  const { type, label, report } = props;
  const sender = useEventSender(props);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const required = COMMENT_REQUIRED.has(type);
  const id = `event-${type.toLowerCase()}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (required && !comment.trim()) {
      const message = t('actions.reject.reasonMissing');
      setError(message);
      return report([{ field: `${id}-comment`, message }]);
    }
    setError(undefined);
    if (await sender.send(comment.trim() ? { comment: comment.trim() } : {}, `${id}-comment`)) setComment('');
  }

  return (
    <ActionForm id={id} title={label} hint={HINTS[type] ? t(HINTS[type]) : undefined} onSubmit={(e) => void submit(e)}>
      {type === 'APPROVE_SIGNATURE' && (
        <p>
          <a href={`/api/v1/applications/${encodeURIComponent(props.app.id)}/licence-preview.pdf`} target="_blank" rel="noopener">
            {t('actions.preview')}
          </a>
        </p>
      )}
      <TextArea id={`${id}-comment`} label={required ? t('actions.reject.reason') : t('actions.comment')} hint={t('actions.commentHint')} error={error} value={comment} onChange={setComment} rows={2} />
      <SubmitButton pending={sender.pending} label={label} />
    </ActionForm>
  );
}

type FeeRange = NonNullable<ApplicationView['availableEvents'][number]['feeRange']>;

/**
 * A step that raises a fee the catalogue states only as a range (APPROVE, or a notification's ACCEPT): the office sets
 * the amount within it, in baht, with the reason the applicant reads before paying.
 */
function FeeSettingForm(props: FormProps & { range: FeeRange }) {
  const { t, i18n } = useTranslation('office');
  const { type, label, report, range } = props;
  const sender = useEventSender(props);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = `event-${type.toLowerCase()}`;
  const within = { min: formatBaht(range.minSatang, i18n.language), max: formatBaht(range.maxSatang, i18n.language) };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    const baht = amount.replace(/,/g, '').trim();
    const satang = Math.round(Number(baht) * 100);
    if (!/^\d+(\.\d{1,2})?$/.test(baht) || satang < range.minSatang || satang > range.maxSatang) {
      found.push({ field: `${id}-fee-amount`, message: t('actions.fee.amountInvalid', within) });
    }
    if (!reason.trim()) found.push({ field: `${id}-fee-reason`, message: t('actions.fee.reasonMissing') });
    setErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    if (found.length > 0) return report(found);
    const data = eventData({ feeAmountSatang: satang, feeReason: reason.trim() });
    if (await sender.send({ data }, `${id}-fee-amount`)) {
      setAmount('');
      setReason('');
    }
  }

  return (
    <ActionForm id={id} title={label} hint={t('actions.fee.hint', { fee: pick(range.label, i18n.language), ...within })} onSubmit={(e) => void submit(e)}>
      <TextInput
        id={`${id}-fee-amount`}
        className="input--medium"
        inputMode="decimal"
        label={t('actions.fee.amount')}
        hint={t('actions.fee.amountHint', within)}
        error={errors[`${id}-fee-amount`]}
        value={amount}
        onChange={setAmount}
      />
      <TextArea id={`${id}-fee-reason`} label={t('actions.fee.reason')} hint={t('actions.fee.reasonHint')} error={errors[`${id}-fee-reason`]} value={reason} onChange={setReason} rows={2} />
      <SubmitButton pending={sender.pending} label={label} />
    </ActionForm>
  );
}

/**
 * REQUEST_INFO: per document of the licence type a checkbox and the reason, and free questions, sent as the
 * structured `data.items` the applicant answers one by one; the same request, written out, is the event's comment.
 */
function RequestInfoForm(props: FormProps & { licenceType: LicenceType | undefined }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const { label, report, licenceType } = props;
  const sender = useEventSender(props);
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const [questions, setQuestions] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const documents = licenceType?.documents ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    const picked = documents.filter((d) => chosen[d.code] !== undefined);
    for (const d of picked) {
      if (!chosen[d.code]!.trim()) found.push({ field: `request-reason-${d.code}`, message: t('actions.request.reasonMissing', { label: pick(d.label, lang) }) });
    }
    const questionLines = questions
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean);
    if (!picked.length && !questionLines.length) found.push({ field: documents.length ? `request-doc-${documents[0].code}` : 'request-questions', message: t('actions.request.nothing') });
    setErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    if (found.length) return report(found);
    const lines = [
      ...(picked.length ? [t('actions.request.heading'), ...picked.map((d) => `- ${pick(d.label, lang)}: ${chosen[d.code]!.trim()}`)] : []),
      ...(questionLines.length ? [t('actions.request.questionsHeading'), ...questionLines.map((q) => `- ${q}`)] : []),
    ];
    const items = [
      ...picked.map((d) => ({ kind: 'document', documentCode: d.code, reason: chosen[d.code]!.trim() })),
      ...questionLines.map((question) => ({ kind: 'information', question })),
    ];
    if (await sender.send({ comment: lines.join('\n'), data: eventData({ items }) }, picked.length ? `request-doc-${picked[0].code}` : 'request-questions')) {
      setChosen({});
      setQuestions('');
    }
  }

  const nothingError = errors[documents.length ? `request-doc-${documents[0].code}` : 'request-questions'];
  return (
    <ActionForm id="event-request_info" title={label} onSubmit={(e) => void submit(e)}>
      {documents.length > 0 && (
        <div className={'form-group' + (nothingError && documents.length ? ' form-group--error' : '')}>
          <fieldset aria-describedby="request-docs-hint">
            <legend>{t('actions.request.documentsLegend')}</legend>
            <span className="hint" id="request-docs-hint">
              {t('actions.request.documentsHint')}
            </span>
            <FieldErrorMessage id="request-docs-error" message={nothingError} />
            {documents.map((d) => {
              const docLabel = pick(d.label, lang);
              const checked = chosen[d.code] !== undefined;
              return (
                <div className="request-doc" key={d.code}>
                  <div className="choice">
                    <input
                      type="checkbox"
                      id={`request-doc-${d.code}`}
                      checked={checked}
                      aria-controls={`request-reason-group-${d.code}`}
                      onChange={(e) => setChosen({ ...chosen, [d.code]: e.target.checked ? '' : undefined })}
                    />
                    <label htmlFor={`request-doc-${d.code}`}>{docLabel}</label>
                  </div>
                  <div id={`request-reason-group-${d.code}`} hidden={!checked}>
                    {checked && (
                      <TextArea
                        id={`request-reason-${d.code}`}
                        label={t('actions.request.reason', { label: docLabel })}
                        error={errors[`request-reason-${d.code}`]}
                        value={chosen[d.code] ?? ''}
                        onChange={(value) => setChosen({ ...chosen, [d.code]: value })}
                        rows={2}
                      />
                    )}
                  </div>
                </div>
              );
            })}
          </fieldset>
        </div>
      )}
      <TextArea
        id="request-questions"
        label={t('actions.request.questions')}
        hint={t('actions.request.questionsHint')}
        error={documents.length ? undefined : nothingError}
        value={questions}
        onChange={setQuestions}
      />
      <SubmitButton pending={sender.pending} label={label} />
    </ActionForm>
  );
}

/** Today in Bangkok as YYYY-MM-DD (what an <input type=date> holds). */
function todayInBangkok(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function ScheduleForm(props: FormProps) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const { label, report } = props;
  const me = useSession().data!;
  const staff = useStaff();
  const sender = useEventSender(props);
  const [date, setDate] = useState('');
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('12:00');
  const [inspector, setInspector] = useState(me.id);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The inspector is an officer of the office (GET /work-queue/staff).
  const inspectors = (staff.data ?? []).filter((person) => person.roles.includes('officer'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!date) found.push({ field: 'schedule-date', message: t('actions.schedule.dateMissing') });
    else if (date < todayInBangkok()) found.push({ field: 'schedule-date', message: t('actions.schedule.datePast') });
    if (!from || !to || from >= to) found.push({ field: 'schedule-from', message: t('actions.schedule.windowInvalid') });
    if (!inspector) found.push({ field: 'schedule-inspector', message: t('actions.schedule.inspectorMissing') });
    setErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    if (found.length) return report(found);
    const data = eventData({ date, window: { from, to }, inspectorId: inspector, ...(notes.trim() ? { notes: notes.trim() } : {}) });
    if (await sender.send({ data }, 'schedule-date')) {
      setDate('');
      setNotes('');
    }
  }

  return (
    <ActionForm id="event-schedule_inspection" title={label} onSubmit={(e) => void submit(e)}>
      <TextInput id="schedule-date" type="date" className="input--date" label={t('actions.schedule.date')} hint={t('actions.schedule.dateHint')} error={errors['schedule-date']} value={date} onChange={setDate} />
      <div className={'form-group' + (errors['schedule-from'] ? ' form-group--error' : '')}>
        <fieldset aria-describedby={errors['schedule-from'] ? 'schedule-window-error' : undefined}>
          <legend>{t('actions.schedule.window')}</legend>
          <FieldErrorMessage id="schedule-window-error" message={errors['schedule-from']} />
          <div className="time-window">
            <div>
              <label htmlFor="schedule-from">{t('actions.schedule.from')}</label>
              <input type="time" id="schedule-from" className="input--time" value={from} onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div>
              <label htmlFor="schedule-to">{t('actions.schedule.to')}</label>
              <input type="time" id="schedule-to" className="input--time" value={to} onChange={(e) => setTo(e.target.value)} />
            </div>
          </div>
        </fieldset>
      </div>
      <div className={'form-group' + (errors['schedule-inspector'] ? ' form-group--error' : '')}>
        <label htmlFor="schedule-inspector">{t('actions.schedule.inspector')}</label>
        <FieldErrorMessage id="schedule-inspector-error" message={errors['schedule-inspector']} />
        <select id="schedule-inspector" value={inspector} onChange={(e) => setInspector(e.target.value)}>
          {!inspectors.some((p) => p.id === me.id) && <option value={me.id}>{t('actions.schedule.me')}</option>}
          {inspectors.map((person) => (
            <option key={person.id} value={person.id}>
              {person.id === me.id ? t('actions.schedule.me') : pick(person.displayName, lang)}
            </option>
          ))}
        </select>
      </div>
      <TextArea id="schedule-notes" label={t('actions.schedule.notes')} hint={t('actions.schedule.notesHint')} value={notes} onChange={setNotes} rows={2} />
      <SubmitButton pending={sender.pending} label={label} />
    </ActionForm>
  );
}

/** The checklist an inspector goes through at a site (the office may add items); each item passes or not, with a note. */
const CHECKLIST = ['cleanliness', 'handWashing', 'foodStorage', 'waste', 'toilets', 'pests'] as const;

interface Finding {
  item: string;
  ok: boolean | null;
  note: string;
}

function InspectionForm(props: FormProps) {
  const { t, i18n } = useTranslation('office');
  const { app, label, report } = props;
  const sender = useEventSender(props);
  const uploadPhoto = useUploadInspectionPhoto(app.id);
  const [result, setResult] = useState<'pass' | 'fail' | ''>('');
  const [findings, setFindings] = useState<Finding[]>(() => CHECKLIST.map((key) => ({ item: t(`actions.inspect.checklist.${key}`), ok: null, note: '' })));
  const [extra, setExtra] = useState('');
  const [notes, setNotes] = useState('');
  const [photos, setPhotos] = useState<{ id: string; filename: string }[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setFinding = (index: number, change: Partial<Finding>) => {
    setFindings(findings.map((f, i) => (i === index ? { ...f, ...change } : f)));
    // An answered item's "give the result" message goes away at once.
    if (change.ok !== undefined && errors[`finding-${index}-pass`]) setErrors(Object.fromEntries(Object.entries(errors).filter(([field]) => field !== `finding-${index}-pass`)));
  };

  async function addPhotos(files: FileList | null) {
    if (!files?.length) return;
    for (const file of Array.from(files)) {
      try {
        const photo = await uploadPhoto.mutateAsync(file);
        setPhotos((list) => [...list, { id: photo.id, filename: file.name }]);
      } catch (error) {
        const message = apiErrors(error, i18n.language, 'inspect-photos', t('review.stale'))[0].message;
        setErrors((e) => ({ ...e, 'inspect-photos': `${file.name}: ${message}` }));
        report([{ field: 'inspect-photos', message: `${file.name}: ${message}` }]);
      }
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!result) found.push({ field: 'inspect-result-pass', message: t('actions.inspect.resultMissing') });
    findings.forEach((f, i) => {
      if (f.ok === null) found.push({ field: `finding-${i}-pass`, message: t('actions.inspect.findingMissing', { item: f.item }) });
    });
    const failed = findings.filter((f) => f.ok === false);
    if (result === 'fail' && !notes.trim() && failed.every((f) => !f.note.trim())) found.push({ field: 'inspect-notes', message: t('actions.inspect.notesMissing') });
    setErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    if (found.length) return report(found);
    const data = eventData({
      result,
      findings: findings.map((f) => ({ item: f.item, ok: f.ok!, ...(f.note.trim() ? { note: f.note.trim() } : {}) })),
      ...(photos.length ? { photoIds: photos.map((p) => p.id) } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
    if (await sender.send({ data }, 'inspect-result-pass')) {
      setResult('');
      setNotes('');
      setPhotos([]);
    }
  }
  const resultError = errors['inspect-result-pass'];
  return (
    <ActionForm id="event-record_inspection" title={label} onSubmit={(e) => void submit(e)}>
      <div className="form-group">
        <fieldset>
          <legend>{t('actions.inspect.findings')}</legend>
          <span className="hint">{t('actions.inspect.findingsHint')}</span>
          <ol className="findings">
            {findings.map((finding, index) => {
              const error = errors[`finding-${index}-pass`];
              return (
                <li key={index} className={'finding' + (error ? ' form-group--error' : '')}>
                  <fieldset aria-describedby={error ? `finding-${index}-error` : undefined}>
                    <legend className="finding__item">{finding.item}</legend>
                    <FieldErrorMessage id={`finding-${index}-error`} message={error} />
                    <div className="finding__choices">
                      {([true, false] as const).map((ok) => (
                        <div className="choice" key={String(ok)}>
                          <input type="radio" id={ok ? `finding-${index}-pass` : `finding-${index}-fail`} name={`finding-${index}`} checked={finding.ok === ok} onChange={() => setFinding(index, { ok })} />
                          <label htmlFor={ok ? `finding-${index}-pass` : `finding-${index}-fail`}>{ok ? t('actions.inspect.ok') : t('actions.inspect.notOk')}</label>
                        </div>
                      ))}
                    </div>
                    <label htmlFor={`finding-${index}-note`} className="finding__note-label">
                      {t('actions.inspect.note')}
                    </label>
                    <input type="text" id={`finding-${index}-note`} value={finding.note} onChange={(e) => setFinding(index, { note: e.target.value })} />
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <div className="finding-add">
            <label htmlFor="finding-new">{t('actions.inspect.addItem')}</label>
            <input type="text" id="finding-new" value={extra} onChange={(e) => setExtra(e.target.value)} />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                if (!extra.trim()) return;
                setFindings([...findings, { item: extra.trim(), ok: null, note: '' }]);
                setExtra('');
              }}
            >
              {t('actions.inspect.add')}
            </button>
          </div>
        </fieldset>
      </div>
      <div className={'form-group' + (errors['inspect-photos'] ? ' form-group--error' : '')}>
        <label htmlFor="inspect-photos">{t('actions.inspect.photos')}</label>
        <span className="hint" id="inspect-photos-hint">
          {t('actions.inspect.photosHint')}
        </span>
        <FieldErrorMessage id="inspect-photos-error" message={errors['inspect-photos']} />
        <input type="file" id="inspect-photos" accept="image/jpeg,image/png" multiple aria-describedby="inspect-photos-hint" onChange={(e) => void addPhotos(e.target.files)} />
        {uploadPhoto.isPending && <p role="status">{t('actions.inspect.uploading')}</p>}
        {photos.length > 0 && (
          <ul className="photo-list">
            {photos.map((p) => (
              <li key={p.id}>
                <img src={`/api/v1/applications/${app.id}/inspection-photos/${p.id}`} alt={p.filename} />
                <button type="button" className="link-button" onClick={() => setPhotos(photos.filter((x) => x.id !== p.id))}>
                  {t('actions.inspect.removePhoto')}
                  <span className="visually-hidden"> {p.filename}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={'form-group' + (resultError ? ' form-group--error' : '')}>
        <fieldset aria-describedby={resultError ? 'inspect-result-error' : undefined}>
          <legend>{t('actions.inspect.result')}</legend>
          <FieldErrorMessage id="inspect-result-error" message={resultError} />
          {(['pass', 'fail'] as const).map((value) => (
            <div className="choice" key={value}>
              <input type="radio" id={`inspect-result-${value}`} name="inspect-result" value={value} checked={result === value} onChange={() => setResult(value)} />
              <label htmlFor={`inspect-result-${value}`}>{t(`actions.inspect.${value}`)}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <TextArea id="inspect-notes" label={t('actions.inspect.notes')} hint={t('actions.inspect.notesHint')} error={errors['inspect-notes']} value={notes} onChange={setNotes} />
      <SubmitButton pending={sender.pending || uploadPhoto.isPending} label={label} />
    </ActionForm>
  );
}

function RejectForm(props: FormProps) {
  const { t } = useTranslation('office');
  const { label, report } = props;
  const sender = useEventSender(props);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = reason.trim() ? undefined : t('actions.reject.reasonMissing');
    setError(problem);
    if (problem) return report([{ field: 'reject-reason', message: problem }]);
    if (await sender.send({ comment: reason.trim() }, 'reject-reason')) setReason('');
  }

  return (
    <ActionForm id="event-reject" title={label} warning onSubmit={(e) => void submit(e)}>
      <TextArea id="reject-reason" label={t('actions.reject.reason')} hint={t('actions.reject.reasonHint')} error={error} value={reason} onChange={setReason} />
      <SubmitButton pending={sender.pending} label={label} warning />
    </ActionForm>
  );
}

/** A UPU S10 item number (EMS): 2 letters, 8 digits and a check digit, 2 letters; the API checks the check digit. */
const TRACKING = /^[A-Z]{2}\d{9}[A-Z]{2}$/;

/** RECORD_DELIVERY: the EMS tracking number for a licence sent by post, or who collected it at the office. */
function DeliveryForm(props: FormProps) {
  const { t } = useTranslation('office');
  const { app, label, report } = props;
  const sender = useEventSender(props);
  const byPost = app.delivery.method === 'post';
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const id = byPost ? 'delivery-tracking' : 'delivery-collected-by';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const entered = byPost ? value.trim().toUpperCase() : value.trim();
    const problem = byPost ? (TRACKING.test(entered) ? undefined : t('actions.delivery.trackingInvalid')) : entered.length >= 2 ? undefined : t('actions.delivery.collectedByMissing');
    setError(problem);
    if (problem) return report([{ field: id, message: problem }]);
    const data = eventData(byPost ? { trackingNumber: entered } : { collectedBy: entered });
    if (await sender.send({ data }, id)) setValue('');
  }

  return (
    <ActionForm id="event-record_delivery" title={label} onSubmit={(e) => void submit(e)}>
      <p>{t('actions.delivery.chosen', { method: t(`actions.delivery.methods.${app.delivery.method}`) })}</p>
      {byPost && app.delivery.address && <p>{t('actions.delivery.address', { address: app.delivery.address })}</p>}
      {byPost ? (
        <TextInput id={id} className="input--medium" label={t('actions.delivery.trackingNumber')} hint={t('actions.delivery.trackingHint')} error={error} value={value} onChange={setValue} />
      ) : (
        <TextInput id={id} label={t('actions.delivery.collectedBy')} hint={t('actions.delivery.collectedByHint')} error={error} value={value} onChange={setValue} />
      )}
      <SubmitButton pending={sender.pending} label={label} />
    </ActionForm>
  );
}

/** The API's limits for a hearing's notice and summary (the contract). */
const NOTICE = { min: 20, max: 5000 };
const SUMMARY = { min: 20, max: 10000 };
const POINTS = { max: 30, length: 500 };
const length = (text: string) => [...text.trim()].length;

/**
 * OPEN_HEARING (issue 18): the notice the public reads, and which of the application's own documents to publish with
 * it (none is allowed). The comment period starts at once and ends with the Bangkok day the licence type's length sets.
 */
function OpenHearingForm(props: FormProps) {
  const { t, i18n } = useTranslation('office');
  const { app, label, report } = props;
  const sender = useEventSender(props);
  const documents = useDocuments(app.id);
  const [notice, setNotice] = useState('');
  const [published, setPublished] = useState<string[]>([]);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = length(notice) < NOTICE.min ? t('actions.openHearing.noticeShort', { min: NOTICE.min }) : length(notice) > NOTICE.max ? t('actions.openHearing.noticeLong', { max: NOTICE.max.toLocaleString() }) : undefined;
    setError(problem);
    if (problem) return report([{ field: 'hearing-notice', message: problem }]);
    if (await sender.send({ data: eventData({ notice: notice.trim(), publishedDocumentIds: published }) }, 'hearing-notice')) {
      setNotice('');
      setPublished([]);
    }
  }

  const list = documents.data?.documents ?? [];
  return (
    <ActionForm id="event-open_hearing" title={label} hint={t('actions.openHearing.hint')} onSubmit={(e) => void submit(e)}>
      <TextArea id="hearing-notice" label={t('actions.openHearing.notice')} hint={t('actions.openHearing.noticeHint', { min: NOTICE.min, max: NOTICE.max.toLocaleString() })} error={error} value={notice} onChange={setNotice} rows={6} />
      <div className="form-group">
        <fieldset aria-describedby="hearing-documents-hint">
          <legend>{t('actions.openHearing.documents')}</legend>
          <span className="hint" id="hearing-documents-hint">
            {t('actions.openHearing.documentsHint')}
          </span>
          {documents.data && list.length === 0 && <p>{t('actions.openHearing.noDocuments')}</p>}
          {list.map((d) => (
            <div className="choice" key={d.id}>
              <input
                type="checkbox"
                id={`hearing-document-${d.id}`}
                checked={published.includes(d.id)}
                onChange={(e) => setPublished(e.target.checked ? [...published, d.id] : published.filter((x) => x !== d.id))}
              />
              <label htmlFor={`hearing-document-${d.id}`}>
                {pick(d.label, i18n.language)} ({d.filename})
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <SubmitButton pending={sender.pending} label={label} />
    </ActionForm>
  );
}

/** SUMMARISE_HEARING (issue 18): the office's summary and the points raised, one a line (1 to 30, each up to 500 characters). */
function SummariseHearingForm(props: FormProps) {
  const { t } = useTranslation('office');
  const { label, report } = props;
  const sender = useEventSender(props);
  const [summary, setSummary] = useState('');
  const [pointsText, setPointsText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const points = pointsText
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    const found: FieldError[] = [];
    if (length(summary) < SUMMARY.min) found.push({ field: 'hearing-summary', message: t('actions.summarise.summaryShort', { min: SUMMARY.min }) });
    else if (length(summary) > SUMMARY.max) found.push({ field: 'hearing-summary', message: t('actions.summarise.summaryLong', { max: SUMMARY.max.toLocaleString() }) });
    if (points.length === 0) found.push({ field: 'hearing-points', message: t('actions.summarise.pointsMissing') });
    else if (points.length > POINTS.max) found.push({ field: 'hearing-points', message: t('actions.summarise.pointsTooMany', { max: POINTS.max }) });
    else if (points.some((p) => length(p) > POINTS.length)) found.push({ field: 'hearing-points', message: t('actions.summarise.pointTooLong', { max: POINTS.length }) });
    setErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    if (found.length) return report(found);
    if (await sender.send({ data: eventData({ summary: summary.trim(), points }) }, 'hearing-summary')) {
      setSummary('');
      setPointsText('');
    }
  }

  return (
    <ActionForm id="event-summarise_hearing" title={label} hint={t('actions.summarise.hint')} onSubmit={(e) => void submit(e)}>
      <TextArea id="hearing-summary" label={t('actions.summarise.summary')} hint={t('actions.summarise.summaryHint', { min: SUMMARY.min, max: SUMMARY.max.toLocaleString() })} error={errors['hearing-summary']} value={summary} onChange={setSummary} rows={6} />
      <TextArea id="hearing-points" label={t('actions.summarise.points')} hint={t('actions.summarise.pointsHint', { max: POINTS.max, length: POINTS.length })} error={errors['hearing-points']} value={pointsText} onChange={setPointsText} rows={5} />
      <SubmitButton pending={sender.pending} label={label} />
    </ActionForm>
  );
}

/** Cash taken at the office (POST /applications/:id/payments/counter): the office's receipt number and the amount of the open fee. */
function CounterPaymentForm({ app, report, succeeded }: { app: ApplicationView; report: Report; succeeded: Succeeded }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const payments = usePayments(app.id, true);
  const counter = useCounterPayment(app.id);
  const open = payments.data?.invoices.find((invoice) => invoice.status === 'open');
  const [receipt, setReceipt] = useState('');
  const [amount, setAmount] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shownAmount = amount ?? (open ? String(open.amountSatang / 100) : '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!receipt.trim()) found.push({ field: 'counter-receipt', message: t('actions.counter.receiptMissing') });
    const baht = shownAmount.replace(/,/g, '').trim();
    if (!/^\d+(\.\d{1,2})?$/.test(baht)) found.push({ field: 'counter-amount', message: t('actions.counter.amountInvalid') });
    setErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    if (found.length) return report(found);
    try {
      await counter.mutateAsync({ receiptNumber: receipt.trim(), amountSatang: Math.round(Number(baht) * 100) });
      succeeded(t('actions.counter.recorded'));
      setReceipt('');
    } catch (error) {
      report(apiErrors(error, lang, 'counter-receipt', t('review.stale')));
    }
  }

  return (
    <ActionForm id="counter-payment" title={t('actions.counter.title')} hint={t('actions.counter.lead')} onSubmit={(e) => void submit(e)}>
      {open && <p>{t('actions.counter.due', { amount: formatBaht(open.amountSatang, lang) })}</p>}
      <TextInput id="counter-receipt" className="input--medium" label={t('actions.counter.receiptNumber')} hint={t('actions.counter.receiptHint')} error={errors['counter-receipt']} value={receipt} onChange={setReceipt} />
      <TextInput id="counter-amount" className="input--medium" inputMode="decimal" label={t('actions.counter.amount')} hint={t('actions.counter.amountHint')} error={errors['counter-amount']} value={shownAmount} onChange={setAmount} />
      <SubmitButton pending={counter.isPending} label={t('actions.counter.submit')} />
    </ActionForm>
  );
}
