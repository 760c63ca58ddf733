import type { RouteObject } from 'react-router';

/** Several licences applied for together: the start from the quiz's plan, and the bundle's page. */
export const bundleRoutes: RouteObject[] = [
  { path: 'bundles/new', lazy: async () => ({ Component: (await import('./BundleStartPage')).default }) },
  { path: 'bundles/:id', lazy: async () => ({ Component: (await import('./BundlePage')).default }) },
];
