export { AnchoringModule } from './anchoring.module';
export { ChainAudit, checkChain, type AuditRun, type ChainHealth } from './chain-audit.service';
export { HistoryAnchors, type PublishedAnchor } from './history-anchors.service';
export { HistoryAnchorEntity, HistoryAnchorLeafEntity, ChainBreakEntity, type ChainBreakKind } from './history-anchor.entities';
export { AnchoringErrors } from './anchoring-errors';
export { historyLeaf, historyLeafHash, anchorStatement, verifyHistoryInclusion, byTrackingNumber, HISTORY_LEAF_FORMAT, HISTORY_ANCHOR_TYPE, type HistoryInclusionProof } from './history-leaf';
