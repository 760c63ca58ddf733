import type { RouteObject } from 'react-router';
import { accountRoutes } from './account/routes';
import { agentRoutes } from './agents/routes';
import { applyRoutes } from './apply/routes';
import { bundleRoutes } from './bundles/routes';

/** Pages for a signed-in entrepreneur (inside RequireSignIn): applications, documents, payment, licences. */
export const applicantRoutes: RouteObject[] = [
  // The application journey (apply/).
  ...applyRoutes,
  // Several licences applied for together (bundles/).
  ...bundleRoutes,
  // The account pages: my applications, status, messages, payment, my licences.
  ...accountRoutes,
  // Filing on someone's behalf: agents (the principal's page) and filing for others (the agent's).
  ...agentRoutes,
];
