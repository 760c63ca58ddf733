import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { ALL_OF, compile, EVENT_TYPES, EVENT_VOCABULARY, GUARDS } from '.';
import type {
  Actor,
  CompiledWorkflow,
  GuardRef,
  PersistedWorkflowState,
  TransitionConfig,
  TransitionOutcome,
  WorkflowContext,
  WorkflowDefinition,
  WorkflowEvent,
} from '.';

/**
 * Property-based tests for the pure workflow engine, run against the food premises permit.
 * The oracle below reads the definition JSON directly (own properties only) and does not use
 * the engine's own normalisation, so the engine is checked against an independent reading.
 */

const food = (): WorkflowDefinition =>
  JSON.parse(readFileSync(join(__dirname, '../../../workflows/licences/food-premises-permit.json'), 'utf8'));

const definition = food();
const wf = compile(food(), 'food-premises-permit.json');
/** A second, independently compiled instance, for the determinism property. */
const wfAgain = compile(food(), 'food-premises-permit.json');
const states = definition.machine.states;
const stateNames = Object.keys(states);

const APPLICANT_ID = 'u-applicant';
const OFFICE = 'office-a';

const ACTORS = {
  owner: { id: APPLICANT_ID, roles: ['applicant'], agencyId: null },
  otherApplicant: { id: 'u-other-applicant', roles: ['applicant'], agencyId: null },
  officerA: { id: 'u-officer-a', roles: ['officer'], agencyId: 'office-a' },
  approverA: { id: 'u-approver-a', roles: ['approver'], agencyId: 'office-a' },
  officerB: { id: 'u-officer-b', roles: ['officer'], agencyId: 'office-b' },
  approverB: { id: 'u-approver-b', roles: ['approver'], agencyId: 'office-b' },
  admin: { id: 'u-admin', roles: ['workflow_admin'], agencyId: null },
  auditor: { id: 'u-auditor', roles: ['auditor'], agencyId: 'office-a' },
  system: { id: 'system', roles: ['system'], agencyId: null },
} satisfies Record<string, Actor>;
const actorPool: Actor[] = Object.values(ACTORS);

/** Words that are not in the event vocabulary (prototype keys are tested separately below). */
const UNKNOWN_EVENTS = ['submit', 'DELETE', 'FORWARDED', 'APPROVE ', '', 'ISSUE_LICENCE'];

// ---------------------------------------------------------------------------
// Independent oracle over the definition JSON
// ---------------------------------------------------------------------------

/** Cheap assertions for the hot loops (jest's expect is slow); on failure they throw with the details. */
function ensure(condition: boolean, what: string, details?: unknown): asserts condition {
  if (!condition) throw new Error(details === undefined ? what : `${what}\n${JSON.stringify(details, null, 2)}`);
}

/** Deep equality; falls back to expect() only on failure, for a readable diff. */
function same(actual: unknown, expected: unknown, what: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  try {
    expect(actual).toEqual(expected);
  } catch (e) {
    throw new Error(`${what}\n${(e as Error).message}`);
  }
  throw new Error(`${what}\n${JSON.stringify({ actual, expected }, null, 2)}`);
}

const hasOwn = (o: object | undefined, key: string): boolean => o !== undefined && Object.prototype.hasOwnProperty.call(o, key);

function candidatesFromJson(from: string, type: string): TransitionConfig[] {
  const on = states[from]?.on;
  if (!on || !hasOwn(on, type)) return [];
  const entry = on[type];
  return (Array.isArray(entry) ? entry : [entry]).map((t) => (typeof t === 'string' ? { target: t } : t));
}

function leafGuardsOf(guard: GuardRef | undefined): GuardRef[] {
  if (!guard) return [];
  if (guard.type === ALL_OF) return ((guard.params?.guards ?? []) as GuardRef[]).flatMap(leafGuardsOf);
  return [guard];
}

function leafHolds(g: GuardRef, context: WorkflowContext, event: WorkflowEvent): boolean {
  ensure(hasOwn(GUARDS, g.type), `unknown guard '${g.type}' in the definition`);
  return GUARDS[g.type].check({ context, event }, g.params ?? {});
}

/** The first transition whose guards all hold, as XState would choose it. */
function chosenFromJson(from: string, event: WorkflowEvent, context: WorkflowContext): TransitionConfig | undefined {
  return candidatesFromJson(from, event.type).find((t) => leafGuardsOf(t.guard).every((g) => leafHolds(g, context, event)));
}

/** Some transition for this event has every actor guard satisfied by this actor. */
function actorMayFromJson(from: string, type: string, actor: Actor, context: WorkflowContext): boolean {
  const event: WorkflowEvent = { type, actor };
  return candidatesFromJson(from, type).some((t) =>
    leafGuardsOf(t.guard)
      .filter((g) => GUARDS[g.type].kind === 'actor')
      .every((g) => leafHolds(g, context, event)),
  );
}

const isResponsible = (actor: Actor, role: 'officer' | 'approver', context: WorkflowContext): boolean =>
  actor.roles.includes(role) && context.agencyId !== null && actor.agencyId === context.agencyId;

/** Concrete, hand-written authorisation rules for every event type the food workflow uses. */
const WHO_MAY: Record<string, (actor: Actor, context: WorkflowContext) => boolean> = {
  APPROVE: (a, c) => isResponsible(a, 'approver', c),
  REJECT: (a, c) => isResponsible(a, 'approver', c),
  RECEIVE: (a, c) => isResponsible(a, 'officer', c),
  ACCEPT: (a, c) => isResponsible(a, 'officer', c),
  REQUEST_INFO: (a, c) => isResponsible(a, 'officer', c),
  SCHEDULE_INSPECTION: (a, c) => isResponsible(a, 'officer', c),
  RECORD_INSPECTION: (a, c) => isResponsible(a, 'officer', c),
  SUBMIT: (a, c) => a.roles.includes('applicant') && a.id === c.applicantId,
  RESUBMIT: (a, c) => a.roles.includes('applicant') && a.id === c.applicantId,
  CANCEL: (a, c) => a.roles.includes('applicant') && a.id === c.applicantId,
  PAYMENT_SUCCEEDED: (a) => a.roles.includes('system'),
  PAYMENT_FAILED: (a) => a.roles.includes('system'),
  LICENCE_ISSUED: (a) => a.roles.includes('system'),
  SUSPEND: (a, c) => isResponsible(a, 'approver', c),
  REINSTATE: (a, c) => isResponsible(a, 'approver', c),
  REVOKE: (a, c) => isResponsible(a, 'approver', c),
  EXPIRE: (a) => a.roles.includes('system'),
  RENEW: (a) => a.roles.includes('system'),
  AMEND: (a) => a.roles.includes('system'),
  // Only a request that concerns a licence (not a new one) is closed, by the system, when that licence is revoked.
  CLOSE: (a, c) => a.roles.includes('system') && c.kind !== 'new',
  CHOOSE_DELIVERY: (a, c) => a.roles.includes('applicant') && a.id === c.applicantId,
  RECORD_DELIVERY: (a, c) => isResponsible(a, 'officer', c),
};

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

const mostlyTrue = fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 });

const contextArb: fc.Arbitrary<WorkflowContext> = fc.record({
  applicantId: fc.constant(APPLICANT_ID),
  // Mostly routed to office-a; sometimes not routed yet, so no office may act.
  agencyId: fc.oneof({ arbitrary: fc.constant<string | null>(OFFICE), weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }),
  // Mostly true: SUBMIT needs both, and deep states (e.g. superseded) must still be reached often enough.
  formComplete: mostlyTrue,
  documentsComplete: mostlyTrue,
  informationAnswered: mostlyTrue,
  kind: fc.constantFrom('new' as const, 'renew' as const, 'amend' as const, 'cancel' as const),
  deliveryMethod: fc.constantFrom('e-licence' as const, 'pickup' as const, 'post' as const),
});

const commentArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('เอกสารไม่ครบ / Documents are missing'),
  fc.string({ maxLength: 12 }),
);

const junkDataArb = fc.dictionary(
  fc.constantFrom('result', 'date', 'notes', 'x', 'amount'),
  fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null)),
  { maxKeys: 3 },
);

const dataArb: fc.Arbitrary<Record<string, unknown> | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.constant({}), weight: 1 },
  { arbitrary: fc.constantFrom('pass', 'fail', 'maybe').map((result) => ({ result })), weight: 3 },
  { arbitrary: fc.constant({ date: '2026-12-01' }), weight: 2 },
  { arbitrary: fc.constant({ date: '2026-13-45' }), weight: 1 },
  { arbitrary: junkDataArb, weight: 1 },
);

/**
 * One step of a plan. The event type and actor are resolved against the current state so
 * that long sequences get deep into the workflow: most steps pick an event the state accepts
 * (and often an actor allowed to send it), the rest pick any vocabulary event or an unknown word.
 */
interface PlanStep {
  typeMode: 'accepted' | 'vocabulary' | 'unknown';
  typePick: number;
  suitedActor: boolean;
  actorPick: number;
  /** Send the comment and data the vocabulary asks for, instead of the random ones. */
  wellFormed: boolean;
  comment: string | undefined;
  data: Record<string, unknown> | undefined;
  formComplete: boolean | undefined;
}

const stepArb: fc.Arbitrary<PlanStep> = fc.record({
  typeMode: fc.oneof(
    { arbitrary: fc.constant('accepted' as const), weight: 6 },
    { arbitrary: fc.constant('vocabulary' as const), weight: 3 },
    { arbitrary: fc.constant('unknown' as const), weight: 1 },
  ),
  typePick: fc.nat(),
  suitedActor: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
  actorPick: fc.nat(),
  wellFormed: fc.oneof({ arbitrary: fc.constant(true), weight: 2 }, { arbitrary: fc.constant(false), weight: 1 }),
  comment: commentArb,
  data: dataArb,
  // The applicant may edit the form between events: sometimes override the context.
  formComplete: fc.option(fc.boolean(), { nil: undefined }),
});

const scenarioArb = fc.record({ context: contextArb, plan: fc.array(stepArb, { maxLength: 60, size: 'max' }) });

interface Call {
  event: WorkflowEvent;
  context: WorkflowContext;
}

interface TraceStep extends Call {
  from: PersistedWorkflowState;
  outcome: TransitionOutcome;
}

function resolveStep(step: PlanStep, from: PersistedWorkflowState, base: WorkflowContext): Call {
  const context = step.formComplete === undefined ? base : { ...base, formComplete: step.formComplete };
  const accepted = Object.keys(states[from.value]?.on ?? {});
  // Events that can end the application (CANCEL, REJECT) are picked less often, to get deeper.
  const ending = (type: string) => candidatesFromJson(from.value, type).some((t) => t.target !== undefined && states[t.target]?.type === 'final' && t.target !== 'completed');
  const progressing = accepted.filter((type) => !ending(type));
  // Events that stay in the state (a delivery choice, scheduling) are picked less often than those that move on.
  const moving = progressing.filter((type) => candidatesFromJson(from.value, type).some((t) => t.target !== undefined && t.target !== from.value));
  let type: string;
  const staying = progressing.filter((type) => !moving.includes(type));
  if (step.typeMode === 'accepted' && moving.length > 0 && step.typePick % 5 !== 0 && step.typePick % 5 !== 4) type = moving[step.typePick % moving.length];
  else if (step.typeMode === 'accepted' && staying.length > 0 && step.typePick % 5 === 4) type = staying[Math.floor(step.typePick / 5) % staying.length];
  else if (step.typeMode === 'accepted' && progressing.length > 0 && step.typePick % 5 !== 0) type = progressing[step.typePick % progressing.length];
  else if (step.typeMode === 'accepted' && accepted.length > 0) type = accepted[step.typePick % accepted.length];
  else if (step.typeMode === 'unknown') type = UNKNOWN_EVENTS[step.typePick % UNKNOWN_EVENTS.length];
  else type = EVENT_TYPES[step.typePick % EVENT_TYPES.length];
  const suited = step.suitedActor ? actorPool.filter((a) => actorMayFromJson(from.value, type, a, context)) : [];
  const pool = suited.length > 0 ? suited : actorPool;
  const event: WorkflowEvent = { type, actor: pool[step.actorPick % pool.length] };
  if (step.wellFormed) {
    const entry = Object.prototype.hasOwnProperty.call(EVENT_VOCABULARY, type) ? EVENT_VOCABULARY[type] : undefined;
    if (entry?.commentRequired) event.comment = 'เหตุผล / the reason';
    if (type === 'SCHEDULE_INSPECTION') event.data = { date: '2026-12-01', window: { from: '09:00', to: '12:00' }, inspectorId: 'inspector-1' };
    if (type === 'REQUEST_INFO') event.data = { items: [{ kind: 'information', question: 'เวลาเปิดร้าน / Opening hours?' }] };
    if (type === 'LICENCE_ISSUED') event.data = { licenceNumber: 'TEST/2569/000001', pdfSha256: '0'.repeat(64) };
    if (type === 'PAYMENT_SUCCEEDED' || type === 'PAYMENT_FAILED') {
      event.data = step.typePick % 4 === 3 ? step.data : { paymentId: 'p-1', method: 'promptpay', amountSatang: 200000 };
    }
    if (type === 'EXPIRE') event.data = { validUntil: '2026-01-01T00:00:00.000Z' };
    if (type === 'RENEW' || type === 'AMEND') event.data = { licenceNumber: 'TEST/2569/000002', applicationId: 'app-2' };
    if (type === 'CLOSE') event.data = { licenceNumber: 'TEST/2569/000001' };
    if (type === 'CHOOSE_DELIVERY') {
      event.data = [{ method: 'e-licence' }, { method: 'pickup' }, { method: 'post', address: '99 ถนนพระราม 4 คลองเตย กรุงเทพฯ' }][step.typePick % 3];
    }
    if (type === 'RECORD_DELIVERY') {
      // Mostly what the applicant's choice calls for, sometimes the other record (which the guard refuses).
      const pickup = step.typePick % 3 === 2 ? context.deliveryMethod !== 'pickup' : context.deliveryMethod === 'pickup';
      event.data = pickup ? { collectedBy: 'นายสมชาย ใจดี' } : { trackingNumber: 'EF123456789TH' };
    }
    // RECORD_INSPECTION: pass, fail, or the random data (which may be 'maybe' or junk)
    if (type === 'RECORD_INSPECTION') {
      event.data = step.typePick % 3 === 2 ? step.data : { result: step.typePick % 3 === 0 ? 'pass' : 'fail', findings: [{ item: 'สุขาภิบาล / hygiene', ok: true }] };
    }
  } else {
    if (step.comment !== undefined) event.comment = step.comment;
    if (step.data !== undefined) event.data = step.data;
  }
  return { event, context };
}

/** Runs a plan from the initial state; a successful outcome replaces the state. */
function runPlan(engine: CompiledWorkflow, base: WorkflowContext, plan: PlanStep[]): { initial: ReturnType<CompiledWorkflow['initial']>; trace: TraceStep[] } {
  const initial = engine.initial(base);
  let state = initial.state;
  const trace: TraceStep[] = [];
  for (const step of plan) {
    const call = resolveStep(step, state, base);
    const outcome = engine.transition(state, call.event, call.context);
    trace.push({ ...call, from: state, outcome });
    if (outcome.ok) state = outcome.state;
  }
  return { initial, trace };
}

/** Replays concrete calls; returns the outcomes. */
function replay(engine: CompiledWorkflow, base: WorkflowContext, calls: Call[]): { initial: unknown; outcomes: TransitionOutcome[] } {
  const initial = engine.initial(base);
  let state = initial.state;
  const outcomes: TransitionOutcome[] = [];
  for (const { event, context } of calls) {
    const outcome = engine.transition(state, event, context);
    outcomes.push(outcome);
    if (outcome.ok) state = outcome.state;
  }
  return { initial, outcomes };
}

const persisted = (value: string): PersistedWorkflowState => ({ value, status: states[value].type === 'final' ? 'done' : 'active' });

const describeCall = (s: TraceStep): string =>
  `${s.event.type} by ${s.event.actor.id} in '${s.from.value}' -> ${s.outcome.ok ? `ok '${s.outcome.state.value}'` : s.outcome.reason}`;

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('workflow engine properties (food-premises-permit)', () => {

  it('1. states stay in the definition, meta matches, and final states accept nothing', () => {
    fc.assert(
      fc.property(scenarioArb, ({ context, plan }) => {
        const { initial, trace } = runPlan(wf, context, plan);
        ensure(initial.state.value === definition.machine.initial, 'initial state', initial.state);
        same(initial.meta, states[initial.state.value].meta, 'initial meta');
        for (const step of trace) {
          const { from, outcome } = step;
          const label = describeCall(step);
          ensure(!(from.status === 'done' && outcome.ok), `a transition succeeded from a final state: ${label}`, step);
          if (!outcome.ok) continue;
          ensure(stateNames.includes(outcome.state.value), `unknown state reached: ${label}`, outcome);
          same(outcome.meta, states[outcome.state.value].meta, `meta of '${outcome.state.value}' after ${label}`);
          const final = states[outcome.state.value].type === 'final';
          ensure(outcome.state.status === (final ? 'done' : 'active'), `status does not match the state type: ${label}`, outcome.state);
          ensure(outcome.changedState === (outcome.state.value !== from.value), `changedState is wrong: ${label}`, outcome);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the generator reaches every state and every event the workflow uses (guards against vacuous properties)', () => {
    const visited = new Set<string>();
    const succeeded = new Set<string>();
    const usedEvents = new Set(stateNames.flatMap((s) => Object.keys(states[s].on ?? {})));
    // Fixed seeds, so the check does not flicker; more batches only while something is still unreached.
    for (let batch = 0; batch < 12 && (visited.size < stateNames.length || succeeded.size < usedEvents.size); batch++) {
      for (const { context, plan } of fc.sample(scenarioArb, { numRuns: 1000, seed: 20261122 + batch })) {
        const { initial, trace } = runPlan(wf, context, plan);
        visited.add(initial.state.value);
        for (const { outcome, event } of trace) {
          if (!outcome.ok) continue;
          visited.add(outcome.state.value);
          succeeded.add(event.type);
        }
      }
    }
    expect([...visited].sort()).toEqual([...stateNames].sort());
    const used = new Set(stateNames.flatMap((s) => Object.keys(states[s].on ?? {})));
    expect([...succeeded].sort()).toEqual([...used].sort());
  });

  it('2. a successful transition never bypasses a role guard', () => {
    fc.assert(
      fc.property(scenarioArb, ({ context, plan }) => {
        for (const step of runPlan(wf, context, plan).trace) {
          const { from, outcome, event } = step;
          if (!outcome.ok) continue;
          const label = describeCall(step);
          // The engine took a transition the definition has, and the one XState would choose.
          const chosen = chosenFromJson(from.value, event, step.context);
          ensure(chosen !== undefined, `succeeded, but no transition of the definition allows it: ${label}`, step);
          ensure(outcome.state.value === (chosen.target ?? from.value), `reached another state than the definition says: ${label}`, { chosen, step });
          for (const g of leafGuardsOf(chosen.guard)) {
            if (GUARDS[g.type].kind !== 'actor') continue;
            ensure(leafHolds(g, step.context, event), `actor guard '${g.type}' bypassed: ${label}`, { guard: g, step });
          }
          // Hand-written rules, independent of the guard registry.
          const rule = hasOwn(WHO_MAY, event.type) ? WHO_MAY[event.type] : undefined;
          ensure(rule !== undefined, `an event without an authorisation rule succeeded: ${label}`, step);
          ensure(rule(event.actor, step.context), `${event.type} succeeded for an actor who may not send it: ${label}`, step);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('3. outcome classification is consistent with acceptedEvents and availableEvents', () => {
    fc.assert(
      fc.property(scenarioArb, ({ context, plan }) => {
        for (const step of runPlan(wf, context, plan).trace) {
          const { from, outcome, event } = step;
          const label = describeCall(step);
          if (candidatesFromJson(from.value, event.type).length === 0) {
            const expected = { ok: false, reason: 'not-accepted', state: from.value, accepted: Object.keys(states[from.value].on ?? {}) };
            same(outcome, expected, `the state has no transition for the event: ${label}`);
            continue;
          }
          ensure(outcome.ok || outcome.reason !== 'not-accepted', `the state accepts the event, yet not-accepted: ${label}`, step);
          const available = wf.availableEvents(from, event.actor, step.context);
          const isAvailable = available.includes(event.type);
          ensure(isAvailable || !outcome.ok, `succeeded although not in availableEvents ${JSON.stringify(available)}: ${label}`, step);
          if (outcome.ok) continue;
          if (outcome.reason === 'forbidden') {
            ensure(!isAvailable, `forbidden, yet in availableEvents ${JSON.stringify(available)}: ${label}`, step);
            ensure(outcome.failures.some((f) => f.kind === 'actor'), `forbidden without an actor failure: ${label}`, outcome);
          }
          if (outcome.reason === 'condition-failed') {
            ensure(isAvailable, `condition-failed, yet not in availableEvents ${JSON.stringify(available)}: ${label}`, step);
            ensure(outcome.failures.length > 0 && outcome.failures.every((f) => f.kind !== 'actor'), `condition-failed with no or actor failures: ${label}`, outcome);
            ensure(chosenFromJson(from.value, event, step.context) === undefined, `condition-failed, but a transition's guards all hold: ${label}`, step);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('4. availableEvents is always a subset of acceptedEvents', () => {
    const actorArb = fc.oneof(
      fc.constantFrom(...actorPool),
      // Arbitrary actors too: any roles, ids and offices.
      fc.record({
        id: fc.constantFrom(APPLICANT_ID, 'system', 'u-x', ''),
        roles: fc.subarray(['applicant', 'officer', 'approver', 'workflow_admin', 'auditor', 'system'] as const),
        agencyId: fc.constantFrom<string | null>(OFFICE, 'office-b', null),
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...stateNames), actorArb, contextArb, (value, actor, context) => {
        const state = persisted(value);
        const accepted = wf.acceptedEvents(state);
        same(accepted, Object.keys(states[value].on ?? {}), `acceptedEvents('${value}')`);
        const available = wf.availableEvents(state, actor, context);
        for (const type of available) ensure(accepted.includes(type), `available but not accepted in '${value}': ${type}`, { actor, context });
        // and it is exactly the events for which some transition's actor guards all hold
        same(available, accepted.filter((type) => actorMayFromJson(value, type, actor, context)), `availableEvents('${value}') for ${JSON.stringify(actor)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('5. the engine is deterministic: the same sequence gives the same outcomes', () => {
    fc.assert(
      fc.property(scenarioArb, ({ context, plan }) => {
        const { initial, trace } = runPlan(wf, context, plan);
        const calls: Call[] = trace.map(({ event, context: c }) => ({ event, context: c }));
        const outcomes = trace.map((s) => s.outcome);
        const again = replay(wf, context, calls);
        same(again.initial, initial, 'initial, replayed');
        same(again.outcomes, outcomes, 'outcomes, replayed on the same instance');
        const other = replay(wfAgain, context, calls);
        same(other.initial, initial, 'initial, on another compiled instance');
        same(other.outcomes, outcomes, 'outcomes, replayed on another compiled instance');
      }),
      { numRuns: 300 },
    );
  });

  it('event types named like Object.prototype members are never accepted', () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    fc.assert(
      fc.property(fc.constantFrom(...stateNames), fc.constantFrom(...actorPool), fc.constantFrom(...prototypeKeys), contextArb, (value, actor, type, context) => {
        const state = persisted(value);
        let outcome: TransitionOutcome | string;
        try {
          outcome = wf.transition(state, { type, actor }, context);
        } catch (e) {
          outcome = `threw: ${(e as Error).message}`;
        }
        same(outcome, { ok: false, reason: 'not-accepted', state: value, accepted: Object.keys(states[value].on ?? {}) }, `${type} by ${actor.id} in '${value}'`);
        ensure(!wf.availableEvents(state, actor, context).includes(type), `${type} is available in '${value}'`);
      }),
      { numRuns: 300 },
    );
  });
});
