import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { BackLink, Tag } from '../../../components/Chrome';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { documentUrl, documentsKey, MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, uploadDocument, uploadProblem } from '../../../lib/documents';
import { pick } from '../../../lib/format';
import { informationRequestsKey, keys, useApplication, useDocuments, useInformationRequests, type InformationRequest } from './data';
import { InformationChecklist, itemWhat, openRequest } from './InformationChecklist';
import type { ApplicationView } from './types';
import './setup';

type Item = InformationRequest['items'][number];
const MAX_ANSWER = 2000;
const fieldOf = (item: Item) => `item-${item.id}`;

function formatSize(bytes: number, language: string) {
  return `${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'th-TH', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

/** `/applications/:id/requested`: each item the office asked for, answered in place (upload or text), then RESUBMIT. */
export default function RequestedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('account');
  const app = useApplication(id);
  const requests = useInformationRequests(id);
  if (app.isPending || requests.isPending) return <Loading />;
  if (app.isError) {
    if (app.error instanceof ApiError && (app.error.status === 404 || app.error.status === 400)) return <NotFoundPage />;
    return <Problem error={app.error} retry={() => app.refetch()} />;
  }
  if (requests.isError) return <Problem error={requests.error} retry={() => requests.refetch()} />;
  const request = app.data.status === 'needs_documents' ? openRequest(requests.data) : undefined;
  if (!request) {
    return (
      <>
        <BackLink to={`/applications/${id}`}>{t('requested.back')}</BackLink>
        <PageTitle title={t('requested.title')} />
        <p>{app.data.status === 'needs_documents' ? t('requested.none') : t('requested.notNeeded')}</p>
        <Link to={`/applications/${id}`}>{t('requested.back')}</Link>
      </>
    );
  }
  return <Requested app={app.data} request={request} />;
}

function Requested({ app, request }: { app: ApplicationView; request: InformationRequest }) {
  const { t, i18n } = useTranslation('account');
  const lang = i18n.language;
  const client = useQueryClient();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const setError = (field: string, message: string | null) =>
    setErrors((current) => {
      const next = { ...current };
      if (message) next[field] = message;
      else delete next[field];
      return next;
    });
  const refreshed = (answer?: InformationRequest) => {
    if (answer) client.setQueryData<InformationRequest[]>(informationRequestsKey(app.id), (old) => old?.map((r) => (r.id === answer.id ? answer : r)));
    return client.invalidateQueries({ queryKey: informationRequestsKey(app.id) });
  };

  const resubmit = async () => {
    setGeneral(null);
    setDone(null);
    setSending(true);
    try {
      await unwrap(api.POST('/applications/{id}/events', { params: { path: { id: app.id } }, body: { type: 'RESUBMIT', expectedVersion: app.version } }));
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.application(app.id) }),
        client.invalidateQueries({ queryKey: keys.timeline(app.id) }),
        client.invalidateQueries({ queryKey: keys.applications }),
        refreshed(),
      ]);
      navigate(`/applications/${app.id}`);
    } catch (error) {
      const refusal = error instanceof ApiError ? error : null;
      const details = (Array.isArray(refusal?.body.details) ? refusal.body.details : []) as { field?: string }[];
      const open = details
        .map((d) => request.items.find((item) => d.field?.endsWith(`.items.${item.id}`)))
        .filter((item): item is Item => Boolean(item));
      if (open.length) {
        setErrors(Object.fromEntries(open.map((item) => [fieldOf(item), t('requested.remaining', { what: itemWhat(item, lang) })])));
      } else {
        if (refusal?.status === 409) await client.invalidateQueries({ queryKey: keys.application(app.id) });
        setGeneral(refusal ? refusal.messageIn(lang) : String(error));
      }
      await refreshed();
    } finally {
      setSending(false);
    }
  };

  const summary = [
    ...(general ? [{ field: 'send-button', message: general }] : []),
    ...request.items.filter((item) => errors[fieldOf(item)]).map((item) => ({ field: fieldOf(item), message: errors[fieldOf(item)] })),
  ];

  return (
    <>
      <BackLink to={`/applications/${app.id}`}>{t('requested.back')}</BackLink>
      <ErrorSummary errors={summary} />
      <PageTitle title={t('requested.title')} caption={t('status.caption', { number: app.trackingNumber })} hasErrors={summary.length > 0} />
      <p>{t('requested.checklistLead')}</p>
      <InformationChecklist applicationId={app.id} request={request} linkItems={false} />
      {done && (
        <div className="notice notice--success" role="status">
          <p>{done}</p>
        </div>
      )}
      {request.items.map((item) =>
        item.kind === 'document' ? (
          <DocumentItem key={item.id} app={app} item={item} error={errors[fieldOf(item)]} setError={(m) => setError(fieldOf(item), m)} onDone={setDone} refreshed={refreshed} />
        ) : (
          <QuestionItem key={item.id} app={app} request={request} item={item} error={errors[fieldOf(item)]} setError={(m) => setError(fieldOf(item), m)} onDone={setDone} refreshed={refreshed} />
        ),
      )}
      <h2>{t('requested.send')}</h2>
      <p>{t('requested.sendLead')}</p>
      <button type="button" id="send-button" className="button" disabled={sending} onClick={() => void resubmit()}>
        {sending ? t('requested.sending') : t('requested.send')}
      </button>
    </>
  );
}

interface ItemProps {
  app: ApplicationView;
  item: Item;
  error: string | undefined;
  setError: (message: string | null) => void;
  onDone: (message: string) => void;
  refreshed: (answer?: InformationRequest) => Promise<unknown>;
}

function ItemHeading({ item }: { item: Item }) {
  const { t, i18n } = useTranslation('account');
  const what = itemWhat(item, i18n.language);
  return (
    <>
      <h2 id={`${fieldOf(item)}-title`}>{item.kind === 'document' ? t('requested.document', { label: what }) : t('requested.question', { question: what })}</h2>
      <p>
        <Tag colour={item.answered ? 'green' : 'yellow'}>{item.answered ? t('requested.answered') : t('requested.notAnswered')}</Tag>
      </p>
      {item.reason && (
        <p>
          {t('requested.reason')}: {item.reason}
        </p>
      )}
    </>
  );
}

function DocumentItem({ app, item, error, setError, onDone, refreshed }: ItemProps) {
  const { t, i18n } = useTranslation('account');
  const lang = i18n.language;
  const client = useQueryClient();
  const documents = useDocuments(app.id);
  const [busy, setBusy] = useState(false);
  const id = fieldOf(item);
  const uploaded = item.documentId ? documents.data?.documents.find((d) => d.id === item.documentId) : undefined;

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    const problem = uploadProblem(file);
    if (!file || problem) {
      return setError(t(`requested.fileErrors.${problem}`, { label: itemWhat(item, lang), name: file?.name, size: formatSize(file?.size ?? 0, lang), max: formatSize(MAX_UPLOAD_BYTES, lang) }));
    }
    setBusy(true);
    try {
      await uploadDocument(app.id, item.documentCode ?? '', file);
      setError(null);
      input.value = '';
      onDone(t('requested.uploadedDone', { name: file.name }));
      await Promise.all([refreshed(), client.invalidateQueries({ queryKey: documentsKey(app.id) })]);
    } catch (e) {
      setError(e instanceof ApiError ? e.messageIn(lang) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="requested-item" aria-labelledby={`${id}-title`}>
      <ItemHeading item={item} />
      {uploaded && (
        <p>
          {t('requested.uploadedFile')}: <a href={documentUrl(app.id, uploaded.id)}>{uploaded.filename}</a>
        </p>
      )}
      <form onSubmit={(e) => void upload(e)} noValidate className={'form-group' + (error ? ' form-group--error' : '')}>
        <label htmlFor={id}>{pick(item.label, lang) || item.documentCode}</label>
        <span className="hint" id={`${id}-hint`}>
          {t('requested.chooseFile', { max: formatSize(MAX_UPLOAD_BYTES, lang) })}
        </span>
        {error && (
          <span className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{t('common:errorPrefix')}</span>
            {error}
          </span>
        )}
        <input type="file" id={id} name="file" accept={UPLOAD_ACCEPT} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined} className="file-input" />
        <div>
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? t('requested.uploading') : item.answered ? t('requested.replace') : t('requested.upload')}
          </button>
        </div>
      </form>
    </section>
  );
}

function QuestionItem({ app, request, item, error, setError, onDone, refreshed }: ItemProps & { request: InformationRequest }) {
  const { t, i18n } = useTranslation('account');
  const [text, setText] = useState(item.answerText ?? '');
  const [busy, setBusy] = useState(false);
  const id = fieldOf(item);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t('requested.emptyAnswer'));
    if (text.length > MAX_ANSWER) return setError(t('requested.tooLong'));
    setBusy(true);
    try {
      const answer = await unwrap(
        api.POST('/applications/{id}/information-requests/{requestId}/items/{itemId}/answer', {
          params: { path: { id: app.id, requestId: request.id, itemId: item.id } },
          body: { text },
        }),
      );
      setError(null);
      onDone(t('requested.answerSaved'));
      await refreshed(answer);
    } catch (e) {
      setError(e instanceof ApiError ? e.messageIn(i18n.language) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="requested-item" aria-labelledby={`${id}-title`}>
      <ItemHeading item={item} />
      <form onSubmit={(e) => void save(e)} noValidate className={'form-group' + (error ? ' form-group--error' : '')}>
        <label htmlFor={id}>{t('requested.yourAnswer')}</label>
        <span className="hint" id={`${id}-hint`}>
          {t('requested.answerHint')}
        </span>
        {error && (
          <span className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{t('common:errorPrefix')}</span>
            {error}
          </span>
        )}
        <textarea id={id} name="answer" rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined} />
        <div>
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? t('requested.savingAnswer') : t('requested.saveAnswer')}
          </button>
        </div>
      </form>
    </section>
  );
}
