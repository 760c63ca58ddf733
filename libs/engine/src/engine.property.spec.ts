import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { ALL_OF, compile, EVENT_TYPES, EVENT_VOCABULARY, GUARDS, migrationPlanProblems, missingForState } from '.';
import type {
  Actor,
  CompiledWorkflow,
  GuardRef,
  MigrationFacts,
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
/** The amount the approver sets within the food permit's fee range, with the reason. */
const FEE_SET = { feeAmountSatang: 250000, feeReason: 'พื้นที่ 250 ตร.ม. / 250 m²' };

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
    // The food permit's fee is a range: its approval sets the amount (a cancellation's approval raises no fee).
    if (type === 'APPROVE' && context.kind !== 'cancel') event.data = FEE_SET;
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

// ---------------------------------------------------------------------------
// Migration to another version (issue 14): a migrated application can finish
// ---------------------------------------------------------------------------

/**
 * Version 2 of the food permit as an official might publish it: the signer's approval of the e-licence added
 * (`awaiting_signature`, a day taken from the decision) and the decision state renamed `decision`.
 */
function foodVersion2(): WorkflowDefinition {
  const { template, ...rest } = food() as WorkflowDefinition & { template: { name: string; params: Record<string, any> } };
  const params = template.params;
  const expanded = compile({ ...rest, machine: { template: template.name, params: { ...params, signerApproval: true, slaDays: { ...params.slaDays, decision: params.slaDays.decision - 1, signature: 1 } } } }, 'food-premises-permit@2.json');
  // Written out, so that a state can be renamed (a template names its own states).
  const { template: _recorded, ...definition } = structuredClone(expanded.definition);
  const rename = (from: string, to: string) => {
    definition.machine.states[to] = definition.machine.states[from];
    delete definition.machine.states[from];
    for (const config of Object.values(definition.machine.states)) {
      for (const [event, entry] of Object.entries(config.on ?? {})) {
        const list = (Array.isArray(entry) ? entry : [entry]).map((t) => (typeof t === 'string' ? { target: t } : t));
        config.on![event] = list.map((t) => (t.target === from ? { ...t, target: to } : t));
      }
    }
  };
  rename('consideration', 'decision');
  return definition as WorkflowDefinition;
}

const definition2 = foodVersion2();
const wf2 = compile(definition2, 'food-premises-permit@2.json');
const states2 = definition2.machine.states;
/** Every non-final state of version 1 to the state of version 2 that does the same work. */
const MAPPING: Record<string, string> = Object.fromEntries(
  stateNames.filter((s) => states[s].type !== 'final').map((s) => [s, s === 'consideration' ? 'decision' : s]),
);
const signerA: Actor = { id: 'u-signer-a', roles: ['signer'], agencyId: OFFICE };

/** Well-formed data for an event (each variant an office or the system might send). */
function dataVariants(type: string): (Record<string, unknown> | undefined)[] {
  switch (type) {
    case 'SCHEDULE_INSPECTION':
      return [{ date: '2026-12-01', window: { from: '09:00', to: '12:00' }, inspectorId: 'inspector-1' }];
    case 'RECORD_INSPECTION':
      return ['pass', 'fail'].map((result) => ({ result, findings: [{ item: 'สุขาภิบาล / hygiene', ok: result === 'pass' }] }));
    case 'REQUEST_INFO':
      return [{ items: [{ kind: 'information', question: 'เวลาเปิดร้าน / Opening hours?' }] }];
    case 'LICENCE_ISSUED':
      return [{ licenceNumber: 'TEST/2569/000001', pdfSha256: '0'.repeat(64) }];
    case 'PAYMENT_SUCCEEDED':
    case 'PAYMENT_FAILED':
      return [{ paymentId: 'p-1', method: 'promptpay', amountSatang: 200000 }];
    case 'EXPIRE':
      return [{ validUntil: '2026-01-01T00:00:00.000Z' }];
    case 'APPROVE':
      return [undefined, FEE_SET];
    case 'RENEW':
    case 'AMEND':
      return [{ licenceNumber: 'TEST/2569/000002', applicationId: 'app-2' }];
    case 'CLOSE':
      return [{ licenceNumber: 'TEST/2569/000001' }];
    case 'CHOOSE_DELIVERY':
      return [{ method: 'e-licence' }];
    case 'RECORD_DELIVERY':
      return [{ collectedBy: 'นายสมชาย ใจดี' }, { trackingNumber: 'EF123456789TH' }];
    default:
      return [undefined];
  }
}

/**
 * The shortest run of real engine transitions from `from` to a final state of `engine`, sent by the pool's actors
 * with well-formed events; null when none is found. The applicant has completed what she is asked for.
 */
function pathToFinal(engine: CompiledWorkflow, from: string, base: WorkflowContext): string[] | null {
  const context: WorkflowContext = { ...base, agencyId: OFFICE, formComplete: true, documentsComplete: true, informationAnswered: true };
  const start: PersistedWorkflowState = { value: from, status: 'active' };
  const seen = new Map<string, string[]>([[from, []]]);
  const queue = [start];
  while (queue.length > 0) {
    const state = queue.shift()!;
    const path = seen.get(state.value)!;
    if (state.status === 'done') return path;
    for (const type of engine.acceptedEvents(state)) {
      for (const actor of [...actorPool, signerA]) {
        for (const data of dataVariants(type)) {
          const comment = lookupEntry(type)?.commentRequired ? 'เหตุผล / the reason' : undefined;
          const outcome = engine.transition(state, { type, actor, ...(comment ? { comment } : {}), ...(data ? { data } : {}) }, context);
          if (!outcome.ok || seen.has(outcome.state.value)) continue;
          seen.set(outcome.state.value, [...path, `${type} by ${actor.id}`]);
          queue.push(outcome.state);
        }
      }
    }
  }
  return null;
}

const lookupEntry = (type: string) => (Object.prototype.hasOwnProperty.call(EVENT_VOCABULARY, type) ? EVENT_VOCABULARY[type] : undefined);

/** What the engine's migration check reads of an application that went through a trace: its history and effects. */
function factsOf(context: WorkflowContext, trace: TraceStep[]): MigrationFacts {
  const ok = trace.filter((s) => s.outcome.ok);
  return {
    kind: context.kind,
    history: new Set(ok.map((s) => s.event.type)),
    effects: new Set(ok.flatMap((s) => (s.outcome.ok ? s.outcome.effects.map((e) => e.type) : []))),
    conditions: { formComplete: context.formComplete, documentsComplete: context.documentsComplete, informationAnswered: context.informationAnswered },
  };
}

describe('migrated applications (food-premises-permit version 1 → a version 2 with the signer and a renamed state)', () => {
  it('the mapping passes the plan checks: every live state mapped, targets exist, are not final and wait for the same kind of actor', () => {
    const occupied = Object.fromEntries(Object.keys(MAPPING).map((s) => [s, 1]));
    expect(migrationPlanProblems({ from: definition.machine, to: definition2.machine, stateMapping: MAPPING, allowActorChange: [], occupied })).toEqual([]);
  });

  it('6. an application the check lets move can go on to a final state in the new version; every live state is covered', () => {
    /** A careless mapping too: every live application straight to the decision (the check must refuse those without an inspection). */
    const SHORTCUT: Record<string, string> = Object.fromEntries(Object.keys(MAPPING).map((s) => [s, 'decision']));
    const migrated = { natural: new Set<string>(), shortcut: new Set<string>() };
    const refused = { natural: 0, shortcut: 0 };
    // The path depends on the state and on the facts the guards read of the request (its kind and delivery choice).
    const paths = new Map<string, string[] | null>();
    const finish = (target: string, context: WorkflowContext) => {
      const key = `${target}|${context.kind}|${context.deliveryMethod}`;
      if (!paths.has(key)) paths.set(key, pathToFinal(wf2, target, context));
      return paths.get(key)!;
    };
    /** Where a run of the plan left the application, and whether each mapping's check lets it move. */
    const migrate = (context: WorkflowContext, plan: PlanStep[]) => {
      const { initial, trace } = runPlan(wf, context, plan);
      const last = [...trace].reverse().find((s) => s.outcome.ok);
      const at = last?.outcome.ok ? last.outcome.state : initial.state;
      if (at.status === 'done') return null; // ended: not a live application, not migrated
      const facts = factsOf(context, trace);
      return { at: at.value, facts, trace };
    };
    fc.assert(
      fc.property(scenarioArb, ({ context, plan }) => {
        const live = migrate(context, plan);
        if (!live) return;
        for (const [name, mapping] of [['natural', MAPPING], ['shortcut', SHORTCUT]] as const) {
          const target = mapping[live.at];
          ensure(target !== undefined && Object.hasOwn(states2, target), `no target for '${live.at}'`);
          const missing = missingForState(definition2.machine, target, live.facts);
          if (missing) {
            refused[name]++;
            // A refusal names each way in and what the application lacks for it.
            ensure(missing.length > 0 && missing.every((way) => way.missing.length > 0), `refused without a reason: ${live.at} → ${target}`, missing);
            continue;
          }
          migrated[name].add(live.at);
          ensure(finish(target, context) !== null, `migrated (${name}) from '${live.at}' to '${target}', but no final state of version 2 can be reached`, { context, history: [...live.facts.history] });
        }
      }),
      { numRuns: 300, seed: 20261205 },
    );
    // Guards against vacuity: with the natural mapping every live state of version 1 was migrated in some run and
    // none refused (it is a faithful mapping); the shortcut both moved some applications and refused others.
    for (const { context, plan } of fc.sample(scenarioArb, { numRuns: 2000, seed: 20261206 })) {
      const live = migrate(context, plan);
      if (!live) continue;
      if (missingForState(definition2.machine, MAPPING[live.at], live.facts)) refused.natural++;
      else migrated.natural.add(live.at);
      if (missingForState(definition2.machine, SHORTCUT[live.at], live.facts)) refused.shortcut++;
      else migrated.shortcut.add(live.at);
    }
    expect([...migrated.natural].sort()).toEqual(Object.keys(MAPPING).sort());
    expect(refused.natural).toBe(0);
    expect(refused.shortcut).toBeGreaterThan(0);
    expect(migrated.shortcut.size).toBeGreaterThan(0);
  });

  it('the check refuses a state whose way in needs what the application lacks, and the new state lets the application on', () => {
    const base: WorkflowContext = { applicantId: APPLICANT_ID, agencyId: OFFICE, formComplete: true, documentsComplete: true, informationAnswered: true, kind: 'new', deliveryMethod: 'e-licence' };
    const noInspection: MigrationFacts = { kind: 'new', history: new Set(['SUBMIT', 'RECEIVE', 'ACCEPT']), effects: new Set(), conditions: {} };
    expect(missingForState(definition2.machine, 'decision', noInspection)).toEqual(
      expect.arrayContaining([{ from: 'inspection', event: 'RECORD_INSPECTION', missing: [{ kind: 'history', event: 'RECORD_INSPECTION' }] }]),
    );
    expect(missingForState(definition2.machine, 'awaiting_payment', { ...noInspection, history: new Set([...noInspection.history, 'RECORD_INSPECTION', 'APPROVE']) })).toEqual([
      { from: 'decision', event: 'APPROVE', missing: [{ kind: 'effect', effect: 'request-payment' }] },
    ]);
    // A version-2 state that version 1 never had: an application waiting for the signer finishes.
    expect(pathToFinal(wf2, 'awaiting_signature', base)).toEqual(expect.arrayContaining(['APPROVE_SIGNATURE by u-signer-a', 'LICENCE_ISSUED by system']));
  });
});
