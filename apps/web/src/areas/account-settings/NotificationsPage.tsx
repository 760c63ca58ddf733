import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Tag } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, pick } from '../../lib/format';
import { NOTIFICATIONS_KEY } from '../../lib/notifications';
import { useSession } from '../../lib/session';
import './setup';

type Notification = components['schemas']['NotificationView'];
const PAGE_SIZE = 20;

export default function NotificationsPage() {
  const { t, i18n } = useTranslation('settings');
  const language = i18n.language;
  const [params] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const before = params.get('before') ?? undefined;
  const client = useQueryClient();
  const session = useSession();
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const list = useQuery({
    queryKey: [NOTIFICATIONS_KEY, 'list', { unreadOnly, before }],
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { limit: PAGE_SIZE, ...(unreadOnly ? { unread: true } : {}), ...(before ? { before } : {}) } } })),
  });
  const afterChange = () => client.invalidateQueries({ queryKey: [NOTIFICATIONS_KEY] });
  // Every cached page shows the new read state at once (the refetch that follows confirms it).
  const markCached = (read: (n: Notification) => boolean, at: string) =>
    client.setQueriesData<Notification[]>({ queryKey: [NOTIFICATIONS_KEY, 'list'] }, (old) => old?.map((n) => (!n.readAt && read(n) ? { ...n, readAt: at } : n)));
  const failed = (error: unknown) => setNotice({ kind: 'error', text: t('list.failed', { reason: error instanceof ApiError ? error.messageIn(language) : String(error) }) });
  const markRead = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: (answer) => {
      setNotice(null);
      markCached((n) => n.id === answer.id, answer.readAt ?? new Date().toISOString());
    },
    onError: failed,
    onSettled: afterChange,
  });
  const markAll = useMutation({
    mutationFn: () => unwrap(api.POST('/notifications/read-all')),
    onSuccess: (answer) => {
      setNotice({ kind: 'success', text: t('list.markedAll', { count: answer.marked }) });
      markCached(() => true, new Date().toISOString());
    },
    onError: failed,
    onSettled: afterChange,
  });

  // Staff follow an application in the office's pages; the applicant on her status page.
  const staff = Boolean(session.data?.agencyId);
  const applicationHref = (n: Notification) => (n.recipientType === 'agency' || staff ? `/office/applications/${n.applicationId}` : `/applications/${n.applicationId}`);
  const query = (extra: Record<string, string>) => '?' + new URLSearchParams({ ...(unreadOnly ? { unread: '1' } : {}), ...extra }).toString();
  const items = list.data ?? [];

  return (
    <>
      <PageTitle title={t('list.title')} />
      <p className="lead">{t('list.lead')}</p>
      <p>
        <Link to="/account/notifications">{t('list.preferences')}</Link>
      </p>
      <nav aria-label={t('list.filterLabel')}>
        <ul className="notification-filter">
          <li>
            <Link to="?" aria-current={unreadOnly ? undefined : 'page'} replace>
              {t('list.all')}
            </Link>
          </li>
          <li>
            <Link to="?unread=1" aria-current={unreadOnly ? 'page' : undefined} replace>
              {t('list.unreadOnly')}
            </Link>
          </li>
        </ul>
      </nav>
      {notice && (
        <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
        </div>
      )}
      {items.length > 0 && (
        <button type="button" className="button button--secondary" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('list.markAll')}
        </button>
      )}
      {list.isPending && <Loading />}
      {list.isError && <Problem error={list.error} retry={() => list.refetch()} />}
      {list.data && items.length === 0 && <p>{unreadOnly ? t('list.noneUnread') : t('list.none')}</p>}
      {items.length > 0 && (
        <ul className="notification-list">
          {items.map((n) => {
            const at = formatDateTime(n.createdAt, language);
            return (
              <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
                <div className="notification__meta">
                  <span>{at}</span>
                  {n.readAt ? <Tag colour="grey">{t('list.read')}</Tag> : <Tag>{t('list.unread')}</Tag>}
                  {n.recipientType === 'agency' && <span>{t('list.office')}</span>}
                </div>
                <p className={n.readAt ? 'notification__message' : 'notification__message notification__message--unread'}>{pick(n.message, language)}</p>
                <div className="notification__actions">
                  {n.template.startsWith('complaint-') ? (
                    <Link to={staff || n.recipientType === 'agency' ? '/office/complaints' : '/complaints'}>{t('list.complaints')}</Link>
                  ) : (
                    n.applicationId && <Link to={applicationHref(n)}>{t('list.application')}</Link>
                  )}
                  {!n.readAt && (
                    <button type="button" className="link-button" disabled={markRead.isPending && markRead.variables === n.id} onClick={() => markRead.mutate(n.id)}>
                      {t('list.markRead')}
                      <span className="visually-hidden"> {t('list.markReadFor', { at })}</span>
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="button-group">
        {items.length === PAGE_SIZE && (
          <Link to={query({ before: items[items.length - 1].id })}>{t('list.older')}</Link>
        )}
        {before && <Link to={query({})}>{t('list.newest')}</Link>}
      </div>
    </>
  );
}
