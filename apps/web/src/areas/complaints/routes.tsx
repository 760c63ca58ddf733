import type { RouteObject } from 'react-router';

/** Complaints about licensed premises (issue 17 part 4). Anyone follows one by its reference; making one needs sign-in. */
export const complaintPublicRoutes: RouteObject[] = [
  { path: 'complaints/status', lazy: async () => ({ Component: (await import('./ComplaintStatusPage')).default }) },
  { path: 'complaints/status/:reference', lazy: async () => ({ Component: (await import('./ComplaintStatusResultPage')).default }) },
];

/** Inside RequireSignIn: make one, my complaints (made, or about my licences), one complaint with the holder's answer. */
export const complaintRoutes: RouteObject[] = [
  { path: 'complaints', lazy: async () => ({ Component: (await import('./MyComplaintsPage')).default }) },
  { path: 'complaints/new', lazy: async () => ({ Component: (await import('./NewComplaintPage')).default }) },
  { path: 'complaints/:id', lazy: async () => ({ Component: (await import('./ComplaintPage')).default }) },
];

/** Under /office (its guard): the office's list and its workspace for one complaint. */
export const officeComplaintRoutes: RouteObject[] = [
  { path: 'complaints', lazy: async () => ({ Component: (await import('./OfficeComplaintsPage')).default }) },
  { path: 'complaints/:id', lazy: async () => ({ Component: (await import('./OfficeComplaintPage')).default }) },
];
