import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Every notification query starts with this key: reading one invalidates them all (list pages and the bell's count). */
export const NOTIFICATIONS_KEY = 'notifications';

/** The header bell's count: refreshed every minute, and whenever a page marks something read. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: [NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: () => unwrap(api.GET('/notifications/unread-count')),
    enabled,
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}
