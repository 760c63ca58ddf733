import { canonicalJson, sha256Hex } from '@bizportal/common';
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

/** The seq of the first event whose hash or link does not match, or null when the chain is intact. */
export function firstBrokenLink(applicationId: string, events: ApplicationEventEntity[]): number | null {
  let prev = genesisHash(applicationId);
  for (const event of events) {
    if (event.prevHash !== prev || eventHash(prev, event) !== event.hash) return event.seq;
    prev = event.hash;
  }
  return null;
}
