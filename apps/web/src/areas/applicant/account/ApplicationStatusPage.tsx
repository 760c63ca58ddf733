import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ApplicationProgress } from '../../../components/ApplicationProgress';
import { BackLink, SummaryList, type SummaryRow } from '../../../components/Chrome';
import { Loading, NotFoundPage, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { TimelineSection } from '../../../components/Timeline';
import { formatBaht, formatDate, formatDateTime, pick } from '../../../lib/format';
import { documentUrl } from '../../../lib/documents';
import { useApplication, useDocuments, useInformationRequests, usePayments, useTimeline } from './data';
import { InformationChecklist, openRequest } from './InformationChecklist';
import { MessageThread } from '../../../components/MessageThread';
import { useSession } from '../../../lib/session';
import { SatisfactionFeedback } from './SatisfactionFeedback';
import type { ApplicationView } from './types';
import './setup';

export default function ApplicationStatusPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('account');
  const app = useApplication(id);
  const timeline = useTimeline(id);
  const me = useSession().data;
  // The feedback form's errors also put "ข้อผิดพลาด: " before the page's title (GOV.UK).
  const [feedbackErrors, setFeedbackErrors] = useState(false);

  if (app.isPending) return <Loading />;
  if (app.isError) {
    if (app.error instanceof ApiError && (app.error.status === 404 || app.error.status === 400)) return <NotFoundPage />;
    return <Problem error={app.error} retry={() => app.refetch()} />;
  }
  const a = app.data;
  const lang = i18n.language;
  const rows: SummaryRow[] = [
    { key: 'type', label: t('status.licenceType'), value: pick(a.licenceType.name, lang) },
    { key: 'kind', label: t('status.kind'), value: t(`kinds.${a.kind}`) },
    ...(a.previousLicenceNumber ? [{ key: 'prev', label: t('status.previousLicence'), value: <Link to={`/licences/${encodeURIComponent(a.previousLicenceNumber)}`}>{a.previousLicenceNumber}</Link> }] : []),
    ...(a.holder?.name ? [{ key: 'holder', label: t('status.holder'), value: pick(a.holder.name, lang) }] : []),
    ...(a.onBehalfOf ? [{ key: 'onBehalf', label: t('status.onBehalf'), value: t('status.onBehalfValue', { agent: pick(a.onBehalfOf.agentName, lang), principal: pick(a.onBehalfOf.principal.name, lang) }) }] : []),
    ...(a.agency ? [{ key: 'office', label: t('status.office'), value: pick(a.agency.name, lang) }] : []),
    ...(a.submittedAt ? [{ key: 'submitted', label: t('status.submittedAt'), value: formatDateTime(a.submittedAt, lang) }] : []),
    ...(a.privacyConsent
      ? [
          {
            key: 'consent',
            label: t('status.consent'),
            value: (
              <Link to="/privacy">
                {t('status.consentValue', { version: a.privacyConsent.noticeVersion, date: formatDate(a.privacyConsent.noticeIssuedOn, lang), time: formatDateTime(a.privacyConsent.agreedAt, lang) })}
              </Link>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <BackLink to="/applications">{t('status.back')}</BackLink>
      <PageTitle title={pick(a.licenceType.name, lang)} caption={t('status.caption', { number: a.trackingNumber })} hasErrors={feedbackErrors} />
      {a.status !== 'draft' && (
        <ApplicationProgress
          status={a.status}
          steps={timeline.data?.entries.map((e) => ({ status: e.to.status }))}
          state={a.state}
          awaiting={a.awaiting}
          dueAt={a.dueAt}
          expectedCompletionAt={a.expectedCompletionAt}
          stateLabel={a.stateLabel}
        />
      )}
      <WhatToDo app={a} />
      <SatisfactionFeedback applicationId={a.id} submitted={a.submittedAt !== null} onErrors={setFeedbackErrors} />
      <h2>{t('status.summary')}</h2>
      <SummaryList rows={rows} />
      {a.status !== 'draft' && (
        <p>
          <a href={`/api/v1/applications/${a.id}/acknowledgement.pdf`} download>
            {t('status.acknowledgement')}
          </a>
        </p>
      )}
      <PaymentNotices id={a.id} status={a.status} />
      <Receipts id={a.id} status={a.status} />
      <Documents app={a} />
      {/* Another director of the company reads the thread; only the person who applied writes in it. */}
      <MessageThread applicationId={a.id} open={a.status !== 'draft'} mySide="applicant" ns="account" ownLabel={t('messages.you')} writable={a.applicant?.id === me?.id} />
      <TimelineSection timeline={timeline} />
    </>
  );
}

function WhatToDo({ app }: { app: ApplicationView }) {
  const { t } = useTranslation('account');
  const requests = useInformationRequests(app.id, app.status === 'needs_documents');
  const payments = usePayments(app.id);
  const request = app.status === 'needs_documents' ? openRequest(requests.data) : undefined;
  const moneyHeld = payments.data?.payments.some((p) => p.status === 'held' || p.status === 'refunding') ?? false;
  if (request) {
    return (
      <section className="notice notice--warning" aria-labelledby="todo-title">
        <h2 id="todo-title">{t('status.todo')}</h2>
        <h3>{t('requested.checklistTitle')}</h3>
        <p>{t('requested.checklistLead')}</p>
        <InformationChecklist applicationId={app.id} request={request} linkItems />
        <Link className="button" to={`/applications/${app.id}/requested`}>
          {t('requested.answerAction')}
        </Link>
      </section>
    );
  }
  let body: string;
  let action: { to: string; text: string } | null = null;
  let tone = 'notice';
  if (app.hearingId && app.state === 'hearing_answers') {
    body = t('status.todoHearingAnswers');
    action = { to: `/applications/${app.id}/hearing`, text: t('status.todoHearingAnswersAction') };
    tone = 'notice notice--warning';
  } else if (app.hearingId && (app.state === 'hearing_notice' || app.state === 'hearing_open' || app.state === 'hearing_summary')) {
    body = t(`status.todoHearing`);
    action = { to: `/hearings/${app.hearingId}`, text: t('status.todoHearingAction') };
  } else if (app.status === 'draft') {
    body = t('status.todoDraft');
    action = { to: `/applications/${app.id}/tasks`, text: t('status.todoDraftAction') };
  } else if (app.status === 'needs_documents') {
    body = t('status.todoDocuments');
    action = { to: `/applications/${app.id}/documents`, text: t('status.todoDocumentsAction') };
    tone = 'notice notice--warning';
  } else if (app.status === 'awaiting_payment' && moneyHeld) {
    body = t('status.todoHeld');
  } else if (app.status === 'awaiting_payment') {
    body = t('status.todoPay');
    action = { to: `/applications/${app.id}/pay`, text: t('status.todoPayAction') };
    tone = 'notice notice--warning';
  } else if (app.status === 'completed') {
    body = t('status.completed');
    action = { to: '/licences', text: t('status.seeLicences') };
    tone = 'notice notice--success';
  } else if (app.status === 'rejected') {
    body = t('status.rejected');
    tone = 'notice notice--error';
  } else {
    body = t('status.todoNothing');
  }
  return (
    <section className={tone} aria-labelledby="todo-title">
      <h2 id="todo-title">{t('status.todo')}</h2>
      <p>{body}</p>
      {action && (
        <Link className="button" to={action.to}>
          {action.text}
        </Link>
      )}
    </section>
  );
}

/** Money held for the office, refunded or accepted, in plain words (the office's decision and its reason). */
function PaymentNotices({ id, status }: { id: string; status: string }) {
  const { t, i18n } = useTranslation('account');
  const lang = i18n.language;
  const payments = usePayments(id);
  const notable = (payments.data?.payments ?? []).filter((p) => p.hold || p.resolution);
  if (status === 'draft' || notable.length === 0) return null;
  return (
    <section aria-labelledby="payment-notices-title">
      <h2 id="payment-notices-title">{t('status.moneyTitle')}</h2>
      <ul className="payment-notices">
        {notable.map((p) => {
          const amount = formatBaht(p.amountSatang, lang);
          const why = p.hold ? pick(p.hold.text, lang) : '';
          let words: string;
          if (p.status === 'held') words = t('status.moneyHeld', { amount, why });
          else if (p.status === 'refunding') words = t('status.moneyRefunding', { amount, why });
          else if (p.status === 'refunded') words = t(p.resolution?.automatic ? 'status.moneyRefundedAuto' : 'status.moneyRefunded', { amount, why, at: formatDateTime(p.resolution?.resolvedAt, lang) });
          else words = t('status.moneyAccepted', { amount, at: formatDateTime(p.resolution?.resolvedAt, lang) });
          return (
            <li key={p.id}>
              <p>{words}</p>
              {p.resolution?.reason && !p.resolution.automatic && <p className="hint">{t('status.moneyOfficeReason', { reason: p.resolution.reason })}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Receipts({ id, status }: { id: string; status: string }) {
  const { t } = useTranslation('account');
  const relevant = ['issuing', 'completed', 'suspended', 'revoked', 'expired', 'superseded'].includes(status);
  const payments = usePayments(id);
  if (!relevant || !payments.data || payments.data.receipts.length === 0) return null;
  return (
    <>
      <h2>{t('status.receipts')}</h2>
      <ul>
        {payments.data.receipts.map((r) => (
          <li key={r.receiptNumber}>
            <a href={r.pdf}>{t('status.receipt', { number: r.receiptNumber })}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function Documents({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('account');
  const docs = useDocuments(app.id);
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      {docs.isPending && <Loading />}
      {docs.isError && <p className="hint">{docs.error instanceof ApiError && docs.error.status === 404 ? t('documents.unavailable') : <Problem error={docs.error} />}</p>}
      {docs.data && docs.data.documents.length === 0 && <p>{t('documents.none')}</p>}
      {docs.data && docs.data.documents.length > 0 && (
        <ul className="doc-list">
          {docs.data.documents.map((d) => (
            <li key={d.id}>
              <a href={documentUrl(app.id, d.id)}>{pick(d.label, i18n.language)}</a>{' '}
              <span className="hint" style={{ display: 'inline' }}>
                ({d.filename}, {t('documents.uploadedAt', { at: formatDateTime(d.uploadedAt, i18n.language) })})
              </span>
            </li>
          ))}
        </ul>
      )}
      {(app.status === 'draft' || app.status === 'needs_documents') && (
        <p>
          <Link to={`/applications/${app.id}/documents`}>{t('documents.manage')}</Link>
        </p>
      )}
    </section>
  );
}
