import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { actsAsAgent, AgentAuthority, TransitionParticipant, type AgentAuthorityProvider, type ApplicationEntity, type TransitionChange, type TransitionParticipantProvider } from '../core';
import { AgentGrants } from './agent-grants.service';

/**
 * The grants' answer to the core: every load of an application by the agent who filed it checks the grant
 * (AgentAuthority), and every step she sends checks it again inside the step's transaction and records, in the
 * history entry, for whom she acted (the entry's actor is the agent).
 */
@Injectable()
@AgentAuthority()
@TransitionParticipant({ order: 3 })
export class GrantAuthority implements AgentAuthorityProvider, TransitionParticipantProvider {
  constructor(private readonly grants: AgentGrants) {}

  async assertAgentMayAct(app: ApplicationEntity, manager?: EntityManager): Promise<void> {
    await this.grants.assertInForce(app.agentGrantId!, app.licenceType, manager);
  }

  async participate(manager: EntityManager, { app, event }: TransitionChange): Promise<Record<string, unknown> | void> {
    if (!actsAsAgent(event.actor, app)) return;
    const grant = await this.grants.assertInForce(app.agentGrantId!, app.licenceType, manager);
    return {
      onBehalfOf: {
        grantId: grant.id,
        principal: { type: grant.principalType, name: { th: grant.principalNameTh, en: grant.principalNameEn } },
        agent: { name: { th: grant.agentNameTh, en: grant.agentNameEn } },
      },
    };
  }
}
