import type { RouteObject } from 'react-router';

/** Pages every signed-in person has, applicant or office staff: notifications and their settings. Each its own chunk. */
export const accountSettingsRoutes: RouteObject[] = [
  { path: 'notifications', lazy: async () => ({ Component: (await import('./NotificationsPage')).default }) },
  { path: 'account/notifications', lazy: async () => ({ Component: (await import('./PreferencesPage')).default }) },
];
