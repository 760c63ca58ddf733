import {
  EVENT_TYPES,
  EVENT_VOCABULARY,
  type Actor,
  type ApplicationKind,
  type CompiledWorkflow,
  type Effect,
  type GuardFailure,
  type LocalizedText,
  type PersistedWorkflowState,
  type Role,
  type Status,
  type TransitionOutcome,
  type WorkflowContext,
} from '@bizportal/engine';

export const SIMULATED_APPLICANT = 'simulated-applicant';
export const SIMULATED_OFFICE = 'simulated-office';

export interface SimulationInput {
  events: { type: string; as: { roles: Role[]; agencyId?: string | null; id?: string }; comment?: string; data?: Record<string, unknown> }[];
  context?: Partial<WorkflowContext>;
}

export interface SimulationRefusal {
  reason: 'unknown-event' | 'not-accepted' | 'invalid-event' | 'forbidden' | 'condition-failed';
  /** What the real API would answer to the same event. */
  httpStatus: 400 | 403 | 409 | 422;
  message: string;
  /** not-accepted: the events this state accepts from anyone, and those this sender may send. */
  accepted?: string[];
  allowed?: string[];
  /** forbidden, condition-failed: the guards that failed. */
  failures?: GuardFailure[];
  /** invalid-event: what is wrong with the comment or data. */
  problems?: { field: string; problem: string }[];
}

export interface SimulationStep {
  index: number;
  event: string;
  as: Actor;
  ok: boolean;
  from: string;
  to: string;
  status: Status;
  label: LocalizedText;
  effects: Effect[];
  /** The workflow reached a final state with this step. */
  done: boolean;
  refusal?: SimulationRefusal;
}

/**
 * Runs events through a compiled workflow from its initial state, purely (nothing is stored), the way
 * the application service would: a refused event is reported in its step and leaves the state as it was,
 * and the next event is tried from there.
 */
export function simulateWorkflow(workflow: CompiledWorkflow, input: SimulationInput) {
  const given = input.context ?? {};
  const context: WorkflowContext = {
    applicantId: given.applicantId ?? SIMULATED_APPLICANT,
    agencyId: given.agencyId === undefined ? SIMULATED_OFFICE : given.agencyId,
    formComplete: given.formComplete ?? true,
    documentsComplete: given.documentsComplete ?? true,
    informationAnswered: given.informationAnswered ?? true,
    kind: given.kind ?? 'new',
    deliveryMethod: given.deliveryMethod ?? 'e-licence',
  };
  const start = workflow.initial(context);
  let state: PersistedWorkflowState = start.state;
  const steps = input.events.map((event, index): SimulationStep => {
    const actor = actorOf(event.as, context);
    const from = state.value;
    const here = { index, event: event.type, as: actor, from };
    const stay = { to: from, status: workflow.stateMeta(from).status, label: workflow.stateMeta(from).label, effects: [], done: state.status === 'done' };
    if (!Object.hasOwn(EVENT_VOCABULARY, event.type)) {
      return {
        ...here,
        ok: false,
        ...stay,
        refusal: {
          reason: 'unknown-event',
          httpStatus: 400,
          message: `ไม่รู้จักเหตุการณ์ ${event.type} / '${event.type}' is not an event word (the vocabulary: ${EVENT_TYPES.join(', ')})`,
        },
      };
    }
    const outcome = workflow.transition(state, { type: event.type, actor, comment: event.comment, data: event.data }, context);
    if (!outcome.ok) return { ...here, ok: false, ...stay, refusal: refusalOf(outcome, workflow, state, actor, context, event.type) };
    state = outcome.state;
    // As the service does: the applicant's delivery choice is what the delivery guard reads next.
    if (event.type === 'CHOOSE_DELIVERY') context.deliveryMethod = event.data!.method as WorkflowContext['deliveryMethod'];
    return {
      ...here,
      ok: true,
      to: outcome.state.value,
      status: outcome.meta.status,
      label: outcome.meta.label,
      effects: outcome.effects,
      done: outcome.state.status === 'done',
    };
  });
  const end = workflow.stateMeta(state.value);
  return {
    context,
    initial: { state: start.state.value, status: start.meta.status, label: start.meta.label, effects: start.effects },
    steps,
    final: { state: state.value, status: end.status, label: end.label, done: state.status === 'done' },
    accepted: steps.filter((s) => s.ok).length,
    refused: steps.filter((s) => !s.ok).length,
  };
}

/** Who sends the event: an applicant is the application's applicant and office staff work for its office, unless said otherwise. */
function actorOf(as: SimulationInput['events'][number]['as'], context: WorkflowContext): Actor {
  const roles = [...new Set(as.roles)];
  const staff = roles.includes('officer') || roles.includes('approver') || roles.includes('signer');
  return {
    id: as.id ?? (roles.includes('applicant') ? context.applicantId : `simulated-${roles[0] ?? 'nobody'}`),
    roles,
    agencyId: as.agencyId !== undefined ? as.agencyId : staff ? context.agencyId : null,
  };
}

function refusalOf(
  outcome: Exclude<TransitionOutcome, { ok: true }>,
  workflow: CompiledWorkflow,
  state: PersistedWorkflowState,
  actor: Actor,
  context: WorkflowContext,
  type: string,
): SimulationRefusal {
  const label = `${EVENT_VOCABULARY[type].label.th} (${type})`;
  switch (outcome.reason) {
    case 'not-accepted': {
      const allowed = workflow.availableEvents(state, actor, context);
      return {
        reason: 'not-accepted',
        httpStatus: 409,
        message:
          `ทำรายการ ${label} ไม่ได้ในขั้นตอนนี้ / ${type} is not accepted in state '${state.value}'` +
          (outcome.accepted.length > 0 ? `; it accepts ${outcome.accepted.join(', ')}` : '; it accepts no events (a final state)'),
        accepted: outcome.accepted,
        allowed,
      };
    }
    case 'invalid-event':
      return {
        reason: 'invalid-event',
        httpStatus: 400,
        message: `ข้อมูลประกอบ ${label} ไม่ถูกต้อง / The ${type} event is incomplete: ${outcome.problems.map((p) => `${p.field} ${p.problem}`).join('; ')}`,
        problems: outcome.problems,
      };
    case 'forbidden':
      return { reason: 'forbidden', httpStatus: 403, message: outcome.failures.map((f) => f.message).join('; '), failures: outcome.failures };
    case 'condition-failed':
      return { reason: 'condition-failed', httpStatus: 422, message: outcome.failures.map((f) => f.message).join('; '), failures: outcome.failures };
  }
}
