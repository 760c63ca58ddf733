import type { RouteObject } from 'react-router';

/** Public hearings (issue 18): anyone reads the list and a hearing; commenting needs sign-in (the page asks). */
export const hearingPublicRoutes: RouteObject[] = [
  { path: 'hearings', lazy: async () => ({ Component: (await import('./HearingsPage')).default }) },
  { path: 'hearings/:id', lazy: async () => ({ Component: (await import('./HearingPage')).default }) },
];

/** Inside RequireSignIn: the areas a person follows, and the applicant's answers to the comments on her application. */
export const hearingRoutes: RouteObject[] = [
  { path: 'account/hearing-follows', lazy: async () => ({ Component: (await import('./FollowsPage')).default }) },
  { path: 'applications/:id/hearing', lazy: async () => ({ Component: (await import('./AnswersPage')).default }) },
];

/** Under /office (its guard): every comment with its writer's name, and hiding one with a reason. */
export const officeHearingRoutes: RouteObject[] = [{ path: 'hearings/:id', lazy: async () => ({ Component: (await import('./OfficeHearingPage')).default }) }];
