export { GrantsModule } from './grants.module';
export { AgentGrants, grantStatusOf, grantCovers, type GrantStatus } from './agent-grants.service';
export { AgentGrantEntity, AgentGrantEventEntity } from './agent-grant.entities';
export { GrantErrors } from './grant-errors';
