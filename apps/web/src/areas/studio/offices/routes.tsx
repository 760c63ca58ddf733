import type { RouteObject } from 'react-router';

/**
 * The studio's local offices (issue 14 part 4), inside RequireSignIn: the guard (role system_admin) and each page are
 * lazy chunks of their own.
 */
export const studioOfficesRoutes: RouteObject[] = [
  {
    path: 'studio/offices',
    lazy: async () => ({ Component: (await import('./OfficesArea')).default }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./OfficesPage')).default }) },
      { path: 'new', lazy: async () => ({ Component: (await import('./NewOfficePage')).default }) },
      { path: ':id', lazy: async () => ({ Component: (await import('./OfficePage')).default }) },
    ],
  },
];
