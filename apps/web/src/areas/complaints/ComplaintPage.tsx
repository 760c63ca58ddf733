import { NS } from './setup';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { FormField } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { ComplaintRecord } from './ComplaintRecord';
import { complaintKeys, TEXT_MAX, useComplaint, type Complaint } from './complaints-api';

/** `/complaints/:id` (signed in): the complaint for its complainant, or for the licence's holder with her answer form. */
export default function ComplaintPage() {
  const { t } = useTranslation(NS);
  const id = useParams().id ?? '';
  const complaint = useComplaint(id);
  if (complaint.isPending) return <Loading />;
  if (complaint.isError) {
    return (
      <>
        <BackLink to="/complaints">{t('detail.back')}</BackLink>
        <Problem error={complaint.error} retry={complaint.error instanceof ApiError && complaint.error.status < 500 ? undefined : () => void complaint.refetch()} />
      </>
    );
  }
  const c = complaint.data;
  return (
    <>
      <BackLink to="/complaints">{t('detail.back')}</BackLink>
      <PageTitle title={t('detail.title', { reference: c.reference })} />
      {c.viewerSide === 'holder' && <p className="lead">{c.availableActions.includes('respond') ? t('detail.asHolder') : t('detail.asHolderAnswered')}</p>}
      <ComplaintRecord complaint={c} />
      {c.availableActions.includes('respond') && <AnswerForm complaint={c} />}
      <p>
        <Link to={`/complaints/status/${encodeURIComponent(c.reference)}`}>{t('detail.publicStatus')}</Link>
      </p>
    </>
  );
}

function AnswerForm({ complaint }: { complaint: Complaint }) {
  const { t, i18n } = useTranslation(NS);
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const answer = useMutation({
    mutationFn: (body: { text: string }) => unwrap(api.POST('/complaints/{id}/response', { params: { path: { id: complaint.id } }, body })),
    onSuccess: (updated) => {
      setErrors([]);
      client.setQueryData(complaintKeys.one(complaint.id), updated);
    },
    onError: (error) => setErrors([{ field: 'complaint-answer', message: error instanceof ApiError ? error.messageIn(i18n.language) : String((error as Error).message) }]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    const problem = !value ? t('detail.answerMissing') : value.length > TEXT_MAX ? t('detail.answerTooLong', { max: TEXT_MAX.toLocaleString() }) : null;
    setErrors(problem ? [{ field: 'complaint-answer', message: problem }] : []);
    if (!problem) answer.mutate({ text: value });
  };
  return (
    <section aria-labelledby="complaint-answer-title">
      <ErrorSummary errors={errors} />
      <h2 id="complaint-answer-title">{t('detail.answer')}</h2>
      <form onSubmit={submit} noValidate>
        <FormField id="complaint-answer" label={t('detail.response')} hint={t('detail.answerHint', { max: TEXT_MAX.toLocaleString() })} error={errors[0]?.message}>
          {(describedBy, invalid) => <textarea id="complaint-answer" name="text" rows={5} aria-describedby={describedBy} aria-invalid={invalid} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={answer.isPending}>
          {answer.isPending ? t('detail.sending') : t('detail.send')}
        </button>
      </form>
    </section>
  );
}
