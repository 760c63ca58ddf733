import { leafGuards } from './normalize';
import { ACTIONS, ALL_OF, GUARDS, lookup } from './registry';
import { TEMPLATES } from './templates';
import { rangeLineOf } from './fees';
import type { DefinitionProblem, FeeDefinition, GuardRef, LocalizedText, WorkflowDefinition } from './types';
import { ROLES, STATE_ACTORS, STATUSES } from './types';
import { EVENT_VOCABULARY } from './vocabulary';
import { checkDefinition, expandDefinition } from './validate';

/**
 * What the workflow studio draws and checks while an official types: the graph of a (possibly broken)
 * machine, the problems of the draft per state, and the vocabulary its editor completes. Pure.
 */

/** One state as the diagram draws it; fields a half-written state lacks are null. */
export interface GraphState {
  id: string;
  label: LocalizedText | null;
  status: string | null;
  /** Who is expected to act next (applicant, officer, approver, signer, system); null when nobody. */
  actor: string | null;
  slaDays: number | null;
  final: boolean;
  initial: boolean;
}

/** One transition: `to` is `from` for an event that keeps the state. */
export interface GraphTransition {
  /** `from:EVENT:n`, n counting the event's branches in XState's order; stable between redraws. */
  id: string;
  from: string;
  to: string;
  event: string;
  /** The roles that may send it (actor guards), as the Mermaid export labels them. */
  senders: string[];
  /** Conditions the branch depends on, in words (`result = pass`, `kind = cancel`). */
  conditions: string[];
  /** Every leaf guard's name (allOf flattened). */
  guards: string[];
  /** The actions' names (their effects). */
  actions: string[];
  /**
   * Event data the branch needs: its `dataEquals` guards (field → value), e.g. `{result: 'pass'}`, and, where it raises
   * a fee the office sets within a range, the range's lowest amount with a reason (so a simulation can send it).
   */
  data: Record<string, unknown>;
  /** The target names no state: drawn to nowhere and reported by validation. */
  dangling: boolean;
}

export interface WorkflowGraph {
  initial: string | null;
  states: GraphState[];
  transitions: GraphTransition[];
}

const SIMULATED_FEE_REASON = 'อัตราต่ำสุดของช่วง (จำลอง) / the range\'s lowest amount (simulated)';

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The states and transitions of a machine as written so far. Tolerant: whatever is not an object where one is
 * expected is skipped, missing meta fields are null, a guard or target naming nothing is kept as written.
 */
export function workflowGraph(machine: unknown, fees: readonly FeeDefinition[] = []): WorkflowGraph {
  if (!isObject(machine) || !isObject(machine.states)) return { initial: null, states: [], transitions: [] };
  const initial = text(machine.initial);
  const names = Object.keys(machine.states);
  const states: GraphState[] = [];
  const transitions: GraphTransition[] = [];
  for (const id of names) {
    const config = machine.states[id];
    const meta = isObject(config) && isObject(config.meta) ? config.meta : {};
    const label = isObject(meta.label) && typeof meta.label.th === 'string' && typeof meta.label.en === 'string' ? { th: meta.label.th, en: meta.label.en } : null;
    states.push({
      id,
      label,
      status: text(meta.status),
      actor: text(meta.actor),
      slaDays: typeof meta.slaDays === 'number' ? meta.slaDays : null,
      final: isObject(config) && config.type === 'final',
      initial: id === initial,
    });
    const on = isObject(config) && isObject(config.on) ? config.on : {};
    for (const [event, entry] of Object.entries(on)) {
      const list = Array.isArray(entry) ? entry : [entry];
      list.forEach((raw, n) => {
        const t = typeof raw === 'string' ? { target: raw } : isObject(raw) ? raw : null;
        if (!t) return;
        const to = typeof t.target === 'string' ? t.target : id;
        const guard = isObject(t.guard) && typeof t.guard.type === 'string' ? (t.guard as unknown as GuardRef) : undefined;
        const { senders, conditions } = describeGuard(guard);
        const data: Record<string, unknown> = {};
        for (const g of safeLeaves(guard)) {
          if (g.type === 'dataEquals' && isObject(g.params) && typeof g.params.field === 'string') data[g.params.field] = g.params.value;
        }
        for (const action of Array.isArray(t.actions) ? t.actions.filter(isObject) : []) {
          const fee = action.type === 'requestPayment' && isObject(action.params) ? fees.find((f) => f.code === (action.params as { fee?: unknown }).fee) : undefined;
          const range = fee && rangeLineOf(fee)?.range;
          if (range) Object.assign(data, { feeAmountSatang: range.minSatang, feeReason: SIMULATED_FEE_REASON });
        }
        transitions.push({
          id: `${id}:${event}:${n}`,
          from: id,
          to,
          event,
          senders,
          conditions,
          guards: safeLeaves(guard).map((g) => g.type),
          actions: Array.isArray(t.actions) ? t.actions.filter(isObject).map((a) => String(a.type)) : [],
          data,
          dangling: !Object.hasOwn(machine.states as object, to),
        });
      });
    }
  }
  return { initial, states, transitions };
}

function safeLeaves(guard: GuardRef | undefined): GuardRef[] {
  try {
    return leafGuards(guard).filter((g) => isObject(g) && typeof g.type === 'string');
  } catch {
    return [];
  }
}

/** Who may send a transition and what it depends on, from its guard: `isApplicant` → applicant, `hasRole {role}` → role, … */
export function describeGuard(guard: GuardRef | undefined): { senders: string[]; conditions: string[] } {
  const roles: string[] = [];
  const conditions: string[] = [];
  for (const g of safeLeaves(guard)) {
    const params = isObject(g.params) ? g.params : {};
    if (g.type === 'isApplicant') roles.push('applicant');
    else if ((g.type === 'hasRole' || g.type === 'isResponsibleOffice') && typeof params.role === 'string') roles.push(params.role);
    else if (g.type === 'dataEquals') conditions.push(`${String(params.field)} = ${typeof params.value === 'string' ? params.value : JSON.stringify(params.value)}`);
    else if (g.type === 'isKind' && Array.isArray(params.kinds)) conditions.push(`kind = ${params.kinds.join(' or ')}`);
    else if (lookup(GUARDS, g.type)?.kind === 'actor') roles.push(g.type);
  }
  return { senders: [...new Set(roles)], conditions };
}

export interface DraftPreview {
  valid: boolean;
  /** The definition as it would run (a template expanded), or null when the template could not be expanded. */
  definition: unknown;
  problems: DefinitionProblem[];
  /** Problems by the state they concern; problems of no one state are in `general`. */
  byState: Record<string, string[]>;
  general: string[];
  graph: WorkflowGraph;
}

/**
 * A draft checked exactly as storing it would check it (template expanded, then validated), with the graph
 * of whatever machine there is: a draft that fails validation is still drawn, its problems on their states.
 */
export function previewDefinition(raw: unknown, file: string, extraProblems: DefinitionProblem[] = []): DraftPreview {
  const expanded = expandDefinition(raw, file);
  const problems = [...checkDefinition(raw, file).problems, ...extraProblems];
  const machine = expanded.problems.length === 0 && isObject(expanded.definition) ? expanded.definition.machine : null;
  const byState: Record<string, string[]> = {};
  const general: string[] = [];
  for (const p of problems) {
    if (p.state) (byState[p.state] ??= []).push(p.problem);
    else general.push(p.problem);
  }
  return {
    valid: problems.length === 0,
    definition: expanded.problems.length === 0 ? expanded.definition : null,
    problems,
    byState,
    general,
    graph: workflowGraph(machine, machine ? (expanded.definition as WorkflowDefinition).fees : []),
  };
}

/** The definition editor's help: its JSON Schema's parts and what may be named inside it. */
export function editorVocabulary() {
  return {
    guards: [
      { name: ALL_OF, kind: 'composite', description: 'Holds when every guard in params.guards holds.', paramsSchema: { type: 'object', required: ['guards'], properties: { guards: { type: 'array', minItems: 1 } } } },
      ...Object.entries(GUARDS).map(([name, g]) => ({ name, kind: g.kind, description: g.description, paramsSchema: g.paramsSchema })),
    ],
    actions: Object.entries(ACTIONS).map(([name, a]) => ({ name, effect: a.effect, description: a.description, paramsSchema: a.paramsSchema })),
    events: Object.entries(EVENT_VOCABULARY).map(([type, e]) => ({
      type,
      label: e.label,
      commentRequired: e.commentRequired === true,
      dataSchema: e.dataSchema ?? null,
    })),
    templates: Object.entries(TEMPLATES).map(([name, t]) => ({ name, description: t.description, paramsSchema: t.paramsSchema })),
    statuses: Object.entries(STATUSES).map(([status, label]) => ({ status, label: { th: label.th, en: label.en } })),
    actors: [...STATE_ACTORS],
    roles: [...ROLES],
  };
}
