import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ApplicantRecords } from '../../components/ApplicantRecords';
import { BackLink, SummaryList, Tag, type SummaryRow } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { TimelineSection } from '../../components/Timeline';
import { documentUrl, useDocuments, type UploadedDocument } from '../../lib/documents';
import { formatDate, formatDateTime, pick, splitBilingual } from '../../lib/format';
import { useSession } from '../../lib/session';
import { Actions } from './ActionForms';
import { useApplication, useClaim, useInformationRequests, useInspections, useLicenceType, useRelease, useSatisfaction, useTimeline, type ApplicationView, type LicenceType } from './data';
import { MessageThread } from '../../components/MessageThread';
import { PrecheckSection, readsPrecheck } from './Precheck';

/** `/office/applications/:id`: everything an officer needs to check an application, and the steps she may take. */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const app = useApplication(id);
  if (app.isPending) return <Loading />;
  if (app.isError) {
    if (app.error instanceof ApiError && (app.error.status === 404 || app.error.status === 400)) return <NotFoundPage />;
    return <Problem error={app.error} retry={() => void app.refetch()} />;
  }
  return <Review app={app.data} />;
}

/** The office roles that write in an application's thread; an auditor reads it only (the API's MessagesController). */
const MESSAGE_WRITERS = ['officer', 'approver', 'signer', 'head_of_office'];

function Review({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const timeline = useTimeline(app.id);
  const type = useLicenceType(app.licenceType.slug, app.licenceType.workflowVersion);
  const requests = useInformationRequests(app.id);
  const inspections = useInspections(app.id);
  const me = useSession().data!;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const report = (next: FieldError[]) => {
    setErrors(next);
    if (next.length) setNotice(null);
  };
  const succeeded = (message: string) => {
    setErrors([]);
    setNotice(message);
  };

  return (
    <>
      <BackLink to="/office">{t('review.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={pick(app.licenceType.name, lang)} caption={t('review.caption', { number: app.trackingNumber })} hasErrors={errors.length > 0} />
      <div role="status">{notice && <p className="notice notice--success">{notice}</p>}</div>
      <ReviewHeader app={app} report={report} succeeded={succeeded} />
      <nav aria-labelledby="contents-title">
        <h2 id="contents-title" className="visually-hidden">
          {t('review.contents')}
        </h2>
        <ul className="contents-list">
          <li>
            <a href="#actions-title">{t('review.actions')}</a>
          </li>
          {app.status !== 'draft' && readsPrecheck(me.roles) && (
            <li>
              <a href="#precheck-title">{t('precheck.title')}</a>
            </li>
          )}
          <li>
            <a href="#applicant-title">{t('review.applicantData')}</a>
          </li>
          <li>
            <a href="#form-title">{t('review.form')}</a>
          </li>
          <li>
            <a href="#documents-title">{t('review.documents')}</a>
          </li>
          {!!requests.data?.length && (
            <li>
              <a href="#requests-title">{t('review.requests')}</a>
            </li>
          )}
          {!!inspections.data?.length && (
            <li>
              <a href="#inspections-title">{t('review.inspections')}</a>
            </li>
          )}
          <li>
            <a href="#messages-title">{t('messages.title')}</a>
          </li>
          <li>
            <a href="#timeline-title">{t('shared:timeline.title')}</a>
          </li>
        </ul>
      </nav>
      <Actions app={app} licenceType={type.data} report={report} succeeded={succeeded} />
      <PrecheckSection app={app} report={report} succeeded={succeeded} />
      <section className="review-section" aria-labelledby="applicant-title">
        <h2 id="applicant-title">{t('review.applicantData')}</h2>
        <p>{t('review.applicantDataLead')}</p>
        <ApplicantRecords holder={app.holder} level={3} />
        <p className="hint">{app.holder.confirmedAt ? t('review.confirmedAt', { time: formatDateTime(app.holder.confirmedAt, lang) }) : t('review.notConfirmed')}</p>
        {app.privacyConsent && <p className="hint">{t('review.consentAt', { version: app.privacyConsent.noticeVersion, time: formatDateTime(app.privacyConsent.agreedAt, lang) })}</p>}
      </section>
      <section className="review-section" aria-labelledby="form-title">
        <h2 id="form-title">{t('review.form')}</h2>
        {type.isPending && <Loading />}
        {type.isError && <Problem error={type.error} retry={() => void type.refetch()} />}
        {type.data && <FormAnswers app={app} licenceType={type.data} />}
      </section>
      <Documents app={app} />
      <InformationRequests app={app} />
      <Inspections app={app} />
      <SatisfactionRating app={app} />
      <MessageThread applicationId={app.id} open={app.status !== 'draft'} mySide="office" ns="office" writable={me.roles.some((r) => MESSAGE_WRITERS.includes(r))} />
      <div className="review-section">
        <TimelineSection timeline={timeline} />
      </div>
    </>
  );
}

/** The applicant's rating and comment once she has given them; officers and the head of office read it (approvers and signers do not). */
function SatisfactionRating({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('office');
  const me = useSession().data!;
  const reads = app.submittedAt !== null && me.roles.some((r) => r === 'officer' || r === 'head_of_office');
  const satisfaction = useSatisfaction(app.id, reads);
  const rating = satisfaction.data?.rating;
  if (!rating) return null;
  return (
    <section className="review-section" aria-labelledby="satisfaction-title">
      <h2 id="satisfaction-title">{t('review.satisfaction')}</h2>
      <p>{t('review.satisfactionScore', { score: rating.score, label: t(`satisfactionScores.${rating.score}`, { ns: 'common' }), time: formatDateTime(rating.ratedAt, i18n.language) })}</p>
      <p className="satisfaction-comment">{rating.comment ?? t('review.satisfactionNoComment')}</p>
      <p className="hint">{t('review.satisfactionPrivate')}</p>
    </section>
  );
}

function ReviewHeader({ app, report, succeeded }: { app: ApplicationView; report: (e: FieldError[]) => void; succeeded: (m: string) => void }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const me = useSession().data!;
  const claim = useClaim(app.id);
  const release = useRelease(app.id);
  const mine = app.assignedTo?.id === me.id;
  const isHead = me.roles.includes('head_of_office');
  const awaitsMe = !!app.awaiting && me.roles.includes(app.awaiting);

  const run = (action: typeof claim, done: string) =>
    action.mutate(undefined, {
      onSuccess: () => succeeded(done),
      onError: (error) => report([{ field: 'claim-button', message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]),
    });

  const rows: SummaryRow[] = [
    { key: 'number', label: t('review.trackingNumber'), value: app.trackingNumber },
    { key: 'kind', label: t('review.kind'), value: t(`kinds.${app.kind}`) },
    { key: 'state', label: t('review.state'), value: <Tag colour="grey">{pick(app.stateLabel, lang)}</Tag> },
    {
      key: 'due',
      label: t('review.due'),
      value: app.dueAt ? (
        <>
          {app.overdue && <Tag colour="red">{t('queue.overdue')}</Tag>} <time dateTime={app.dueAt}>{formatDate(app.dueAt, lang)}</time>
        </>
      ) : (
        t('queue.noDue')
      ),
    },
    ...(app.holder.name ? [{ key: 'holder', label: t('review.holder'), value: pick(app.holder.name, lang) }] : []),
    ...(app.onBehalfOf ? [{ key: 'onBehalf', label: t('review.onBehalf'), value: t('review.onBehalfValue', { agent: pick(app.onBehalfOf.agentName, lang), principal: pick(app.onBehalfOf.principal.name, lang) }) }] : []),
    ...(app.premises ? [{ key: 'premises', label: t('review.premises'), value: app.premises.address }] : []),
    ...(app.submittedAt ? [{ key: 'submitted', label: t('review.submittedAt'), value: formatDateTime(app.submittedAt, lang) }] : []),
    {
      key: 'assignee',
      label: t('review.assignee'),
      value: app.assignedTo ? (mine ? t('review.you') : pick(app.assignedTo.displayName, lang)) : <span className="muted">{t('review.nobody')}</span>,
    },
  ];

  return (
    <div className="review-header">
      <SummaryList rows={rows} />
      <div className="review-claim">
        {!app.assignedTo && awaitsMe && (
          <button type="button" id="claim-button" className="button" disabled={claim.isPending} onClick={() => run(claim, t('review.claimed'))}>
            {t('review.claim')}
          </button>
        )}
        {app.assignedTo && (mine || isHead) && (
          <button type="button" id="claim-button" className="button button--secondary" disabled={release.isPending} onClick={() => run(release, t('review.released'))}>
            {t('review.release')}
          </button>
        )}
        {app.assignedTo && !mine && !isHead && <p>{t('review.heldByOther', { name: pick(app.assignedTo.displayName, lang) })}</p>}
        {app.awaiting && !awaitsMe && !isHead && <p>{t('review.notYourTurn', { actor: t(`review.actors.${app.awaiting}`) })}</p>}
      </div>
    </div>
  );
}

function FormAnswers({ app, licenceType }: { app: ApplicationView; licenceType: LicenceType }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const schema = licenceType.form as { properties?: Record<string, { title?: string }> };
  const shown = (value: unknown): string => {
    if (value === undefined || value === null || value === '') return '';
    if (Array.isArray(value)) return value.map(shown).join(', ');
    if (typeof value === 'boolean') return value ? t('review.yes') : t('review.no');
    if (typeof value === 'number') return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'th-TH').format(value);
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  const rows: SummaryRow[] = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const value = shown(app.form[name]);
    return { key: name, label: splitBilingual(property.title ?? name, lang), value: value || <span className="muted">{t('review.notAnswered')}</span> };
  });
  return <SummaryList rows={rows} />;
}

function formatSize(bytes: number, lang: string): string {
  const number = (n: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'th-TH', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / 1024 / 1024)} MB`;
}

function Documents({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const docs = useDocuments(app.id);
  return (
    <section className="review-section" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('review.documents')}</h2>
      {docs.isPending && <Loading />}
      {docs.isError && <Problem error={docs.error} retry={() => void docs.refetch()} />}
      {docs.data && (
        <>
          {docs.data.missing.length > 0 && (
            <p className="notice notice--warning">{t('review.missing', { labels: docs.data.missing.map((m) => pick(m.label, lang)).join(', ') })}</p>
          )}
          {docs.data.documents.length === 0 ? (
            <p>{t('review.noDocuments')}</p>
          ) : (
            <ul className="doc-list-plain" style={{ listStyle: 'none', padding: 0 }}>
              {docs.data.documents.map((d) => (
                <DocumentItem key={d.id} applicationId={app.id} doc={d} />
              ))}
            </ul>
          )}
          {docs.data.superseded.length > 0 && (
            <details>
              <summary>{t('review.superseded')}</summary>
              <ul style={{ listStyle: 'none', padding: 0 }}>
                {docs.data.superseded.map((d) => (
                  <DocumentItem key={d.id} applicationId={app.id} doc={d} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/**
 * One document: its label, file, size, time and SHA-256, a download link, and the document shown in the page on
 * request (`?disposition=inline`: a PDF in a frame, an image as itself).
 */
function DocumentItem({ applicationId, doc }: { applicationId: string; doc: UploadedDocument }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const url = documentUrl(applicationId, doc.id);
  const label = pick(doc.label, lang);
  const isImage = doc.contentType === 'image/png' || doc.contentType === 'image/jpeg';
  const inline = `${url}?disposition=inline`;
  return (
    <li className="doc-item">
      <h3>{label}</h3>
      <p className="hint">{t('review.fileFacts', { filename: doc.filename, size: formatSize(doc.sizeBytes, lang), time: formatDateTime(doc.uploadedAt, lang) })}</p>
      <p className="doc-hash">
        {t('review.sha256')}: <code>{doc.sha256}</code>
      </p>
      <div className="button-group">
        <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={`preview-${doc.id}`} onClick={() => setOpen(!open)}>
          {open ? t('review.hide') : t('review.show')}
          <span className="visually-hidden"> {label}</span>
        </button>
        <a href={url} download={doc.filename}>
          {t('review.download')}
          <span className="visually-hidden"> {label}</span>
        </a>
      </div>
      <div id={`preview-${doc.id}`} className="doc-preview" hidden={!open}>
        {open && (isImage ? <img src={inline} alt={t('review.preview', { label })} /> : <iframe src={inline} title={t('review.preview', { label })} />)}
      </div>
    </li>
  );
}

/** What the office asked for (structured REQUEST_INFO) and what the applicant has answered or sent, item by item. */
function InformationRequests({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const requests = useInformationRequests(app.id);
  if (!requests.data?.length) return null;
  return (
    <section className="review-section" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('review.requests')}</h2>
      {[...requests.data].reverse().map((request) => (
        <div className="request-card" key={request.id}>
          <h3>
            {request.open ? <Tag colour="yellow">{t('review.requestOpen')}</Tag> : <Tag colour="grey">{t('review.requestClosed')}</Tag>}
          </h3>
          <p className="hint">{t('review.requestedBy', { time: formatDateTime(request.requestedAt, lang), name: request.requestedBy.displayName ? pick(request.requestedBy.displayName, lang) : request.requestedBy.id })}</p>
          <ul className="request-items">
            {request.items.map((item) => (
              <li key={item.id}>
                <strong>{item.kind === 'document' ? (item.label ? pick(item.label, lang) : item.documentCode) : item.question}</strong>{' '}
                {item.answered ? <Tag colour="green">{t('review.answered')}</Tag> : <Tag colour="red">{t('review.itemOpen')}</Tag>}
                {item.reason && <p className="hint">{t('review.reasonLabel', { reason: item.reason })}</p>}
                {item.answeredAt && <p className="hint">{t('review.answeredAt', { time: formatDateTime(item.answeredAt, lang) })}</p>}
                {item.answerText && (
                  <p className="answer">
                    <span className="visually-hidden">{t('review.answerLabel')}: </span>
                    {item.answerText}
                  </p>
                )}
                {item.documentId && (
                  <p>
                    <a href={documentUrl(app.id, item.documentId)}>{t('review.newDocument')}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Inspections booked and their results: date and window, inspector, findings, photos. */
function Inspections({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const inspections = useInspections(app.id);
  if (!inspections.data?.length) return null;
  const person = (p: { id: string; displayName: { th: string; en: string } | null } | null) => (p ? (p.displayName ? pick(p.displayName, lang) : p.id) : '');
  return (
    <section className="review-section" aria-labelledby="inspections-title">
      <h2 id="inspections-title">{t('review.inspections')}</h2>
      {inspections.data.map((inspection, index) => (
        <div className="inspection-card" key={inspection.scheduledAt ?? inspection.recordedAt ?? index}>
          <h3>
            {inspection.result === 'pass' ? (
              <Tag colour="green">{t('review.resultPass')}</Tag>
            ) : inspection.result === 'fail' ? (
              <Tag colour="red">{t('review.resultFail')}</Tag>
            ) : (
              <Tag colour="grey">{t('review.resultPending')}</Tag>
            )}
          </h3>
          {inspection.date && (
            <p>
              {inspection.window
                ? t('review.scheduledFor', { date: formatDate(inspection.date, lang), from: inspection.window.from, to: inspection.window.to })
                : formatDate(inspection.date, lang)}
            </p>
          )}
          {inspection.inspector && <p>{t('review.inspectorIs', { name: person(inspection.inspector) })}</p>}
          {inspection.notes && <p className="answer">{inspection.notes}</p>}
          {inspection.findings && (
            <ul className="request-items">
              {inspection.findings.map((finding, i) => (
                <li key={i}>
                  {finding.item} {finding.ok ? <Tag colour="green">{t('actions.inspect.ok')}</Tag> : <Tag colour="red">{t('actions.inspect.notOk')}</Tag>}
                  {finding.note && <p className="hint">{finding.note}</p>}
                </li>
              ))}
            </ul>
          )}
          {inspection.resultNotes && <p className="answer">{inspection.resultNotes}</p>}
          {inspection.recordedAt && <p className="hint">{t('review.recordedAt', { time: formatDateTime(inspection.recordedAt, lang) })}</p>}
          {inspection.photos.length > 0 && (
            <ul className="photo-list">
              {inspection.photos.map((photo, i) => (
                <li key={photo.id}>
                  <a href={`/api/v1/applications/${encodeURIComponent(app.id)}/inspection-photos/${encodeURIComponent(photo.id)}`}>
                    <img src={`/api/v1/applications/${encodeURIComponent(app.id)}/inspection-photos/${encodeURIComponent(photo.id)}`} alt={t('review.photo', { number: i + 1 })} />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
