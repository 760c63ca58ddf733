import type { RouteObject } from 'react-router';

/** The application journey: start, task list and its sections, check answers, confirmation. Each page is its own chunk (rjsf and ajv only in the form's). */
export const applyRoutes: RouteObject[] = [
  { path: 'applications/new', lazy: async () => ({ Component: (await import('./StartPage')).default }) },
  { path: 'applications/:id/tasks', lazy: async () => ({ Component: (await import('./TaskListPage')).default }) },
  { path: 'applications/:id/premises', lazy: async () => ({ Component: (await import('./PremisesPage')).default }) },
  { path: 'applications/:id/form', lazy: async () => ({ Component: (await import('./FormPage')).default }) },
  { path: 'applications/:id/documents', lazy: async () => ({ Component: (await import('./DocumentsPage')).default }) },
  { path: 'applications/:id/applicant', lazy: async () => ({ Component: (await import('./ApplicantPage')).default }) },
  { path: 'applications/:id/delivery', lazy: async () => ({ Component: (await import('./DeliveryPage')).default }) },
  { path: 'applications/:id/check', lazy: async () => ({ Component: (await import('./CheckPage')).default }) },
  { path: 'applications/:id/confirmation', lazy: async () => ({ Component: (await import('./ConfirmationPage')).default }) },
];
