import { NS } from './setup';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../components/Feedback';
import { FormField } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { CommentList, HearingFacts, HearingResult, NoticeAndDocuments } from './HearingRecord';
import { useHideComment, useOfficeHearing, type HearingComment, type HearingView } from './hearings-api';

const REASON_MIN = 5;
const REASON_MAX = 500;

/** `/office/hearings/:id`: every comment with the commenter's name (hidden ones keep their text), and a hide-with-reason form for each visible one. */
export default function OfficeHearingPage() {
  const { id = '' } = useParams();
  const hearing = useOfficeHearing(id);
  if (hearing.isPending) return <Loading />;
  if (hearing.isError) {
    if (hearing.error instanceof ApiError && (hearing.error.status === 404 || hearing.error.status === 400)) return <NotFoundPage />;
    return <Problem error={hearing.error} retry={() => void hearing.refetch()} />;
  }
  return <OfficeHearing hearing={hearing.data} />;
}

function OfficeHearing({ hearing: h }: { hearing: HearingView }) {
  const { t } = useTranslation(NS);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {h.applicationId ? <BackLink to={`/office/applications/${h.applicationId}`}>{t('office.back')}</BackLink> : <BackLink to="/office">{t('office.backQueue')}</BackLink>}
      <ErrorSummary errors={errors} />
      <PageTitle title={h.businessName} caption={t('hearing.caption', { reference: h.reference })} hasErrors={errors.length > 0} />
      <div role="status">{notice && <p className="notice notice--success">{notice}</p>}</div>
      <p>{t('office.lead')}</p>
      <p>
        <Link to={`/hearings/${h.id}`}>{t('office.publicPage')}</Link>
      </p>
      <HearingFacts hearing={h} />
      <HearingResult hearing={h} />
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('hearing.commentsTitle', { count: h.comments.length })}</h2>
        <CommentList
          hearing={h}
          office
          extra={(c) =>
            !c.hidden && (
              <HideForm
                hearingId={h.id}
                comment={c}
                report={(next) => {
                  setErrors(next);
                  if (next.length) setNotice(null);
                }}
                hidden={(message) => {
                  setErrors([]);
                  setNotice(message);
                }}
              />
            )
          }
        />
      </section>
      <NoticeAndDocuments hearing={h} />
    </>
  );
}

function HideForm({ hearingId, comment: c, report, hidden }: { hearingId: string; comment: HearingComment; report: (errors: FieldError[]) => void; hidden: (message: string) => void }) {
  const { t, i18n } = useTranslation(NS);
  const hide = useHideComment(hearingId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const id = `hide-reason-${c.number}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    const problem = [...text].length < REASON_MIN ? t('office.reasonMissing') : [...text].length > REASON_MAX ? t('office.reasonTooLong') : undefined;
    setError(problem);
    if (problem) return report([{ field: id, message: problem }]);
    try {
      await hide.mutateAsync({ commentId: c.id, reason: text });
      hidden(t('office.hidden', { number: c.number }));
    } catch (e) {
      const message = e instanceof ApiError ? t(`errors.${e.code}`, { defaultValue: '' }) || e.messageIn(i18n.language) : String(e);
      setError(message);
      report([{ field: id, message }]);
    }
  }

  return (
    <details className="details hearing-hide">
      <summary>{t('office.hide', { number: c.number })}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormField id={id} label={t('office.reason', { number: c.number })} hint={t('office.reasonHint')} error={error}>
          {(describedBy, invalid) => <textarea id={id} rows={2} value={reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <button type="submit" className="button button--warning" disabled={hide.isPending}>
          {t('office.hide', { number: c.number })}
        </button>
      </form>
    </details>
  );
}
