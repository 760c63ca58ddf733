import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_VOCABULARY, MIGRATION_EVENTS, RECORDED_EVENTS, STATUSES } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ChainAudit } from '../../anchoring';
import { firstBrokenLink, historyStateLabels } from '../../core';
import { ApplicationSupport } from '../application-support';

export class GetTimelineQuery extends Query<object> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
  ) {
    super();
  }
}

/**
 * Every step of an application, in order, with who acted and the integrity of the history chain: its links as
 * they are now, the breaks the nightly check recorded (kept even if the rows were put back), and whether the
 * history still gives the head the newest anchor published.
 */
@QueryHandler(GetTimelineQuery)
export class GetTimelineHandler implements IQueryHandler<GetTimelineQuery> {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly audit: ChainAudit,
  ) {}

  async execute({ user, id }: GetTimelineQuery) {
    const app = await this.support.loadForViewing(id, user);
    const workflow = await this.support.facts.workflowOf(app);
    const events = await this.support.store.history(app.id);
    const brokenAt = firstBrokenLink(app.id, events);
    const health = await this.audit.healthOf(app.id, events);
    // Each row's states are labelled by the version it was written under (an application may have been migrated).
    const labels = await historyStateLabels(events, app.workflowVersion, (v) => this.support.facts.catalogue.workflow(app.licenceType, v));
    return {
      applicationId: app.id,
      trackingNumber: app.trackingNumber,
      createdAt: app.createdAt,
      current: {
        state: app.state,
        stateLabel: workflow.stateMeta(app.state).label,
        status: app.status,
        statusLabel: STATUSES[app.status],
        awaiting: app.awaitingActor,
        since: app.stateEnteredAt,
        dueAt: app.dueAt,
        overdue: app.dueAt !== null && app.dueAt.getTime() < Date.now(),
      },
      entries: events.map((e, i) => ({
        seq: e.seq,
        at: e.createdAt,
        event: e.type,
        eventLabel: (EVENT_VOCABULARY[e.type] ?? RECORDED_EVENTS[e.type] ?? MIGRATION_EVENTS[e.type])?.label ?? { th: e.type, en: e.type },
        from: { state: e.fromState, label: labels[i].from },
        to: { state: e.toState, label: labels[i].to, status: e.status, statusLabel: STATUSES[e.status] },
        actor: { id: e.actorId, roles: e.actorRoles, agencyId: e.actorAgencyId },
        comment: e.comment,
        data: e.data,
        onBehalfOf: onBehalfOfIn(e.data),
        hash: e.hash,
      })),
      integrity: {
        verified: brokenAt === null && health.breaks.length === 0 && health.anchor?.matches !== false,
        brokenAtSeq: brokenAt,
        recordedBreaks: health.breaks,
        anchor: health.anchor,
      },
    };
  }
}

/** What the grants' participant recorded in an entry the agent sent (section 24). */
function onBehalfOfIn(data: Record<string, unknown> | null) {
  const recorded = data?.onBehalfOf as { grantId: string; principal: { type: string; name: { th: string; en: string } }; agent: { name: { th: string; en: string } } } | undefined;
  return recorded ? { grantId: recorded.grantId, agentName: recorded.agent.name, principal: recorded.principal } : null;
}
