import type { RouteObject } from 'react-router';

/** The applicant's account: her applications and their status, messages, payment, and her licences. Each page is its own chunk. */
export const accountRoutes: RouteObject[] = [
  { path: 'applications', lazy: async () => ({ Component: (await import('./MyApplicationsPage')).default }) },
  { path: 'applications/:id', lazy: async () => ({ Component: (await import('./ApplicationStatusPage')).default }) },
  { path: 'applications/:id/requested', lazy: async () => ({ Component: (await import('./RequestedPage')).default }) },
  { path: 'applications/:id/pay', lazy: async () => ({ Component: (await import('./PayPage')).default }) },
  { path: 'payment-return', lazy: async () => ({ Component: (await import('./PaymentReturnPage')).default }) },
  { path: 'licences', lazy: async () => ({ Component: (await import('./MyLicencesPage')).default }) },
  { path: 'licences/:number', lazy: async () => ({ Component: (await import('./LicencePage')).default }) },
];
