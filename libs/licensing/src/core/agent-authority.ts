import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@bizportal/identity';
import type { ApplicationEntity } from './application.entities';

/**
 * Where grants are kept (libs/licensing/src/grants): the core asks it, each time an agent loads an application she
 * filed under a grant, whether the grant still lets her act. Discovered at start, so the core never imports it.
 */
export interface AgentAuthorityProvider {
  /** Throws (403) unless the grant `app` was filed under is in force and covers its licence type. */
  assertAgentMayAct(app: ApplicationEntity, manager?: EntityManager): Promise<void>;
}

/** Marks the one provider that answers for grants. */
export const AgentAuthority = DiscoveryService.createDecorator<Record<string, never>>();

/** Whether the user is the agent who filed the application under a grant (whose every action is checked against it). */
export function actsAsAgent(user: Pick<AuthenticatedUser, 'id'>, app: ApplicationEntity): boolean {
  return app.agentGrantId !== null && app.agentGrantId !== undefined && app.applicantId === user.id;
}
