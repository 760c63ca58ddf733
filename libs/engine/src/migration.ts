import { leafGuards, transitionsOf, eventTypesOf } from './normalize';
import { ACTIONS, GUARDS, lookup } from './registry';
import type { ApplicationKind, GuardRef, MachineConfig, TransitionConfig } from './types';
import { EVENT_VOCABULARY } from './vocabulary';

/**
 * Moving running applications from one workflow version to another (issue 14): what the engine can tell about
 * a plan before anything moves. Pure functions over the two machines; no I/O.
 */

/**
 * Who a state waits for, by kind: `applicant`, `office` (officer, approver, head of office), `signer`, `payment`
 * (the system reporting a payment outcome), `system` (any other system event, e.g. LICENCE_ISSUED), another
 * role by its name (`workflow_admin`, `auditor`), or `anyone` (a transition without an actor guard).
 */
export type ActorKind = 'applicant' | 'office' | 'signer' | 'payment' | 'system' | 'anyone' | 'workflow_admin' | 'auditor';

/** Final statuses that end an application without its licence: leaving a state into one of these is not progress. */
const ENDING_STATUSES = new Set(['rejected', 'cancelled', 'revoked', 'expired', 'superseded']);
const PAYMENT_EVENTS = new Set(['PAYMENT_SUCCEEDED', 'PAYMENT_FAILED']);
const OFFICE_ROLES = new Set(['officer', 'approver', 'head_of_office']);

function kindOfRole(role: string, event: string): ActorKind {
  if (role === 'applicant') return 'applicant';
  if (OFFICE_ROLES.has(role)) return 'office';
  if (role === 'signer') return 'signer';
  if (role === 'system') return PAYMENT_EVENTS.has(event) ? 'payment' : 'system';
  return role as ActorKind;
}

/** The kinds of actor a transition's actor guards admit (all of them must hold, so a conjunction names each). */
function actorKindsOf(transition: TransitionConfig, event: string): ActorKind[] {
  const kinds: ActorKind[] = [];
  for (const g of leafGuards(transition.guard)) {
    if (lookup(GUARDS, g.type)?.kind !== 'actor') continue;
    if (g.type === 'isApplicant') kinds.push('applicant');
    else kinds.push(kindOfRole(String(g.params?.role), event));
  }
  return kinds.length > 0 ? kinds : ['anyone'];
}

/**
 * The transitions that take an application forward out of `state`: to another state that is not a final one
 * ending it without its licence (rejection, cancellation, revocation, expiry, replacement). The applicant's
 * CANCEL, the office's REJECT and the system's CLOSE are open in most states and say nothing of whose turn it is.
 */
export function progressingTransitions(machine: MachineConfig, state: string): { event: string; transition: TransitionConfig }[] {
  const result: { event: string; transition: TransitionConfig }[] = [];
  for (const event of eventTypesOf(machine, state)) {
    for (const transition of transitionsOf(machine, state, event)) {
      const target = transition.target;
      if (!target || target === state || !Object.hasOwn(machine.states, target)) continue;
      const config = machine.states[target];
      if (config.type === 'final' && ENDING_STATUSES.has(config.meta.status)) continue;
      result.push({ event, transition });
    }
  }
  return result;
}

/**
 * Who `state` waits for, derived from the machine: the kinds of actor that may send the events taking it forward
 * (sorted, each once). Empty for a final state, or a state nothing takes forward.
 */
export function waitingActorKinds(machine: MachineConfig, state: string): ActorKind[] {
  const kinds = new Set<ActorKind>();
  for (const { event, transition } of progressingTransitions(machine, state)) for (const k of actorKindsOf(transition, event)) kinds.add(k);
  return [...kinds].sort();
}

/** What an application must have for one transition into a state to have happened to it. */
export type EntryRequirement =
  /** The event carries data that later steps read (an inspection's result, a request's items, a payment): it must be in the history. */
  | { kind: 'history'; event: string }
  /** The transition records an effect whose outcome the state waits for (a fee invoice, the licence's issuance): it must have been recorded. */
  | { kind: 'effect'; effect: string }
  /** A guard on the application (form complete, documents attached, requested items answered) that must hold now. */
  | { kind: 'condition'; guard: string }
  /** The transition is only for requests of these kinds. */
  | { kind: 'kind'; kinds: ApplicationKind[] };

/** The facts about one application that entry requirements are checked against. */
export interface MigrationFacts {
  kind: ApplicationKind;
  /** The event types in its history (any version). */
  history: ReadonlySet<string>;
  /** The effect types recorded for it in the outbox (`request-payment`, `issue-licence`, …). */
  effects: ReadonlySet<string>;
  /** The context guards' facts now: formComplete, documentsComplete, informationAnswered. */
  conditions: Readonly<Record<string, boolean>>;
}

/** Effects whose outcome a state waits for; a missing notification is not a missing fact. */
const AWAITED_EFFECTS = new Set(['request-payment', 'issue-licence', 'cancel-fee']);

/** Every transition into `state` from another state, with what it requires. */
export function entryTransitions(machine: MachineConfig, state: string): { from: string; event: string; requirements: EntryRequirement[] }[] {
  const result: { from: string; event: string; requirements: EntryRequirement[] }[] = [];
  for (const from of Object.keys(machine.states)) {
    if (from === state) continue;
    for (const event of eventTypesOf(machine, from)) {
      for (const transition of transitionsOf(machine, from, event)) {
        if (transition.target !== state) continue;
        result.push({ from, event, requirements: requirementsOf(transition, event) });
      }
    }
  }
  return result;
}

function requirementsOf(transition: TransitionConfig, event: string): EntryRequirement[] {
  const requirements: EntryRequirement[] = [];
  const entry = lookup(EVENT_VOCABULARY, event);
  if (entry?.dataSchema && !entry.dataUsedOnlyByItsStep) requirements.push({ kind: 'history', event });
  for (const action of transition.actions ?? []) {
    const effect = lookup(ACTIONS, action.type)?.effect;
    if (effect && AWAITED_EFFECTS.has(effect)) requirements.push({ kind: 'effect', effect });
  }
  for (const g of leafGuards(transition.guard) as GuardRef[]) {
    if (g.type === 'isKind') requirements.push({ kind: 'kind', kinds: (g.params?.kinds ?? []) as ApplicationKind[] });
    else if (lookup(GUARDS, g.type)?.kind === 'context') requirements.push({ kind: 'condition', guard: g.type });
  }
  return requirements;
}

/**
 * Whether the application meets one requirement. A condition counts as met when it holds now, or when the step
 * it guards is already in the history (it was checked then: a submitted form need not still be complete).
 */
function meets(requirement: EntryRequirement, facts: MigrationFacts, event: string): boolean {
  switch (requirement.kind) {
    case 'history':
      return facts.history.has(requirement.event);
    case 'effect':
      return facts.effects.has(requirement.effect);
    case 'kind':
      return requirement.kinds.includes(facts.kind);
    case 'condition':
      return facts.conditions[requirement.guard] === true || facts.history.has(event);
  }
}

/**
 * The states of `machine` an application with these facts could be in: the initial state, and every state
 * entered by a transition whose requirements it meets from a state it could be in (the least fixpoint).
 * Guards on the sender and on the event's choice (pass/fail) are assumed possible.
 */
export function attainableStates(machine: MachineConfig, facts: MigrationFacts): Set<string> {
  const attained = new Set([machine.initial]);
  const entries = Object.keys(machine.states).map((state) => ({ state, entries: entryTransitions(machine, state) }));
  for (let changed = true; changed; ) {
    changed = false;
    for (const { state, entries: into } of entries) {
      if (attained.has(state)) continue;
      if (into.some((e) => attained.has(e.from) && e.requirements.every((r) => meets(r, facts, e.event)))) {
        attained.add(state);
        changed = true;
      }
    }
  }
  return attained;
}

/** What an application lacks for one way into a state: a requirement, or a state it could not have been in before. */
export type MissingFact = EntryRequirement | { kind: 'state'; state: string };

/** Why an application may not be put in `state`: per way into it, what it lacks. Null when it may. */
export function missingForState(machine: MachineConfig, state: string, facts: MigrationFacts): { from: string; event: string; missing: MissingFact[] }[] | null {
  const attained = attainableStates(machine, facts);
  if (attained.has(state)) return null;
  return entryTransitions(machine, state).map((e) => ({
    from: e.from,
    event: e.event,
    missing: [...e.requirements.filter((r) => !meets(r, facts, e.event)), ...(attained.has(e.from) ? [] : [{ kind: 'state' as const, state: e.from }])],
  }));
}

/** A problem with a migration plan as a whole; `code` is the stable error code the API answers with. */
export type MigrationPlanProblem =
  | { code: 'MIGRATION_SOURCE_STATE_UNKNOWN'; field: string; state: string }
  | { code: 'MIGRATION_SOURCE_STATE_UNMAPPED'; state: string; applications: number }
  | { code: 'MIGRATION_TARGET_STATE_UNKNOWN'; field: string; state: string }
  | { code: 'MIGRATION_TARGET_STATE_FINAL'; fromState: string; toState: string }
  | { code: 'MIGRATION_ACTOR_CHANGE'; fromState: string; toState: string; fromActors: ActorKind[]; toActors: ActorKind[] };

export interface MigrationPlanInput {
  from: MachineConfig;
  to: MachineConfig;
  stateMapping: Readonly<Record<string, string>>;
  /** Target states the plan accepts waiting for another kind of actor than their source. */
  allowActorChange: readonly string[];
  /** Live applications the plan would move, per source state. */
  occupied: Readonly<Record<string, number>>;
}

/**
 * The problems of a plan, in a fixed order: mapping keys that are no state of the source version, source states
 * holding live applications left unmapped, targets that are no state of the target version (or listed in
 * allowActorChange without being one), targets that are final, and targets waiting for another kind of actor than
 * their source unless allowed. Empty when the plan may run (each application is then checked on its own).
 */
export function migrationPlanProblems({ from, to, stateMapping, allowActorChange, occupied }: MigrationPlanInput): MigrationPlanProblem[] {
  const problems: MigrationPlanProblem[] = [];
  const has = (machine: MachineConfig, state: string) => Object.hasOwn(machine.states, state);
  for (const state of Object.keys(stateMapping)) {
    if (!has(from, state)) problems.push({ code: 'MIGRATION_SOURCE_STATE_UNKNOWN', field: `stateMapping.${state}`, state });
  }
  for (const [state, applications] of Object.entries(occupied)) {
    if (applications > 0 && !Object.hasOwn(stateMapping, state)) problems.push({ code: 'MIGRATION_SOURCE_STATE_UNMAPPED', state, applications });
  }
  for (const [source, target] of Object.entries(stateMapping)) {
    if (!has(to, target)) problems.push({ code: 'MIGRATION_TARGET_STATE_UNKNOWN', field: `stateMapping.${source}`, state: target });
  }
  allowActorChange.forEach((state, i) => {
    if (!has(to, state)) problems.push({ code: 'MIGRATION_TARGET_STATE_UNKNOWN', field: `allowActorChange.${i}`, state });
  });
  for (const [source, target] of Object.entries(stateMapping)) {
    if (!has(from, source) || !has(to, target)) continue;
    if (to.states[target].type === 'final') problems.push({ code: 'MIGRATION_TARGET_STATE_FINAL', fromState: source, toState: target });
  }
  for (const [source, target] of Object.entries(stateMapping)) {
    if (!has(from, source) || !has(to, target) || to.states[target].type === 'final' || from.states[source].type === 'final') continue;
    const fromActors = waitingActorKinds(from, source);
    const toActors = waitingActorKinds(to, target);
    if (fromActors.join() !== toActors.join() && !allowActorChange.includes(target)) {
      problems.push({ code: 'MIGRATION_ACTOR_CHANGE', fromState: source, toState: target, fromActors, toActors });
    }
  }
  return problems;
}
