import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataExchangeModule } from '@bizportal/data-exchange';
import { IdentityModule } from '@bizportal/identity';
import { ApplicantDataModule } from '../applicant-data';
import { CatalogueModule } from '../catalogue';
import { CoreModule } from '../core';
import { AgentGrantEntity, AgentGrantEventEntity } from './agent-grant.entities';
import { AgentGrants } from './agent-grants.service';
import { GrantAuthority } from './grant-authority';
import { GrantsController } from './grants.controller';

/** Grants: who may file and act for whom (docs/architecture.md section 24); owns `agent_grants` and `agent_grant_events`. */
@Module({
  imports: [TypeOrmModule.forFeature([AgentGrantEntity, AgentGrantEventEntity]), CoreModule, CatalogueModule, ApplicantDataModule, IdentityModule, DataExchangeModule],
  controllers: [GrantsController],
  providers: [AgentGrants, GrantAuthority],
  exports: [AgentGrants],
})
export class GrantsModule {}
