import { NS } from './setup';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { FormField, RadioGroup } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import { ComplaintRecord } from './ComplaintRecord';
import { complaintKeys, TEXT_MAX, useComplaint, type Complaint } from './complaints-api';

const OUTCOMES = ['no_action', 'warning', 'suspension', 'revocation'] as const;
type Outcome = (typeof OUTCOMES)[number];

/** Today in Bangkok, YYYY-MM-DD (the default date of an inspection). */
function bangkokToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * `/office/complaints/:id`: the office's workspace for one complaint — what was reported (with the complainant's name
 * and photos), the holder's answer, the history, and the step the caller's role may take now: triage, the inspection,
 * or the outcome (an approver also suspends or revokes, through the licence's own workflow).
 */
export default function OfficeComplaintPage() {
  const { t, i18n } = useTranslation(NS);
  const id = useParams().id ?? '';
  const complaint = useComplaint(id);
  const [saved, setSaved] = useState<string | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) notice.current?.focus();
  }, [saved]);
  if (complaint.isPending) return <Loading />;
  if (complaint.isError) {
    return (
      <>
        <BackLink to="/office/complaints">{t('office.backToList')}</BackLink>
        <Problem error={complaint.error} retry={complaint.error instanceof ApiError && complaint.error.status < 500 ? undefined : () => void complaint.refetch()} />
      </>
    );
  }
  const c = complaint.data;
  const actions = c.availableActions;
  const done = (updated: Complaint) => setSaved(t('office.saved', { status: pick(updated.outcomeLabel ?? updated.statusLabel, i18n.language) }));
  return (
    <>
      <BackLink to="/office/complaints">{t('office.backToList')}</BackLink>
      {saved && (
        <div className="notice notice--success" ref={notice} tabIndex={-1} role="status">
          <p>{saved}</p>
        </div>
      )}
      <PageTitle title={t('office.workspaceTitle', { reference: c.reference })} />
      <ComplaintRecord complaint={c} />
      <h2>{t('office.actions')}</h2>
      {actions.includes('accept') && <TriageForm complaint={c} onDone={done} />}
      {actions.includes('record-inspection') && <InspectionForm complaint={c} onDone={done} />}
      {actions.some((a) => (OUTCOMES as readonly string[]).includes(a)) && <OutcomeForm complaint={c} onDone={done} />}
      {actions.length === 0 && <p>{t('office.noActions')}</p>}
    </>
  );
}

type Step = 'triage' | 'inspection' | 'outcome';

/** One step's request: the answer replaces the complaint in the cache; a refusal goes to the form's error summary. */
function useStep(complaint: Complaint, step: Step, field: string, onDone: (c: Complaint) => void) {
  const { i18n } = useTranslation(NS);
  const client = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const mutation = useMutation({
    mutationFn: async (body: Record<string, unknown>): Promise<Complaint> => {
      const params = { params: { path: { id: complaint.id } } };
      const withVersion = { ...body, expectedVersion: complaint.version };
      if (step === 'triage') return unwrap(api.POST('/complaints/{id}/triage', { ...params, body: withVersion as never }));
      if (step === 'inspection') return unwrap(api.POST('/complaints/{id}/inspection', { ...params, body: withVersion as never }));
      return unwrap(api.POST('/complaints/{id}/outcome', { ...params, body: withVersion as never }));
    },
    onSuccess: (updated) => {
      setErrors([]);
      client.setQueryData(complaintKeys.one(complaint.id), updated);
      void client.invalidateQueries({ queryKey: ['complaints', 'office'] });
      onDone(updated);
    },
    onError: (error) => {
      const details = error instanceof ApiError ? (error.body.details as { field?: string }[] | undefined) : undefined;
      const named = details?.[0]?.field;
      setErrors([{ field: named ? `${step}-${named}` : field, message: error instanceof ApiError ? error.messageIn(i18n.language) : String((error as Error).message) }]);
    },
  });
  return { errors, setErrors, mutation };
}

function StepForm({ title, errors, onSubmit, pending, submit, children }: { title: string; errors: FieldError[]; onSubmit: (e: FormEvent) => void; pending: boolean; submit: string; children: ReactNode }) {
  const { t } = useTranslation(NS);
  const id = title.replace(/\W+/g, '-');
  return (
    <section className="complaint-step" aria-labelledby={`step-${id}`}>
      <ErrorSummary errors={errors} />
      <h3 id={`step-${id}`}>{title}</h3>
      <form onSubmit={onSubmit} noValidate>
        {children}
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('office.saving') : submit}
        </button>
      </form>
    </section>
  );
}

function TriageForm({ complaint, onDone }: { complaint: Complaint; onDone: (c: Complaint) => void }) {
  const { t } = useTranslation(NS);
  const [decision, setDecision] = useState<'accept' | 'dismiss' | null>(null);
  const [note, setNote] = useState('');
  const { errors, setErrors, mutation } = useStep(complaint, 'triage', 'triage-note', onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    const problems: FieldError[] = [
      ...(decision ? [] : [{ field: 'triage-decision-accept', message: t('office.missingDecision') }]),
      ...(!text ? [{ field: 'triage-note', message: t('office.missingNote') }] : text.length > TEXT_MAX ? [{ field: 'triage-note', message: t('office.tooLong', { max: TEXT_MAX }) }] : []),
    ];
    setErrors(problems);
    if (problems.length === 0) mutation.mutate({ decision, note: text });
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <StepForm title={t('office.triage')} errors={errors} onSubmit={submit} pending={mutation.isPending} submit={t('office.saveTriage')}>
      <RadioGroup
        name="triage-decision"
        legend={t('office.decision')}
        error={errorOf('triage-decision-accept')}
        options={[
          { value: 'accept', label: t('office.accept') },
          { value: 'dismiss', label: t('office.dismiss') },
        ]}
        value={decision}
        onChange={setDecision}
      />
      <FormField id="triage-note" label={t('office.triageNote')} hint={t('office.triageNoteHint')} error={errorOf('triage-note')}>
        {(describedBy, invalid) => <textarea id="triage-note" name="note" rows={3} aria-describedby={describedBy} aria-invalid={invalid} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </StepForm>
  );
}

function InspectionForm({ complaint, onDone }: { complaint: Complaint; onDone: (c: Complaint) => void }) {
  const { t } = useTranslation(NS);
  const [date, setDate] = useState(bangkokToday());
  const [findings, setFindings] = useState('');
  const { errors, setErrors, mutation } = useStep(complaint, 'inspection', 'inspection-inspectedOn', onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = findings.trim();
    const problems: FieldError[] = [
      ...(date ? [] : [{ field: 'inspection-inspectedOn', message: t('office.missingDate') }]),
      ...(!text ? [{ field: 'inspection-findings', message: t('office.missingFindings') }] : text.length > TEXT_MAX ? [{ field: 'inspection-findings', message: t('office.tooLong', { max: TEXT_MAX }) }] : []),
    ];
    setErrors(problems);
    if (problems.length === 0) mutation.mutate({ inspectedOn: date, findings: text });
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <StepForm title={t('office.inspection')} errors={errors} onSubmit={submit} pending={mutation.isPending} submit={t('office.saveInspection')}>
      <FormField id="inspection-inspectedOn" label={t('office.inspectedOn')} hint={t('office.inspectedOnHint')} error={errorOf('inspection-inspectedOn')}>
        {(describedBy, invalid) => (
          <input id="inspection-inspectedOn" name="inspectedOn" type="date" className="complaint-input--short" max={bangkokToday()} aria-describedby={describedBy} aria-invalid={invalid} value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <FormField id="inspection-findings" label={t('office.findings')} error={errorOf('inspection-findings')}>
        {(describedBy, invalid) => <textarea id="inspection-findings" name="findings" rows={4} aria-describedby={describedBy} aria-invalid={invalid} value={findings} onChange={(e) => setFindings(e.target.value)} />}
      </FormField>
    </StepForm>
  );
}

function OutcomeForm({ complaint, onDone }: { complaint: Complaint; onDone: (c: Complaint) => void }) {
  const { t } = useTranslation(NS);
  const offered = OUTCOMES.filter((o) => complaint.availableActions.includes(o));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState('');
  const [deadline, setDeadline] = useState('');
  const [until, setUntil] = useState('');
  const { errors, setErrors, mutation } = useStep(complaint, 'outcome', 'outcome-note', onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    const problems: FieldError[] = [
      ...(outcome ? [] : [{ field: `outcome-choice-${offered[0]}`, message: t('office.missingOutcome') }]),
      ...(!text ? [{ field: 'outcome-note', message: t('office.missingNote') }] : text.length > TEXT_MAX ? [{ field: 'outcome-note', message: t('office.tooLong', { max: TEXT_MAX }) }] : []),
      ...(outcome === 'warning' && !deadline ? [{ field: 'outcome-deadline', message: t('office.missingDeadline') }] : []),
    ];
    setErrors(problems);
    if (problems.length > 0) return;
    mutation.mutate({ outcome, note: text, ...(outcome === 'warning' ? { deadline } : {}), ...(outcome === 'suspension' && until ? { suspendedUntil: until } : {}) });
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <StepForm title={t('office.outcome')} errors={errors} onSubmit={submit} pending={mutation.isPending} submit={t('office.saveOutcome')}>
      {!offered.includes('suspension') && <p className="hint">{t('office.approverOnly')}</p>}
      <RadioGroup
        name="outcome-choice"
        legend={t('office.outcomeChoice')}
        error={errorOf(`outcome-choice-${offered[0]}`)}
        options={offered.map((o) => ({ value: o, label: t(`office.outcomes.${o}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      {outcome === 'warning' && (
        <FormField id="outcome-deadline" label={t('office.deadline')} hint={t('office.deadlineHint')} error={errorOf('outcome-deadline')}>
          {(describedBy, invalid) => (
            <input id="outcome-deadline" name="deadline" type="date" className="complaint-input--short" aria-describedby={describedBy} aria-invalid={invalid} value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          )}
        </FormField>
      )}
      {outcome === 'suspension' && (
        <FormField id="outcome-suspendedUntil" label={t('office.suspendedUntil')} hint={t('office.suspendedUntilHint')} error={errorOf('outcome-suspendedUntil')}>
          {(describedBy, invalid) => (
            <input id="outcome-suspendedUntil" name="suspendedUntil" type="date" className="complaint-input--short" aria-describedby={describedBy} aria-invalid={invalid} value={until} onChange={(e) => setUntil(e.target.value)} />
          )}
        </FormField>
      )}
      <FormField id="outcome-note" label={t('office.reason')} hint={t('office.reasonHint')} error={errorOf('outcome-note')}>
        {(describedBy, invalid) => <textarea id="outcome-note" name="note" rows={4} aria-describedby={describedBy} aria-invalid={invalid} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </StepForm>
  );
}
