import { canonicalJson, sha256Hex } from '@bizportal/common';
import type { Status, WorkflowEvent } from '@bizportal/engine';
import type { ApplicationEventEntity } from './application.entities';

type HashedFields = Omit<ApplicationEventEntity, 'hash' | 'prevHash'>;

/** The first event of an application chains to a hash of the application id. */
export function genesisHash(applicationId: string): string {
  return sha256Hex(`bizportal:application:${applicationId}`);
}

export function eventHash(prevHash: string, event: HashedFields): string {
  return sha256Hex(
    prevHash +
      canonicalJson({
        id: event.id,
        applicationId: event.applicationId,
        seq: event.seq,
        type: event.type,
        fromState: event.fromState,
        toState: event.toState,
        status: event.status,
        actorId: event.actorId,
        actorRoles: event.actorRoles,
        actorAgencyId: event.actorAgencyId,
        comment: event.comment,
        data: event.data,
        createdAt: event.createdAt.toISOString(),
      }),
  );
}

/** Where an application was and where the event took it. */
export interface EventStep {
  applicationId: string;
  fromState: string;
  toState: string;
  status: Status;
  at: Date;
}

/**
 * The history row that follows `last` (none for the first event): numbered after it and chained to
 * its hash. Pure; the row id is given so that the caller decides how ids are made.
 */
export function chainedEvent(
  last: Pick<ApplicationEventEntity, 'seq' | 'hash'> | null | undefined,
  id: string,
  event: Pick<WorkflowEvent, 'type' | 'actor' | 'comment' | 'data'>,
  step: EventStep,
): ApplicationEventEntity {
  const row = {
    id,
    applicationId: step.applicationId,
    seq: (last?.seq ?? 0) + 1,
    type: event.type,
    fromState: step.fromState,
    toState: step.toState,
    status: step.status,
    actorId: event.actor.id,
    actorRoles: [...event.actor.roles],
    actorAgencyId: event.actor.agencyId,
    comment: event.comment?.trim() || null,
    data: event.data && Object.keys(event.data).length > 0 ? event.data : null,
    createdAt: step.at,
  };
  const prevHash = last?.hash ?? genesisHash(step.applicationId);
  return { ...row, prevHash, hash: eventHash(prevHash, row) };
}

/** The seq of the first event whose hash or link does not match, or null when the chain is intact. */
export function firstBrokenLink(applicationId: string, events: ApplicationEventEntity[]): number | null {
  let prev = genesisHash(applicationId);
  for (const event of events) {
    if (event.prevHash !== prev || eventHash(prev, event) !== event.hash) return event.seq;
    prev = event.hash;
  }
  return null;
}

/**
 * The hash each row would carry if nobody had touched the history: recomputed from the genesis hash over the
 * rows' content as they are now, ignoring the stored `prevHash` and `hash`. An untouched chain stores exactly
 * these; an edited row changes its own and every later one, a removed row every later one.
 */
export function recomputedChain(applicationId: string, events: readonly HashedFields[]): { seq: number; hash: string }[] {
  let prev = genesisHash(applicationId);
  return events.map((event) => {
    prev = eventHash(prev, event);
    return { seq: event.seq, hash: prev };
  });
}

/** The recomputed hash of the chain as it stands at `seq`: the last row at or before it (the genesis hash when none). */
export function recomputedHeadAt(applicationId: string, chain: readonly { seq: number; hash: string }[], seq: number): string {
  let head = genesisHash(applicationId);
  for (const link of chain) {
    if (link.seq > seq) break;
    head = link.hash;
  }
  return head;
}
