import type { RouteObject } from 'react-router';

/** /sign-in: public (failed Digital ID sign-ins land here with ?error=CODE). */
export const signInRoute: RouteObject = { path: 'sign-in', lazy: async () => ({ Component: (await import('./SignInPage')).default }) };
