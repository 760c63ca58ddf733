import type { RouteObject } from 'react-router';
import { officeComplaintRoutes } from '../complaints/routes';
import { officeHearingRoutes } from '../hearings/routes';

/**
 * The office area (issue 12), inside RequireSignIn: the guard (an office role) and each page are lazy chunks, so
 * nothing of it reaches the public or applicant pages.
 */
export const officeRoutes: RouteObject[] = [
  {
    path: 'office',
    lazy: async () => ({ Component: (await import('./OfficeArea')).default }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./QueuePage')).default }) },
      { path: 'dashboard', lazy: async () => ({ Component: (await import('./DashboardPage')).default }) },
      { path: 'bill-payments', lazy: async () => ({ Component: (await import('./BillPaymentsPage')).default }) },
      { path: 'ratings', lazy: async () => ({ Component: (await import('./RatingsPage')).default }) },
      { path: 'held-payments', lazy: async () => ({ Component: (await import('./HeldPaymentsPage')).default }) },
      { path: 'applications/:id', lazy: async () => ({ Component: (await import('./ReviewPage')).default }) },
      ...officeComplaintRoutes,
      ...officeHearingRoutes,
    ],
  },
];
