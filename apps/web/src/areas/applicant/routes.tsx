import type { RouteObject } from 'react-router';
import { accountRoutes } from './account/routes';
import { applyRoutes } from './apply/routes';

/** Pages for a signed-in entrepreneur (inside RequireSignIn): applications, documents, payment, licences. */
export const applicantRoutes: RouteObject[] = [
  // The application journey (apply/).
  ...applyRoutes,
  // The account pages: my applications, status, messages, payment, my licences.
  ...accountRoutes,
];
