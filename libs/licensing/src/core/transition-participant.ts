import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import type { StateActor, Status, WorkflowEvent } from '@bizportal/engine';
import type { ApplicationEntity } from './application.entities';

/** What a participant sees of one accepted event, inside the transaction that records it. */
export interface TransitionChange {
  /** The application as it was read before the event. */
  app: ApplicationEntity;
  /** The event as it will be recorded, with what earlier participants added to its data. */
  event: WorkflowEvent;
  toState: string;
  status: Status;
  awaiting: StateActor | null;
  at: Date;
  /** The staff member whose hold on the application this step ended (it now waits for someone else), or null. */
  releasedHolder: string | null;
}

/**
 * A provider that writes its own tables in the same transaction as an application's state change.
 * It runs after the version-guarded update and before the history row; what it returns is added to the
 * event's recorded data. Throwing rolls the whole transition back. Work after the commit belongs in the outbox.
 */
export interface TransitionParticipantProvider {
  participate(manager: EntityManager, change: TransitionChange): Promise<Record<string, unknown> | void>;
}

export interface TransitionParticipantOptions {
  /** Participants run in ascending order; two with the same order stop the start. */
  order: number;
  /** The events it takes part in; every accepted event when omitted. */
  events?: readonly string[];
  /**
   * It writes what the workflow's guards read besides the application row (information requests): the step's answer
   * then reads those facts again instead of reusing the ones read to decide the step.
   */
  changesGuardFacts?: boolean;
}

/** Marks a provider as a participant in every transition (or the named events); discovered at start. */
export const TransitionParticipant = DiscoveryService.createDecorator<TransitionParticipantOptions>();

export interface RegisteredParticipant extends TransitionParticipantOptions {
  name: string;
  provider: TransitionParticipantProvider;
}

/** Orders the discovered participants, refusing two at one position or one without `participate`. */
export function orderParticipants(found: RegisteredParticipant[]): RegisteredParticipant[] {
  const byOrder = new Map<number, string>();
  for (const p of found) {
    if (typeof p.provider.participate !== 'function') throw new Error(`Transition participant ${p.name} has no participate()`);
    const other = byOrder.get(p.order);
    if (other) throw new Error(`Transition participants ${other} and ${p.name} both declare order ${p.order}`);
    byOrder.set(p.order, p.name);
  }
  return [...found].sort((a, b) => a.order - b.order);
}
