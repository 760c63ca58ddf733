import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { bangkokDateKey, formatThaiDate } from '@bizportal/common';
import { TransactionRunner, isUniqueViolation } from '@bizportal/database';
import { UserDirectory } from '@bizportal/identity';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { ApplicationStore, Outbox, firstBrokenLink, recomputedChain, recomputedHeadAt, type ApplicationEventEntity } from '../core';
import { ChainBreakEntity, type ChainBreakKind, type HistoryAnchorEntity } from './history-anchor.entities';
import { HistoryAnchors } from './history-anchors.service';

/** Applications whose history is read and checked at a time. */
const BATCH = 500;

interface Finding {
  kind: ChainBreakKind;
  seq: number;
  anchor: HistoryAnchorEntity | null;
  expectedHash: string;
  foundHash: string;
}

export interface AuditRun {
  /** The Bangkok date the run was for. */
  date: string;
  /** False when that date's anchor already existed (the night's work was done). */
  ran: boolean;
  checked: number;
  /** Breaks recorded for the first time in this run. */
  newBreaks: number;
  anchor: HistoryAnchorEntity | null;
}

/** What the timeline says of a chain beyond its own links: the breaks recorded, and the newest anchor holding it. */
export interface ChainHealth {
  breaks: { kind: ChainBreakKind; seq: number; detectedAt: Date; anchorDate: string | null }[];
  anchor: { date: string; eventSeq: number; matches: boolean } | null;
}

/**
 * The nightly history check. Every `HISTORY_AUDIT_INTERVAL_MS` (hourly by default, and once shortly after
 * start) it looks whether today's anchor (Bangkok date) exists; if not, it checks every application's chain
 * (its links, and its head against the newest anchor made before), records each new break with one alert to
 * every auditor, then makes today's anchor. A break is recorded once (unique application, kind and seq) and kept:
 * the chain is not treated as healthy again, whatever is appended after it.
 */
@Injectable()
export class ChainAudit implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChainAudit.name);
  private job?: ScheduledJobHandle;

  constructor(
    @InjectRepository(ChainBreakEntity) private readonly breaks: Repository<ChainBreakEntity>,
    private readonly store: ApplicationStore,
    private readonly anchors: HistoryAnchors,
    private readonly directory: UserDirectory,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.job = this.jobs.schedule({
      name: 'history-audit',
      everyMs: this.config.get<number>('HISTORY_AUDIT_INTERVAL_MS') ?? 0,
      firstAfterMs: 5000,
      run: async () => {
        const run = await this.runOnce();
        if (run.ran) this.logger.log(`History check ${run.date}: ${run.checked} chains, ${run.newBreaks} new breaks, anchor of ${run.anchor?.treeSize ?? 0} heads`);
      },
      onError: (error) => this.logger.error(`History check failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }

  /** The night's work for the Bangkok date of `now`, unless its anchor exists: check every chain, then anchor. */
  async runOnce(now: Date = new Date()): Promise<AuditRun> {
    const date = bangkokDateKey(now);
    if (await this.anchors.findByDate(date)) return { date, ran: false, checked: 0, newBreaks: 0, anchor: null };
    const { checked, newBreaks } = await this.checkAll(date);
    const { anchor } = await this.anchors.make(date);
    return { date, ran: true, checked, newBreaks, anchor };
  }

  /**
   * Checks every chain: its links (each row's hash over its content and the row before) and, for applications
   * the newest anchor before `date` holds, the head recomputed from the rows at the anchored seq against the
   * anchored head. Records new breaks and alerts auditors; resolves with the chains checked and breaks new.
   */
  async checkAll(date: string): Promise<{ checked: number; newBreaks: number }> {
    const anchor = await this.anchors.newestBefore(date);
    const anchored = anchor ? await this.anchors.leavesOf(anchor) : new Map<string, { eventSeq: number; headHash: string }>();
    const ids = [...new Set([...(await this.store.chainHeads()).map((h) => h.applicationId), ...anchored.keys()])].sort();
    let newBreaks = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const byApp = new Map<string, ApplicationEventEntity[]>(batch.map((id) => [id, []]));
      for (const event of await this.store.histories(batch)) byApp.get(event.applicationId)!.push(event);
      for (const [applicationId, events] of byApp) {
        const findings = checkChain(applicationId, events, anchored.get(applicationId), anchor);
        if (findings.length > 0) newBreaks += await this.record(applicationId, findings);
      }
    }
    if (newBreaks > 0) this.outbox.runSoon();
    return { checked: ids.length, newBreaks };
  }

  /** What the timeline shows beside the chain's own verdict. */
  async healthOf(applicationId: string, events: readonly ApplicationEventEntity[]): Promise<ChainHealth> {
    const [breaks, leaf] = await Promise.all([
      this.breaks.find({ where: { applicationId }, order: { detectedAt: 'ASC', seq: 'ASC' } }),
      this.anchors.newestLeafOf(applicationId),
    ]);
    const anchorDates = new Map<string, string>();
    for (const id of new Set(breaks.map((b) => b.anchorId).filter((a): a is string => a !== null))) {
      const anchor = await this.anchors.byId(id);
      if (anchor) anchorDates.set(id, anchor.anchorDate);
    }
    return {
      breaks: breaks.map((b) => ({ kind: b.kind, seq: b.seq, detectedAt: b.detectedAt, anchorDate: b.anchorId ? (anchorDates.get(b.anchorId) ?? null) : null })),
      anchor: leaf
        ? { date: leaf.anchorDate, eventSeq: leaf.eventSeq, matches: recomputedHeadAt(applicationId, recomputedChain(applicationId, events), leaf.eventSeq) === leaf.headHash }
        : null,
    };
  }

  /** Inserts the findings not recorded before and, if any was new, one alert per auditor, in one transaction. */
  private async record(applicationId: string, findings: Finding[]): Promise<number> {
    const now = new Date();
    try {
      return await this.transactions.run(async (manager) => {
        const fresh: Finding[] = [];
        for (const f of findings) {
          if (await manager.existsBy(ChainBreakEntity, { applicationId, kind: f.kind, seq: f.seq })) continue;
          await manager.insert(ChainBreakEntity, {
            id: randomUUID(),
            applicationId,
            kind: f.kind,
            seq: f.seq,
            anchorId: f.anchor?.id ?? null,
            expectedHash: f.expectedHash,
            foundHash: f.foundHash,
            detectedAt: now,
          });
          fresh.push(f);
        }
        if (fresh.length === 0) return 0;
        const first = fresh[0];
        const vars = breakVars(first);
        const auditors = await this.directory.withRole('auditor');
        if (auditors.length === 0) this.logger.error(`History of application ${applicationId} breaks at ${first.seq}, and no account holds the auditor role to alert`);
        await this.outbox.record(
          manager,
          applicationId,
          auditors.map((u) => ({ type: 'notify', params: { template: 'history-chain-broken', to: 'user', userId: u.id, vars } })),
          now,
        );
        this.logger.error(`History of application ${applicationId} breaks (${fresh.map((f) => `${f.kind} at ${f.seq}`).join(', ')}); ${auditors.length} auditors alerted`);
        return fresh.length;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return 0; // another run recorded it at the same moment, and alerted
      throw error;
    }
  }
}

/** The breaks in one chain: its first bad link, and a head that no longer matches the anchor that holds it. */
export function checkChain(
  applicationId: string,
  events: readonly ApplicationEventEntity[],
  anchoredLeaf: { eventSeq: number; headHash: string } | undefined,
  anchor: HistoryAnchorEntity | null,
): Finding[] {
  const findings: Finding[] = [];
  const recomputed = recomputedChain(applicationId, events);
  const brokenAt = firstBrokenLink(applicationId, [...events]);
  if (brokenAt !== null) {
    const index = events.findIndex((e) => e.seq === brokenAt);
    findings.push({ kind: 'link', seq: brokenAt, anchor: null, expectedHash: recomputed[index].hash, foundHash: events[index].hash });
  }
  if (anchoredLeaf) {
    const now = recomputedHeadAt(applicationId, recomputed, anchoredLeaf.eventSeq);
    if (now !== anchoredLeaf.headHash) findings.push({ kind: 'anchor', seq: anchoredLeaf.eventSeq, anchor, expectedHash: anchoredLeaf.headHash, foundHash: now });
  }
  return findings;
}

function breakVars(finding: Finding): Record<string, string> {
  const seq = String(finding.seq);
  if (finding.kind === 'link') return { seq, reasonTh: 'มีรายการถูกแก้ไขหรือลบ', reasonEn: 'a row was edited or removed' };
  const date = finding.anchor?.anchorDate ?? '';
  const thaiDate = date ? formatThaiDate(new Date(`${date}T12:00:00+07:00`)) : '';
  return { seq, reasonTh: `ไม่ตรงกับรากยืนยันที่เผยแพร่ของวันที่ ${thaiDate}`, reasonEn: `it no longer matches the anchor published for ${date}` };
}
