import { NS } from './setup';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useState } from 'react';
import { CommentForm } from './CommentForm';
import { CommentList, HearingFacts, HearingResult, NoticeAndDocuments } from './HearingRecord';
import { useHearing, type HearingView } from './hearings-api';

/** `/hearings/:id` (no sign-in): the hearing's facts, notice, documents, result, the comments with the answers; the comment form while open. */
export default function HearingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const hearing = useHearing(id);
  if (hearing.isPending) return <Loading />;
  if (hearing.isError) {
    if (hearing.error instanceof ApiError && (hearing.error.status === 404 || hearing.error.status === 400)) {
      return (
        <>
          <BackLink to="/hearings">{t('hearing.back')}</BackLink>
          <PageTitle title={t('hearing.notFound')} />
          <p>{t('hearing.notFoundBody')}</p>
          <p>
            <Link to="/hearings">{t('list.title')}</Link>
          </p>
        </>
      );
    }
    return <Problem error={hearing.error} retry={() => void hearing.refetch()} />;
  }
  return <Hearing hearing={hearing.data} />;
}

function Hearing({ hearing: h }: { hearing: HearingView }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const session = useSession();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const returnTo = `/hearings/${h.id}`;
  return (
    <>
      <BackLink to="/hearings">{t('hearing.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={h.businessName} caption={t('hearing.caption', { reference: h.reference })} hasErrors={errors.length > 0} />
      <HearingFacts hearing={h} />
      <HearingResult hearing={h} />
      <NoticeAndDocuments hearing={h} />
      <section aria-labelledby="how-title">
        <h2 id="how-title" tabIndex={-1}>
          {t('hearing.howTitle')}
        </h2>
        {h.canComment ? (
          <>
            <p>{t('hearing.howOpen', { closes: formatDateTime(h.closesAt, lang) })}</p>
            {session.isPending ? (
              <Loading />
            ) : session.data ? (
              <CommentForm hearingId={h.id} errors={errors} report={setErrors} />
            ) : (
              <Link className="button" to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>
                {t('hearing.signIn')}
              </Link>
            )}
          </>
        ) : (
          <p>{t('hearing.howClosed', { closes: formatDateTime(h.closesAt, lang) })}</p>
        )}
      </section>
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('hearing.commentsTitle', { count: h.comments.length })}</h2>
        <CommentList hearing={h} />
      </section>
    </>
  );
}
