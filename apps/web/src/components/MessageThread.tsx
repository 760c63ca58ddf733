import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { formatDateTime, pick } from '../lib/format';
import { Loading, Problem } from './Feedback';
import './MessageThread.css';

type Message = components['schemas']['MessageDto'];
type Side = Message['authorSide'];

const MAX = 2000;
export const messagesKey = (id: string) => ['messages', id] as const;

/**
 * The applicant–office conversation of one application, oldest first, with a form to write back; shared by the
 * applicant's status page and the office's workspace. Texts come from the area's namespace under `messages.`:
 * title, none, read, label, hint, send, sending, sent, empty, tooLong, closed, unavailable, charactersLeft, and the
 * author labels `applicant` and `office`. `mySide` is the reader's side: its messages sit on the right, the other
 * side's are marked read when shown, and `ownLabel` (e.g. "คุณ") replaces the author's name on one's own.
 */
export function MessageThread({
  applicationId,
  open,
  mySide,
  ns,
  ownLabel,
  writable = true,
}: {
  applicationId: string;
  open: boolean;
  mySide: Side;
  ns: string;
  ownLabel?: string;
  /** False for those who may read the thread but not write in it or mark it read (a co-director, an auditor). */
  writable?: boolean;
}) {
  const { t, i18n } = useTranslation(ns);
  const lang = i18n.language;
  const client = useQueryClient();
  const messages = useQuery({
    queryKey: messagesKey(applicationId),
    queryFn: () => unwrap(api.GET('/applications/{id}/messages', { params: { path: { id: applicationId } } })),
    enabled: open,
    refetchInterval: 30_000,
  });
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);

  // Reading the thread marks the other side's messages read (once per new unread message).
  const unread = (messages.data ?? []).filter((m) => m.authorSide !== mySide && !m.readByOtherSide).length;
  useEffect(() => {
    if (writable && unread > 0) void unwrap(api.POST('/applications/{id}/messages/read', { params: { path: { id: applicationId } } })).catch(() => undefined);
  }, [writable, unread, applicationId]);

  const post = useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/applications/{id}/messages', { params: { path: { id: applicationId } }, body: { body: text } })),
    onSuccess: (message) => {
      client.setQueryData<Message[]>(messagesKey(applicationId), (old) => [...(old ?? []), message]);
      setBody('');
      setSent(true);
    },
    onError: (e) => {
      setError(e instanceof ApiError ? e.messageIn(lang) : String((e as Error).message));
      textarea.current?.focus();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const text = body.trim();
    const problem = text.length === 0 ? t('messages.empty') : text.length > MAX ? t('messages.tooLong') : null;
    setError(problem);
    if (problem) return textarea.current?.focus();
    post.mutate(text);
  }

  const author = (m: Message) => (m.authorSide === mySide && ownLabel ? ownLabel : `${t(`messages.${m.authorSide}`)}: ${pick(m.authorName, lang)}`);
  const left = MAX - body.trim().length;

  return (
    <section className="review-section" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('messages.title')}</h2>
      {!open && <p>{t('messages.closed')}</p>}
      {open && messages.isPending && <Loading />}
      {open && messages.isError && (messages.error instanceof ApiError && messages.error.status === 404 ? <p className="hint">{t('messages.unavailable')}</p> : <Problem error={messages.error} retry={() => void messages.refetch()} />)}
      {open && messages.data && (
        <>
          {messages.data.length === 0 ? (
            <p>{t('messages.none')}</p>
          ) : (
            <ol className="thread" aria-label={t('messages.title')}>
              {messages.data.map((m) => (
                <li key={m.id} className={'thread__message' + (m.authorSide === mySide ? ' thread__message--mine' : '')}>
                  <p className="thread__meta">
                    <strong>{author(m)}</strong> · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, lang)}</time>
                    {m.authorSide === mySide && m.readByOtherSide && <> · {t('messages.read')}</>}
                  </p>
                  <p className="thread__body">{m.body}</p>
                </li>
              ))}
            </ol>
          )}
          {!writable && <p className="hint">{t('messages.readOnly')}</p>}
          {writable && (
            <form onSubmit={submit} noValidate>
              <div className={'form-group' + (error ? ' form-group--error' : '')}>
                <label htmlFor="message-body">{t('messages.label')}</label>
                <span className="hint" id="message-hint">
                  {t('messages.hint')}
                </span>
                {error && (
                  <span className="error-message" id="message-error">
                    <span className="visually-hidden">{t('common:errorPrefix')}</span>
                    {error}
                  </span>
                )}
                <textarea
                  id="message-body"
                  ref={textarea}
                  rows={4}
                  value={body}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={'message-hint message-count' + (error ? ' message-error' : '')}
                  onChange={(e) => setBody(e.target.value)}
                />
                <span className="hint" id="message-count" aria-live="polite">
                  {left >= 0 ? t('messages.charactersLeft', { count: left }) : t('messages.tooLong')}
                </span>
              </div>
              <button type="submit" className="button button--secondary" disabled={post.isPending}>
                {post.isPending ? t('messages.sending') : t('messages.send')}
              </button>
              <span role="status">{sent && <span className="tag tag--green">{t('messages.sent')}</span>}</span>
            </form>
          )}
        </>
      )}
    </section>
  );
}
