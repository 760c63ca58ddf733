import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EntityStatements } from '@bizportal/database';
import { OutboxEntity } from './application.entities';
import { OutboxDispatch } from './outbox-dispatch';

export interface EffectToRecord {
  type: string;
  params: Record<string, unknown>;
}

/** The outbox rows each open transaction (its manager) has recorded, so its committer can hand them on. */
const recordedWith = new WeakMap<EntityManager, string[]>();

/** The ids of the outbox rows recorded with this transaction's manager so far, oldest first. */
export function outboxRowsRecordedWith(manager: EntityManager): readonly string[] {
  return recordedWith.get(manager) ?? [];
}

/**
 * Writes one pending outbox row per effect, in the caller's transaction, and returns their ids. `eventId` names the
 * history row of the step that made them; null for an effect of something that is not a workflow step (a message).
 */
export async function recordEffects(
  manager: EntityManager,
  { applicationId, eventId, effects, at }: { applicationId: string; eventId: string | null; effects: readonly EffectToRecord[]; at: Date },
): Promise<string[]> {
  if (effects.length === 0) return [];
  const ids = effects.map(() => randomUUID());
  // Every step records effects: a statement made once instead of the query builder (EntityStatements).
  await EntityStatements.of(manager, OutboxEntity).insert(
    manager,
    effects.map((effect, i) => ({
      id: ids[i],
      applicationId,
      eventId,
      type: effect.type,
      params: effect.params,
      status: 'pending' as const,
      attempts: 0,
      availableAt: at,
      claimedAt: null,
      claimedBy: null,
      completedAt: null,
      lastError: null,
      createdAt: at,
    })),
  );
  const recorded = recordedWith.get(manager) ?? [];
  recorded.push(...ids);
  recordedWith.set(manager, recorded);
  return ids;
}

/**
 * The outbox for feature modules whose own writes (not a workflow step) have effects: `record` inside
 * their transaction, `runSoon` after its commit (as a step's commit does), so the effect is not left
 * waiting for the next poll or sweep.
 */
@Injectable()
export class Outbox {
  constructor(private readonly dispatch: OutboxDispatch) {}

  record(manager: EntityManager, applicationId: string, effects: readonly EffectToRecord[], at: Date): Promise<string[]> {
    return recordEffects(manager, { applicationId, eventId: null, effects, at });
  }

  /** After the commit: runs (embedded) or queues (scaled) the rows `record` returned, or, without ids, every due row. */
  runSoon(ids?: readonly string[]): void {
    this.dispatch.afterCommit(ids);
  }

  /**
   * Waits until the application's due effects have run: runs them here (embedded), or waits for a worker to
   * (scaled, at most `timeoutMs`), for a request that needs their outcome (the fee's invoice).
   */
  settle(applicationId: string, timeoutMs?: number): Promise<void> {
    return this.dispatch.settle(applicationId, timeoutMs);
  }
}
