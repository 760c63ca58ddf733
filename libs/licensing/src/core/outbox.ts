import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { OutboxEntity } from './application.entities';
import { OutboxRunner } from './outbox-runner';

export interface EffectToRecord {
  type: string;
  params: Record<string, unknown>;
}

/**
 * Writes one pending outbox row per effect, in the caller's transaction. `eventId` names the history row
 * of the step that made them; null for an effect of something that is not a workflow step (a message).
 */
export async function recordEffects(
  manager: EntityManager,
  { applicationId, eventId, effects, at }: { applicationId: string; eventId: string | null; effects: readonly EffectToRecord[]; at: Date },
): Promise<void> {
  if (effects.length === 0) return;
  await manager.insert(
    OutboxEntity,
    effects.map((effect) => ({
      id: randomUUID(),
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
    })) as QueryDeepPartialEntity<OutboxEntity>[],
  );
}

/**
 * The outbox for feature modules whose own writes (not a workflow step) have effects: `record` inside
 * their transaction, `runSoon` after its commit (as a step's commit does), so the effect is not left
 * waiting for the runner's next poll.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly runner: OutboxRunner,
    private readonly config: ConfigService,
  ) {}

  record(manager: EntityManager, applicationId: string, effects: readonly EffectToRecord[], at: Date): Promise<void> {
    return recordEffects(manager, { applicationId, eventId: null, effects, at });
  }

  runSoon(): void {
    if (this.config.get<boolean>('OUTBOX_RUNNER_ENABLED') !== false) void this.runner.kick();
  }
}
