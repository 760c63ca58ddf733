import type { RouteObject } from 'react-router';

/** Filing on someone's behalf (docs/architecture.md section 24): the principal's agents, and the agent's grants. */
export const agentRoutes: RouteObject[] = [
  { path: 'agents', lazy: async () => ({ Component: (await import('./AgentsPage')).default }) },
  { path: 'agents/:id/revoke', lazy: async () => ({ Component: (await import('./RevokeGrantPage')).default }) },
  { path: 'filing-for-others', lazy: async () => ({ Component: (await import('./FilingForOthersPage')).default }) },
];
