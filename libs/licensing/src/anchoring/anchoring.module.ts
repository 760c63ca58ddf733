import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CoreModule } from '../core';
import { LicencesModule } from '../licences';
import { AnchoringController } from './anchoring.controller';
import { ChainAudit } from './chain-audit.service';
import { ChainBreakEntity, HistoryAnchorEntity, HistoryAnchorLeafEntity } from './history-anchor.entities';
import { HistoryAnchors } from './history-anchors.service';

/**
 * History anchoring: the nightly check of every application's hash chain (breaks recorded, auditors alerted) and
 * the daily signed Merkle root over the chain heads, published with public inclusion proofs. Owns
 * `history_anchors`, `history_anchor_leaves`, `history_chain_breaks`. Signs with the licences' agency identity.
 */
@Module({
  imports: [TypeOrmModule.forFeature([HistoryAnchorEntity, HistoryAnchorLeafEntity, ChainBreakEntity]), CoreModule, LicencesModule, IdentityModule],
  controllers: [AnchoringController],
  providers: [HistoryAnchors, ChainAudit],
  exports: [HistoryAnchors, ChainAudit],
})
export class AnchoringModule {}
