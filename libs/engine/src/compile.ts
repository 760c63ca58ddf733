import { setup, transition as xstateTransition, initialTransition, type AnyStateMachine } from 'xstate';
import { ajv, ajvErrorPath, describeAjvError } from './ajv';
import { eventTypesOf, leafGuards, transitionsOf } from './normalize';
import { ACTIONS, ALL_OF, GUARDS, lookup, type GuardInput } from './registry';
import type {
  Actor,
  DefinitionProblem,
  Effect,
  FeeLineDefinition,
  GuardRef,
  PersistedWorkflowState,
  StateMeta,
  TransitionConfig,
  WorkflowContext,
  WorkflowDefinition,
  WorkflowEvent,
} from './types';
import { baht, rangeLineOf } from './fees';
import { checkDefinition } from './validate';
import { EVENT_VOCABULARY, hasVisibleCharacter } from './vocabulary';

export class DefinitionInvalidError extends Error {
  constructor(readonly problems: DefinitionProblem[]) {
    super(
      `Invalid workflow definition:\n` +
        problems.map((p) => `  ${p.file}${p.state ? ` [state ${p.state}]` : ''}: ${p.problem}`).join('\n'),
    );
    this.name = 'DefinitionInvalidError';
  }
}

export interface GuardFailure {
  guard: string;
  kind: 'actor' | 'context' | 'event';
  message: string;
}

export type TransitionOutcome =
  | { ok: true; state: PersistedWorkflowState; meta: StateMeta; effects: Effect[]; changedState: boolean }
  /** The current state has no transition for this event type (HTTP 409). */
  | { ok: false; reason: 'not-accepted'; state: string; accepted: string[] }
  /** The event's comment or data do not match the vocabulary (HTTP 400). */
  | { ok: false; reason: 'invalid-event'; problems: { field: string; problem: string }[] }
  /** The sender may not send this event here (HTTP 403). */
  | { ok: false; reason: 'forbidden'; failures: GuardFailure[] }
  /** The sender may, but the application or the data do not meet the condition (HTTP 422). */
  | { ok: false; reason: 'condition-failed'; failures: GuardFailure[] };

function evaluateGuard(ref: GuardRef, input: GuardInput): boolean {
  if (ref.type === ALL_OF) {
    return ((ref.params?.guards ?? []) as GuardRef[]).every((child) => evaluateGuard(child, input));
  }
  return GUARDS[ref.type].check(input, ref.params ?? {});
}

function failuresOf(t: TransitionConfig, input: GuardInput): GuardFailure[] {
  return leafGuards(t.guard)
    .filter((g) => !GUARDS[g.type].check(input, g.params ?? {}))
    .map((g) => ({ guard: g.type, kind: GUARDS[g.type].kind, message: GUARDS[g.type].failure(g.params ?? {}) }));
}

const eventDataValidators = Object.fromEntries(
  Object.entries(EVENT_VOCABULARY)
    .filter(([, entry]) => entry.dataSchema)
    .map(([type, entry]) => [type, ajv.compile(entry.dataSchema!)]),
);

/** Checks an event's comment and data against the shared vocabulary. */
export function eventProblems(event: Pick<WorkflowEvent, 'type' | 'comment' | 'data'>): { field: string; problem: string }[] {
  const entry = lookup(EVENT_VOCABULARY, event.type);
  if (!entry) return [{ field: 'type', problem: `is not a known event (known: ${Object.keys(EVENT_VOCABULARY).join(', ')})` }];
  const problems: { field: string; problem: string }[] = [];
  if (entry.commentRequired && !hasVisibleCharacter(event.comment)) {
    problems.push({ field: 'comment', problem: `is required for ${event.type} (give the reason or what is missing, in visible characters)` });
  }
  const validate = lookup(eventDataValidators, event.type);
  if (validate) {
    if (!validate(event.data ?? {})) {
      for (const e of validate.errors ?? []) problems.push({ field: ajvErrorPath(e, 'data'), problem: describeAjvError(e) });
    } else if (entry.dataProblems) {
      problems.push(...entry.dataProblems(event.data ?? {}));
    }
  } else if (event.data && Object.keys(event.data).length > 0) {
    problems.push({ field: 'data', problem: `${event.type} carries no data` });
  }
  return problems;
}

/** A licence workflow ready to run: pure functions over persisted state, no live actors. */
export class CompiledWorkflow {
  readonly machine: AnyStateMachine;

  constructor(readonly definition: WorkflowDefinition) {
    const guardImplementations = Object.fromEntries(
      Object.entries(GUARDS).map(([name, spec]) => [
        name,
        ({ context, event }: GuardInput, params: Record<string, unknown> | undefined) =>
          spec.check({ context, event }, params ?? {}),
      ]),
    );
    guardImplementations[ALL_OF] = ({ context, event }: GuardInput, params: Record<string, unknown> | undefined) =>
      evaluateGuard({ type: ALL_OF, params }, { context, event });
    // Actions do nothing when XState runs them: the pure transition returns them and we record effects.
    const actionImplementations = Object.fromEntries(Object.keys(ACTIONS).map((name) => [name, () => undefined]));

    this.machine = (setup as (config: unknown) => { createMachine(config: unknown): AnyStateMachine })({
      guards: guardImplementations,
      actions: actionImplementations,
    }).createMachine({
      ...definition.machine,
      context: ({ input }: { input: WorkflowContext }) => input,
    });
  }

  get slug(): string {
    return this.definition.slug;
  }

  stateMeta(state: string): StateMeta {
    const config = this.definition.machine.states[state];
    if (!config) throw new Error(`${this.slug}: unknown state '${state}'`);
    return config.meta;
  }

  get stateNames(): string[] {
    return Object.keys(this.definition.machine.states);
  }

  initial(context: WorkflowContext): { state: PersistedWorkflowState; meta: StateMeta; effects: Effect[] } {
    const [snapshot, actions] = initialTransition(this.machine, context);
    const value = String(snapshot.value);
    return { state: { value, status: snapshot.status === 'done' ? 'done' : 'active' }, meta: this.stateMeta(value), effects: toEffects(actions) };
  }

  /**
   * A step that raises a fee with a range line (the catalogue gives a range and no rule) must carry the amount the
   * office sets within it (the approver at APPROVE, the officer at a notification's ACCEPT), with a reason; a step
   * that raises no such fee carries none.
   */
  private feeAmountProblems(chosen: TransitionConfig, event: WorkflowEvent): { field: string; problem: string }[] {
    const amount = event.data?.feeAmountSatang as number | undefined;
    const range = this.rangeRaisedBy(chosen)?.range;
    if (!range) {
      return amount === undefined ? [] : [{ field: 'data.feeAmountSatang', problem: 'is given, but this step raises no fee whose amount the office sets' }];
    }
    const within = `between ${range.minSatang} and ${range.maxSatang} satang (${baht(range.minSatang)}–${baht(range.maxSatang)} THB)`;
    if (amount === undefined) {
      return [{ field: 'data.feeAmountSatang', problem: `is required: the fee is a range with no rule, so the office sets it ${within}, with the reason in data.feeReason` }];
    }
    if (amount < range.minSatang || amount > range.maxSatang) return [{ field: 'data.feeAmountSatang', problem: `must be ${within}` }];
    return [];
  }

  private rangeRaisedBy(chosen: TransitionConfig): FeeLineDefinition | undefined {
    return (chosen.actions ?? [])
      .filter((a) => a.type === 'requestPayment')
      .map((a) => this.definition.fees.find((f) => f.code === a.params?.fee))
      .map((fee) => fee && rangeLineOf(fee))
      .find(Boolean);
  }

  /**
   * The range line of the fee that this event, sent by this actor now, would raise, so a form can ask for the amount
   * (guards on the event's own data are not evaluated). Undefined when the step raises no such fee.
   */
  feeRangeOf(state: PersistedWorkflowState, type: string, actor: Actor, context: WorkflowContext): FeeLineDefinition | undefined {
    const probe: GuardInput = { context, event: { type, actor } };
    const chosen = transitionsOf(this.definition.machine, state.value, type).find((t) => failuresOf(t, probe).every((f) => f.kind === 'event'));
    return chosen && this.rangeRaisedBy(chosen);
  }

  /** Events this actor may send in the given state (guards on the application or event data are not evaluated). */
  availableEvents(state: PersistedWorkflowState, actor: Actor, context: WorkflowContext): string[] {
    const probe = (type: string): GuardInput => ({ context, event: { type, actor } });
    return eventTypesOf(this.definition.machine, state.value).filter((type) =>
      transitionsOf(this.definition.machine, state.value, type).some((t) =>
        failuresOf(t, probe(type)).every((f) => f.kind !== 'actor'),
      ),
    );
  }

  /** Events the state accepts from anyone. */
  acceptedEvents(state: PersistedWorkflowState): string[] {
    return eventTypesOf(this.definition.machine, state.value);
  }

  transition(state: PersistedWorkflowState, event: WorkflowEvent, context: WorkflowContext): TransitionOutcome {
    const candidates = transitionsOf(this.definition.machine, state.value, event.type);
    if (candidates.length === 0) {
      return { ok: false, reason: 'not-accepted', state: state.value, accepted: this.acceptedEvents(state) };
    }
    const problems = eventProblems(event);
    if (problems.length > 0) return { ok: false, reason: 'invalid-event', problems };

    const input: GuardInput = { context, event };
    const chosen = candidates.find((t) => !t.guard || evaluateGuard(t.guard, input));
    if (!chosen) {
      const failures = candidates.map((t) => failuresOf(t, input));
      const actorAllowed = failures.filter((f) => f.every((g) => g.kind !== 'actor'));
      if (actorAllowed.length === 0) return { ok: false, reason: 'forbidden', failures: failures[0] };
      return { ok: false, reason: 'condition-failed', failures: actorAllowed[0] };
    }

    const feeProblems = this.feeAmountProblems(chosen, event);
    if (feeProblems.length > 0) return { ok: false, reason: 'invalid-event', problems: feeProblems };

    const current = this.machine.resolveState({ value: state.value, context });
    const [next, actions] = xstateTransition(this.machine, current, event);
    const value = String(next.value);
    const expected = chosen.target ?? state.value;
    if (value !== expected) {
      // Our reading of the definition and XState's must agree; anything else is an engine bug.
      throw new Error(`${this.slug}: expected ${event.type} from '${state.value}' to reach '${expected}', XState reached '${value}'`);
    }
    return {
      ok: true,
      state: { value, status: next.status === 'done' ? 'done' : 'active' },
      meta: this.stateMeta(value),
      effects: toEffects(actions),
      changedState: chosen.target !== undefined && chosen.target !== state.value,
    };
  }
}

function toEffects(actions: readonly { type: string; params?: unknown }[]): Effect[] {
  return actions
    .filter((a) => ACTIONS[a.type])
    .map((a) => ({ type: ACTIONS[a.type].effect, params: (a.params ?? {}) as Record<string, unknown> }));
}

/** Validates and compiles a definition; throws DefinitionInvalidError listing every problem. */
export function compile(raw: unknown, file = `${(raw as { slug?: string })?.slug ?? 'definition'}.json`): CompiledWorkflow {
  const { definition, problems } = checkDefinition(raw, file);
  if (problems.length > 0) throw new DefinitionInvalidError(problems);
  return new CompiledWorkflow(definition);
}
