import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { merkleAuditPath, merkleLevels, merkleRoot } from '@bizportal/common';
import { TransactionRunner, isUniqueViolation } from '@bizportal/database';
import { ApplicationErrors, ApplicationStore, recomputedChain, recomputedHeadAt } from '../core';
import { LicenceSigning } from '../licences';
import { AnchoringErrors } from './anchoring-errors';
import { HistoryAnchorEntity, HistoryAnchorLeafEntity } from './history-anchor.entities';
import { anchorStatement, byTrackingNumber, historyLeafHash, verifyHistoryInclusion } from './history-leaf';

/** Rows per INSERT of leaves: 5 values each, well under SQLite's and PostgreSQL's parameter limits. */
const LEAF_BATCH = 1000;
/** Trees kept in memory for proofs (the newest anchors are the ones asked for). */
const TREES_CACHED = 2;

export interface PublishedAnchor {
  date: string;
  treeSize: number;
  rootHash: string;
  headsReadAt: Date;
  statement: string;
  signature: string;
  timestampToken: string | null;
  timestampedAt: Date | null;
}

/**
 * The daily anchor: a Merkle tree (RFC 6962) over every application's chain head, its root signed with the
 * agency's key and its statement timestamped by the TSA (RFC 3161, when TSA_URL is set), stored with its leaves and published as open data; and the public inclusion proof of one
 * application's history in a published root.
 */
@Injectable()
export class HistoryAnchors {
  private readonly trees = new Map<string, Promise<Buffer[][]>>();

  constructor(
    @InjectRepository(HistoryAnchorEntity) private readonly anchors: Repository<HistoryAnchorEntity>,
    @InjectRepository(HistoryAnchorLeafEntity) private readonly leaves: Repository<HistoryAnchorLeafEntity>,
    private readonly store: ApplicationStore,
    private readonly signing: LicenceSigning,
    private readonly transactions: TransactionRunner,
  ) {}

  findByDate(anchorDate: string): Promise<HistoryAnchorEntity | null> {
    return this.anchors.findOneBy({ anchorDate });
  }

  byId(id: string): Promise<HistoryAnchorEntity | null> {
    return this.anchors.findOneBy({ id });
  }

  /** The newest anchor of a date before `anchorDate` (the one a night's check compares the chains with). */
  newestBefore(anchorDate: string): Promise<HistoryAnchorEntity | null> {
    return this.anchors.findOne({ where: { anchorDate: LessThan(anchorDate) }, order: { anchorDate: 'DESC' } });
  }

  /** An anchor's leaves by application: the seq and head it published for each. */
  async leavesOf(anchor: HistoryAnchorEntity): Promise<Map<string, { eventSeq: number; headHash: string }>> {
    const rows = await this.leaves.find({ where: { anchorId: anchor.id }, select: { applicationId: true, eventSeq: true, headHash: true } });
    return new Map(rows.map((r) => [r.applicationId, { eventSeq: r.eventSeq, headHash: r.headHash }]));
  }

  /**
   * Makes the anchor of `anchorDate` (a Bangkok date) unless it exists: reads every chain head, builds the tree,
   * signs the statement and stores it with its leaves in one transaction. Another process making the same date
   * at once loses on the unique date and gets the one made.
   */
  async make(anchorDate: string): Promise<{ anchor: HistoryAnchorEntity; made: boolean }> {
    const existing = await this.findByDate(anchorDate);
    if (existing) return { anchor: existing, made: false };
    const headsReadAt = new Date();
    const heads = (await this.store.chainHeads()).sort(byTrackingNumber);
    const leafHashes = heads.map((h) => historyLeafHash(h.trackingNumber, h.hash));
    const levels = merkleLevels(leafHashes);
    const rootHash = merkleRoot(leafHashes).toString('hex');
    const statement = anchorStatement({ anchorDate, treeSize: heads.length, rootHash, headsReadAt });
    // Timestamped before anything is stored: with the TSA down the night's anchor is not made, and the next run retries.
    const tsa = this.signing.pades().tsa;
    const stamp = tsa ? await tsa.timestamp(Buffer.from(statement, 'utf8')) : null;
    const anchor: HistoryAnchorEntity = {
      id: randomUUID(),
      anchorDate,
      treeSize: heads.length,
      rootHash,
      headsReadAt,
      statement,
      signature: this.signing.signer().signCms(Buffer.from(statement, 'utf8')),
      timestampToken: stamp?.token ?? null,
      timestampedAt: stamp?.genTime ?? null,
      createdAt: new Date(),
    };
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(HistoryAnchorEntity, anchor);
        for (let i = 0; i < heads.length; i += LEAF_BATCH) {
          const rows = heads.slice(i, i + LEAF_BATCH).map((h, j) => ({ anchorId: anchor.id, leafIndex: i + j, applicationId: h.applicationId, trackingNumber: h.trackingNumber, eventSeq: h.seq, headHash: h.hash }));
          await manager.createQueryBuilder().insert().into(HistoryAnchorLeafEntity).values(rows).execute();
        }
      });
    } catch (error) {
      const made = isUniqueViolation(error) ? await this.findByDate(anchorDate) : null;
      if (made) return { anchor: made, made: false };
      throw error;
    }
    this.remember(anchor.id, Promise.resolve(levels));
    return { anchor, made: true };
  }

  /** Published anchors, newest first: `limit` of them before the date `before` (exclusive) when given. */
  async list(limit: number, before?: string): Promise<{ items: PublishedAnchor[]; nextBefore: string | null }> {
    const rows = await this.anchors.find({ where: before ? { anchorDate: LessThan(before) } : {}, order: { anchorDate: 'DESC' }, take: limit });
    return { items: rows.map(published), nextBefore: rows.length === limit ? rows[rows.length - 1].anchorDate : null };
  }

  async get(anchorDate: string): Promise<PublishedAnchor> {
    const anchor = await this.findByDate(anchorDate);
    if (!anchor) throw AnchoringErrors.create('HISTORY_ANCHOR_NOT_FOUND', { date: anchorDate });
    return published(anchor);
  }

  /**
   * The inclusion proof of a submitted application's history in the anchor of `anchorDate` (by default the
   * newest that holds it). The leaf is the tracking number and the chain head as the history rows give it now, recomputed from their
   * content up to the seq the anchor published; the audit path comes from the anchor's stored leaves. It
   * verifies only while the history is what was anchored: an edited, removed or rewritten row makes it fail.
   */
  async proof(trackingNumber: string, anchorDate?: string) {
    const app = await this.store.findByTrackingNumber(trackingNumber.toUpperCase());
    if (!app || app.status === 'draft') throw ApplicationErrors.create('TRACKING_NUMBER_NOT_FOUND', { trackingNumber });
    let anchor: HistoryAnchorEntity | null;
    let leaf: HistoryAnchorLeafEntity | null;
    if (anchorDate) {
      anchor = await this.findByDate(anchorDate);
      if (!anchor) throw AnchoringErrors.create('HISTORY_ANCHOR_NOT_FOUND', { date: anchorDate });
      leaf = await this.leaves.findOneBy({ anchorId: anchor.id, applicationId: app.id });
    } else {
      leaf = await this.leaves
        .createQueryBuilder('l')
        .innerJoin(HistoryAnchorEntity, 'a', 'a.id = l.anchorId')
        .where('l.applicationId = :id', { id: app.id })
        .orderBy('a.anchorDate', 'DESC')
        .limit(1)
        .getOne();
      anchor = leaf ? await this.anchors.findOneBy({ id: leaf.anchorId }) : null;
    }
    if (!anchor || !leaf) throw AnchoringErrors.create('HISTORY_PROOF_NOT_ANCHORED', { trackingNumber: app.trackingNumber });
    const headHash = recomputedHeadAt(app.id, recomputedChain(app.id, await this.store.history(app.id)), leaf.eventSeq);
    const auditPath = merkleAuditPath(await this.tree(anchor), leaf.leafIndex).map((h) => h.toString('hex'));
    const proof = { leaf: { trackingNumber: app.trackingNumber, headHash }, leafIndex: leaf.leafIndex, treeSize: anchor.treeSize, auditPath, rootHash: anchor.rootHash };
    return { trackingNumber: app.trackingNumber, anchor: published(anchor), eventSeq: leaf.eventSeq, ...proof, verified: verifyHistoryInclusion(proof) };
  }

  /** The newest anchor holding an application, with the seq and head it published (for the timeline). */
  async newestLeafOf(applicationId: string): Promise<{ anchorDate: string; eventSeq: number; headHash: string } | null> {
    const row = await this.leaves
      .createQueryBuilder('l')
      .innerJoin(HistoryAnchorEntity, 'a', 'a.id = l.anchorId')
      .select(['l.eventSeq AS "eventSeq"', 'l.headHash AS "headHash"', 'a.anchorDate AS "anchorDate"'])
      .where('l.applicationId = :applicationId', { applicationId })
      .orderBy('a.anchorDate', 'DESC')
      .limit(1)
      .getRawOne<{ eventSeq: number | string; headHash: string; anchorDate: string }>();
    return row ? { anchorDate: row.anchorDate, eventSeq: Number(row.eventSeq), headHash: row.headHash } : null;
  }

  /** The tree of an anchor rebuilt from its stored leaves (in their order), kept for the newest few anchors. */
  private tree(anchor: HistoryAnchorEntity): Promise<Buffer[][]> {
    const cached = this.trees.get(anchor.id);
    if (cached) return cached;
    const built = this.leaves
      .find({ where: { anchorId: anchor.id }, order: { leafIndex: 'ASC' }, select: { trackingNumber: true, headHash: true, leafIndex: true } })
      .then((rows) => merkleLevels(rows.map((r) => historyLeafHash(r.trackingNumber, r.headHash))));
    this.remember(anchor.id, built);
    built.catch(() => this.trees.delete(anchor.id));
    return built;
  }

  private remember(anchorId: string, tree: Promise<Buffer[][]>): void {
    this.trees.set(anchorId, tree);
    while (this.trees.size > TREES_CACHED) this.trees.delete(this.trees.keys().next().value!);
  }
}

function published(anchor: HistoryAnchorEntity): PublishedAnchor {
  return {
    date: anchor.anchorDate,
    treeSize: anchor.treeSize,
    rootHash: anchor.rootHash,
    headsReadAt: anchor.headsReadAt,
    statement: anchor.statement,
    signature: anchor.signature.toString('base64'),
    timestampToken: anchor.timestampToken ? anchor.timestampToken.toString('base64') : null,
    timestampedAt: anchor.timestampedAt,
  };
}
