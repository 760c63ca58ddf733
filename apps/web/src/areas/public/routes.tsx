import type { RouteObject } from 'react-router';

/** Pages anyone may open: find a licence, the Smart Quiz, tracking, verification, the service statistics and the policies. Each is its own chunk (recharts only in the statistics page's). */
export const publicRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./HomePage')).default }) },
  { path: 'businesses', lazy: async () => ({ Component: (await import('./BusinessesPage')).default }) },
  { path: 'businesses/:slug', lazy: async () => ({ Component: (await import('./BusinessPage')).default }) },
  { path: 'businesses/:slug/quiz', lazy: async () => ({ Component: (await import('./QuizPage')).default }) },
  { path: 'businesses/:slug/plan', lazy: async () => ({ Component: (await import('./PlanPage')).default }) },
  { path: 'licence-types/:slug', lazy: async () => ({ Component: (await import('./LicenceTypePage')).default }) },
  { path: 'track', lazy: async () => ({ Component: (await import('./TrackPage')).default }) },
  { path: 'track/:trackingNumber', lazy: async () => ({ Component: (await import('./TrackResultPage')).default }) },
  { path: 'verification', lazy: async () => ({ Component: (await import('./VerificationPage')).default }) },
  { path: 'statistics', lazy: async () => ({ Component: (await import('./StatisticsPage')).default }) },
  { path: 'verification/:number', lazy: async () => ({ Component: (await import('./LicenceCheckPage')).default }) },
  // The policies, linked from every page's footer; their long texts load only with them.
  { path: 'privacy', lazy: async () => ({ Component: (await import('./policies/PrivacyPage')).default }) },
  { path: 'accessibility', lazy: async () => ({ Component: (await import('./policies/AccessibilityPage')).default }) },
];
