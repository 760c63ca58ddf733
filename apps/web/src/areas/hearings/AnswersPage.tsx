import { NS } from './setup';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../components/Feedback';
import { FieldErrorMessage, FormField } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { CommentList } from './HearingRecord';
import { ANSWER_MAX, useAnswer, useHearing, type HearingView } from './hearings-api';

type ApplicationView = components['schemas']['ApplicationView'];
const STALE_CODES = new Set(['APPLICATION_VERSION_STALE', 'APPLICATION_CHANGED_CONCURRENTLY']);

/**
 * `/applications/:id/hearing` (the applicant, while her application is in `hearing_answers`): answer the comments one
 * by one or several together, see what is answered, then "ส่งคำชี้แจง" sends ANSWERS_SUBMITTED.
 */
export default function AnswersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const app = useQuery({ queryKey: ['applications', id], queryFn: () => unwrap(api.GET('/applications/{id}', { params: { path: { id } } })) });
  if (app.isPending) return <Loading />;
  if (app.isError) {
    if (app.error instanceof ApiError && (app.error.status === 404 || app.error.status === 400)) return <NotFoundPage />;
    return <Problem error={app.error} retry={() => void app.refetch()} />;
  }
  if (!app.data.hearingId) {
    return (
      <>
        <BackLink to={`/applications/${id}`}>{t('answers.back')}</BackLink>
        <PageTitle title={t('answers.title')} />
        <p>{t('answers.notNow')}</p>
      </>
    );
  }
  return <HearingAnswers app={app.data} hearingId={app.data.hearingId} />;
}

function HearingAnswers({ app, hearingId }: { app: ApplicationView; hearingId: string }) {
  const { t } = useTranslation(NS);
  const hearing = useHearing(hearingId);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const report = (next: FieldError[]) => {
    setErrors(next);
    if (next.length) setNotice(null);
  };
  const answering = app.state === 'hearing_answers';
  return (
    <>
      <BackLink to={`/applications/${app.id}`}>{t('answers.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('answers.title')} caption={app.trackingNumber} hasErrors={errors.length > 0} />
      <div role="status">{notice && <p className="notice notice--success">{notice}</p>}</div>
      {submitted ? (
        <p>
          <Link to={`/applications/${app.id}`}>{t('answers.status')}</Link>
        </p>
      ) : !answering ? (
        <p>{t('answers.notNow')}</p>
      ) : (
        <p className="lead">{t('answers.lead')}</p>
      )}
      <p>
        <Link to={`/hearings/${hearingId}`}>{t('applicant.publicPage')}</Link>
      </p>
      {hearing.isPending && <Loading />}
      {hearing.isError && <Problem error={hearing.error} retry={() => void hearing.refetch()} />}
      {hearing.data && (
        <>
          {answering && !submitted && <AnswerForm hearing={hearing.data} report={report} saved={setNotice} />}
          <section aria-labelledby="answered-title">
            <h2 id="answered-title">{t('answers.answered', { count: hearing.data.answers.length })}</h2>
            {hearing.data.answers.length === 0 ? <p>{t('answers.noneAnswered')}</p> : <CommentList hearing={{ ...hearing.data, comments: hearing.data.comments.filter((c) => hearing.data.answers.some((a) => a.commentNumbers.includes(c.number))) }} />}
          </section>
          {answering && !submitted && (
            <SubmitAnswers
              app={app}
              report={report}
              done={() => {
                setSubmitted(true);
                setErrors([]);
                setNotice(t('answers.submitted'));
              }}
            />
          )}
        </>
      )}
    </>
  );
}

/** The comments still without an answer as checkboxes, one answer for those ticked. */
function AnswerForm({ hearing: h, report, saved }: { hearing: HearingView; report: (errors: FieldError[]) => void; saved: (message: string) => void }) {
  const { t, i18n } = useTranslation(NS);
  const answer = useAnswer(h.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const visible = h.comments.filter((c) => !c.hidden);
  const open = visible.filter((c) => !h.answers.some((a) => a.commentNumbers.includes(c.number)));
  const firstBox = open.length ? `answer-comment-${open[0].number}` : 'answer-text';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (chosen.length === 0) found.push({ field: firstBox, message: t('answers.chooseMissing') });
    if (!text.trim()) found.push({ field: 'answer-text', message: t('answers.textMissing') });
    else if ([...text.trim()].length > ANSWER_MAX) found.push({ field: 'answer-text', message: t('answers.textTooLong', { max: ANSWER_MAX.toLocaleString() }) });
    setFieldErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    report(found);
    if (found.length) return;
    const numbers = visible.filter((c) => chosen.includes(c.id)).map((c) => c.number);
    try {
      await answer.mutateAsync({ commentIds: chosen, text: text.trim() });
      setChosen([]);
      setText('');
      report([]);
      saved(t('answers.saved', { numbers: numbers.join(', ') }));
    } catch (error) {
      const message = error instanceof ApiError ? t(`errors.${error.code}`, { defaultValue: '' }) || error.messageIn(i18n.language) : String(error);
      report([{ field: 'answer-text', message }]);
    }
  }

  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">{t('answers.pending', { count: open.length })}</h2>
      {open.length === 0 ? (
        <p>{t('answers.allAnswered')}</p>
      ) : (
        <>
          <CommentList hearing={{ ...h, comments: open, answers: [] }} />
          <form className="hearing-answer-form" onSubmit={(e) => void submit(e)} noValidate>
            <div className={'form-group' + (fieldErrors[firstBox] ? ' form-group--error' : '')}>
              <fieldset aria-describedby={'answer-comments-hint' + (fieldErrors[firstBox] ? ' answer-comments-error' : '')}>
                <legend>{t('answers.choose')}</legend>
                <span className="hint" id="answer-comments-hint">
                  {t('answers.chooseHint')}
                </span>
                <FieldErrorMessage id="answer-comments-error" message={fieldErrors[firstBox]} />
                {open.map((c) => (
                  <div className="choice" key={c.id}>
                    <input
                      type="checkbox"
                      id={`answer-comment-${c.number}`}
                      checked={chosen.includes(c.id)}
                      onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
                    />
                    <label htmlFor={`answer-comment-${c.number}`}>{t('answers.pick', { number: c.number, stance: t(`stances.${c.stance}`) })}</label>
                  </div>
                ))}
              </fieldset>
            </div>
            <FormField id="answer-text" label={t('answers.text')} hint={t('answers.textHint', { max: ANSWER_MAX.toLocaleString() })} error={fieldErrors['answer-text']}>
              {(describedBy, invalid) => <textarea id="answer-text" rows={5} value={text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setText(e.target.value)} />}
            </FormField>
            <button type="submit" className="button" disabled={answer.isPending}>
              {answer.isPending ? t('answers.saving') : t('answers.save')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/** ANSWERS_SUBMITTED with the version this page was drawn from; a refusal (comments unanswered, a change meanwhile) in the error summary. */
function SubmitAnswers({ app, report, done }: { app: ApplicationView; report: (errors: FieldError[]) => void; done: () => void }) {
  const { t, i18n } = useTranslation(NS);
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/applications/{id}/events', { params: { path: { id: app.id } }, body: { type: 'ANSWERS_SUBMITTED', expectedVersion: app.version } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['applications', app.id] }),
  });
  return (
    <section className="hearing-submit" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('answers.submitTitle')}</h2>
      <p>{t('answers.submitLead')}</p>
      <button
        type="button"
        id="answers-submit"
        className="button"
        disabled={send.isPending}
        onClick={() =>
          send.mutate(undefined, {
            onSuccess: done,
            onError: (error) =>
              report([
                {
                  field: 'answers-submit',
                  message:
                    error instanceof ApiError
                      ? STALE_CODES.has(error.code)
                        ? t('answers.stale')
                        : t(`errors.${error.code}`, { defaultValue: '' }) || error.messageIn(i18n.language)
                      : String(error),
                },
              ]),
          })
        }
      >
        {t('answers.submit')}
      </button>
    </section>
  );
}
