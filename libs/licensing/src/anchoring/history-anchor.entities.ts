import { Column, Entity, PrimaryColumn } from 'typeorm';
import { binaryColumnType, timestampColumnType } from '@bizportal/database';

/** One day's published root over every application's chain head, signed with the agency key. */
@Entity('history_anchors')
export class HistoryAnchorEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** The Bangkok date the anchor stands for, YYYY-MM-DD; one anchor a day. */
  @Column({ name: 'anchor_date', type: 'varchar', length: 10, unique: true })
  anchorDate: string;

  @Column({ name: 'tree_size', type: 'integer' })
  treeSize: number;

  /** The Merkle Tree Hash, 64 lowercase hex. */
  @Column({ name: 'root_hash', type: 'varchar', length: 64 })
  rootHash: string;

  @Column({ name: 'heads_read_at', type: timestampColumnType() })
  headsReadAt: Date;

  /** The exact UTF-8 text signed and timestamped (canonical JSON of date, size, root, time and leaf format). */
  @Column({ type: 'text' })
  statement: string;

  /** Detached CMS SignedData (DER) over `statement`, by the agency's signing key. */
  @Column({ type: binaryColumnType() })
  signature: Buffer;

  /** RFC 3161 TimeStampToken (DER) over `statement`; null only when the portal runs without a TSA (TSA_URL unset). */
  @Column({ name: 'timestamp_token', type: binaryColumnType(), nullable: true })
  timestampToken: Buffer | null;

  @Column({ name: 'timestamped_at', type: timestampColumnType(), nullable: true })
  timestampedAt: Date | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

/** One leaf of an anchor: an application's chain head when the heads were read, at its place in the tree. */
@Entity('history_anchor_leaves')
export class HistoryAnchorLeafEntity {
  @PrimaryColumn({ name: 'anchor_id', type: 'varchar', length: 64 })
  anchorId: string;

  @PrimaryColumn({ name: 'leaf_index', type: 'integer' })
  leafIndex: number;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  /** The application's public id, as hashed into the leaf. */
  @Column({ name: 'tracking_number', type: 'varchar', length: 24 })
  trackingNumber: string;

  /** The seq of the history row whose hash is the head. */
  @Column({ name: 'event_seq', type: 'integer' })
  eventSeq: number;

  @Column({ name: 'head_hash', type: 'varchar', length: 64 })
  headHash: string;
}

/**
 * `link`: a stored row whose hash or link to the row before does not match its content (an edited or removed
 * row). `anchor`: the history recomputed from its rows no longer gives the head the latest anchor published (a
 * chain rewritten whole, with every hash recomputed, or cut short).
 */
export type ChainBreakKind = 'link' | 'anchor';

/** A break the nightly check found; kept for good, so the chain is never treated as healthy again. */
@Entity('history_chain_breaks')
export class ChainBreakEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ChainBreakKind;

  /** `link`: the first row that does not match; `anchor`: the seq the anchor published the head at. */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ name: 'anchor_id', type: 'varchar', length: 64, nullable: true })
  anchorId: string | null;

  /** The hash the content gives (`link`) or the anchor published (`anchor`). */
  @Column({ name: 'expected_hash', type: 'varchar', length: 64, nullable: true })
  expectedHash: string | null;

  /** The hash stored (`link`) or recomputed from the rows now (`anchor`). */
  @Column({ name: 'found_hash', type: 'varchar', length: 64, nullable: true })
  foundHash: string | null;

  @Column({ name: 'detected_at', type: timestampColumnType() })
  detectedAt: Date;
}
