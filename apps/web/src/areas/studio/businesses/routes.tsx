import type { RouteObject } from 'react-router';

/**
 * The studio's business types (issue 14 part 3), inside RequireSignIn: the guard (workflow_admin) and each page
 * are lazy chunks, so nothing of it reaches the public, applicant or office pages.
 */
export const studioBusinessRoutes: RouteObject[] = [
  {
    path: 'studio/businesses',
    lazy: async () => ({ Component: (await import('./StudioBusinessesArea')).default }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./BusinessTypesPage')).default }) },
      { path: ':slug', lazy: async () => ({ Component: (await import('./BusinessTypePage')).default }) },
    ],
  },
];
