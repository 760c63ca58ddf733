import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../lib/notifications';

/** The header's link to /notifications with the unread count; its accessible name says the count in words. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true);
  const count = unread.data?.count ?? 0;
  const name = count > 0 ? `${t('nav.notifications')}, ${t('nav.unread', { count })}` : t('nav.notifications');
  return (
    <NavLink to="/notifications" className="header__bell" aria-label={name} title={name}>
      <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span className="header__bell-text" aria-hidden="true">
        {t('nav.notifications')}
      </span>
      {count > 0 && (
        <span className="header__bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
