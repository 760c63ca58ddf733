import { ajv, ajvErrorPath, describeAjvError } from './ajv';
import { WORKFLOW_DEFINITION_SCHEMA } from './definition.schema';
import { eventTypesOf, leafGuards, transitionsOf } from './normalize';
import { ACTIONS, ALL_OF, GUARDS, lookup } from './registry';
import type { ActionRef, DefinitionProblem, GuardRef, MachineConfig, TransitionConfig, WorkflowDefinition } from './types';
import { FINAL_STATUSES, LICENCE_LIFE_EVENTS, TERMINAL_ONLY_STATUSES, type ApplicationKind } from './types';
import { EVENT_TYPES, EVENT_VOCABULARY } from './vocabulary';
import { ruleProblems } from './rules';
import { TEMPLATES } from './templates';

const validateShape = ajv.compile(WORKFLOW_DEFINITION_SCHEMA);

/**
 * Replaces `machine: {template, params}` with the template's machine (keeping which template and
 * params under `template`). A definition with a full machine is returned as it is.
 */
function kindsOf(raw: unknown): ApplicationKind[] {
  const kinds = (raw as { kinds?: unknown }).kinds;
  return Array.isArray(kinds) ? (kinds as ApplicationKind[]) : ['new'];
}

export function expandDefinition(raw: unknown, file: string): { definition: unknown; problems: DefinitionProblem[] } {
  const machine = (raw as { machine?: { template?: unknown; params?: unknown } } | null)?.machine;
  if (!machine || typeof machine !== 'object' || !('template' in machine)) return { definition: raw, problems: [] };
  const name = String(machine.template);
  const template = lookup(TEMPLATES, name);
  if (!template) {
    return { definition: raw, problems: [{ file, problem: `unknown template '${name}' (known: ${Object.keys(TEMPLATES).join(', ')})` }] };
  }
  const params = (machine.params ?? {}) as Record<string, unknown>;
  if (!ajv.validate(template.paramsSchema, params)) {
    const detail = (ajv.errors ?? []).map((e) => `${ajvErrorPath(e, 'machine.params')} ${describeAjvError(e)}`);
    return { definition: raw, problems: detail.map((problem) => ({ file, problem: `template '${name}': ${problem}` })) };
  }
  const slug = String((raw as { slug?: unknown }).slug ?? 'workflow');
  return {
    definition: { ...(raw as object), template: { name, params }, machine: { ...template.build(params, { kinds: kindsOf(raw) }), id: slug } },
    problems: [],
  };
}

/** Expands a template if there is one, then validates; returns the definition that runs and every problem. */
export function checkDefinition(raw: unknown, file: string): { definition: WorkflowDefinition; problems: DefinitionProblem[] } {
  const expanded = expandDefinition(raw, file);
  const problems = expanded.problems.length > 0 ? expanded.problems : validateDefinition(expanded.definition, file);
  return { definition: expanded.definition as WorkflowDefinition, problems };
}

/**
 * Forms that compiled, by their JSON text: the 79 licence files share about 30 forms and compiling one takes
 * milliseconds, so start-up compiles each distinct form once. A form with an `$id` is always compiled again:
 * Ajv refuses a second schema under the same id, and that refusal is a problem to report.
 */
const compiledForms = new Set<string>();

function formSchemaProblem(form: unknown): string | undefined {
  const text = JSON.stringify(form);
  if (compiledForms.has(text)) return undefined;
  try {
    ajv.compile(form as object);
  } catch (error) {
    return (error as Error).message;
  }
  if (!text.includes('"$id"')) compiledForms.add(text);
  return undefined;
}

/**
 * Checks a workflow definition (machine already expanded) and lists every problem an official can act on:
 * file, state and what is wrong. An empty list means the definition can be compiled. In stages, each
 * only once the one before passes: the schema; references (guards, actions, events, fees, form, statuses);
 * the state graph; what the definition says (rules.ts: fees, slaDays and processingDays, template, …).
 */
export function validateDefinition(definition: unknown, file: string): DefinitionProblem[] {
  if (!validateShape(definition)) {
    return (validateShape.errors ?? []).map((e) => ({
      file,
      state: stateOfPath(e.instancePath),
      problem: `${ajvErrorPath(e) || '(root)'} ${describeAjvError(e)}`,
    }));
  }
  const def = definition as unknown as WorkflowDefinition;
  const problems: DefinitionProblem[] = [];
  const add = (problem: string, state?: string) => problems.push({ file, state, problem });

  const formProblem = formSchemaProblem(def.form);
  if (formProblem) add(`form is not a valid JSON Schema: ${formProblem}`);
  const feeCodes = new Set(def.fees.map((f) => f.code));
  const { machine } = def;
  if (!machine.states[machine.initial]) add(`initial state '${machine.initial}' does not exist`);
  else if ((machine.states[machine.initial].entry ?? []).length > 0) {
    add('the initial state cannot have entry actions: effects belong to transitions', machine.initial);
  }

  for (const [state, config] of Object.entries(machine.states)) {
    const isFinal = config.type === 'final';
    if (isFinal && config.on && Object.keys(config.on).length > 0) add('a final state cannot accept events', state);
    if (isFinal && !FINAL_STATUSES.includes(config.meta.status)) {
      add(`a final state must have status ${FINAL_STATUSES.join(', ')}; it has '${config.meta.status}'`, state);
    }
    if (!isFinal && TERMINAL_ONLY_STATUSES.includes(config.meta.status)) {
      add(`status '${config.meta.status}' is only for final states (add "type": "final")`, state);
    }
    if (!isFinal && config.meta.status === 'completed') {
      const others = eventTypesOf(machine, state).filter((e) => !(LICENCE_LIFE_EVENTS as readonly string[]).includes(e));
      if (others.length > 0) {
        add(
          `a non-final 'completed' state is an issued licence in force: it may accept only ${LICENCE_LIFE_EVENTS.join(', ')}, not ${others.join(', ')}`,
          state,
        );
      }
    }
    for (const action of config.entry ?? []) checkAction(action, state, feeCodes, add);
    for (const eventType of eventTypesOf(machine, state)) {
      if (!lookup(EVENT_VOCABULARY, eventType)) {
        add(`unknown event '${eventType}' (the vocabulary: ${EVENT_TYPES.join(', ')})`, state);
        continue;
      }
      for (const t of transitionsOf(machine, state, eventType)) {
        if (t.target !== undefined && !machine.states[t.target]) {
          add(`${eventType} goes to '${t.target}', which is not a state`, state);
        }
        checkGuard(t.guard, state, eventType, add);
        for (const action of t.actions ?? []) checkAction(action, state, feeCodes, add);
      }
    }
  }
  if (problems.length > 0) return problems;
  const structural = [...graphProblems(def, file), ...repeatedStepProblems(machine, file)];
  if (structural.length > 0) return structural;
  return ruleProblems(def, file);
}

function stateOfPath(instancePath: string): string | undefined {
  const match = /^\/machine\/states\/([^/]+)/.exec(instancePath);
  return match?.[1];
}

function checkGuard(
  guard: GuardRef | undefined,
  state: string,
  eventType: string,
  add: (problem: string, state?: string) => void,
): void {
  if (!guard) return;
  if (guard.type === ALL_OF) {
    const children = guard.params?.guards;
    if (!Array.isArray(children) || children.length === 0) {
      add(`${eventType}: guard allOf needs params.guards, a non-empty list`, state);
      return;
    }
    for (const child of children) checkGuard(child as GuardRef, state, eventType, add);
    return;
  }
  const spec = lookup(GUARDS, guard.type);
  if (!spec) {
    add(`${eventType}: unknown guard '${guard.type}' (known: ${[ALL_OF, ...Object.keys(GUARDS)].join(', ')})`, state);
    return;
  }
  const validParams = ajv.validate(spec.paramsSchema, guard.params ?? {});
  if (!validParams) {
    const detail = (ajv.errors ?? []).map((e) => `${ajvErrorPath(e, 'params')} ${describeAjvError(e)}`).join('; ');
    add(`${eventType}: guard '${guard.type}' has invalid params: ${detail}`, state);
  }
}

function checkAction(
  action: ActionRef,
  state: string,
  feeCodes: Set<string>,
  add: (problem: string, state?: string) => void,
): void {
  const spec = lookup(ACTIONS, action.type);
  if (!spec) {
    add(`unknown action '${action.type}' (known: ${Object.keys(ACTIONS).join(', ')})`, state);
    return;
  }
  if (!ajv.validate(spec.paramsSchema, action.params ?? {})) {
    const detail = (ajv.errors ?? []).map((e) => `${ajvErrorPath(e, 'params')} ${describeAjvError(e)}`).join('; ');
    add(`action '${action.type}' has invalid params: ${detail}`, state);
    return;
  }
  if (action.type === 'requestPayment' && !feeCodes.has(String(action.params?.fee))) {
    add(`action requestPayment names fee '${action.params?.fee}', which is not in fees`, state);
  }
}

interface Edge {
  from: string;
  to: string;
  issues: boolean;
}

function edgesOf(machine: MachineConfig): Edge[] {
  const edges: Edge[] = [];
  for (const state of Object.keys(machine.states)) {
    for (const eventType of eventTypesOf(machine, state)) {
      for (const t of transitionsOf(machine, state, eventType)) {
        const to = t.target ?? state;
        const entry = machine.states[to]?.entry ?? [];
        const issues = [...(t.actions ?? []), ...entry].some((a) => a.type === 'issueLicence');
        edges.push({ from: state, to, issues });
      }
    }
  }
  return edges;
}

function reachableFrom(starts: string[], next: (state: string) => string[]): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  while (queue.length > 0) {
    for (const n of next(queue.shift()!)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/** Structural checks on the state graph (guards are not evaluated: any transition may be taken). */
function graphProblems(def: WorkflowDefinition, file: string): DefinitionProblem[] {
  const { machine } = def;
  const problems: DefinitionProblem[] = [];
  const edges = edgesOf(machine);
  const forward = (s: string) => edges.filter((e) => e.from === s).map((e) => e.to);
  const backward = (s: string) => edges.filter((e) => e.to === s).map((e) => e.from);
  const states = Object.keys(machine.states);

  const reachable = reachableFrom([machine.initial], forward);
  for (const state of states) {
    if (!reachable.has(state)) problems.push({ file, state, problem: `unreachable from the initial state '${machine.initial}'` });
  }
  const finals = states.filter((s) => machine.states[s].type === 'final');
  if (finals.length === 0) problems.push({ file, problem: 'the machine has no final state' });
  const canFinish = reachableFrom(finals, backward);
  for (const state of states) {
    if (reachable.has(state) && !canFinish.has(state)) {
      problems.push({ file, state, problem: 'dead end: no final state can be reached from here' });
    }
  }
  const completed = states.filter((s) => machine.states[s].meta.status === 'completed');
  if (!completed.some((s) => reachable.has(s))) {
    problems.push({ file, problem: "no state with status 'completed' is reachable from the initial state" });
  }
  if (isLicence(def)) {
    // An issuance edge must lie on some path from the start to a completed state.
    const canComplete = reachableFrom(completed, backward);
    const issuing = edges.some((e) => e.issues && reachable.has(e.from) && canComplete.has(e.to));
    if (!issuing) {
      problems.push({
        file,
        problem: "no issuance path: no transition with the action 'issueLicence' lies between the start and a completed state",
      });
    }
  }
  return problems;
}

/** Registrations and notifications end with an acknowledgement; licences and permits are issued. */
function isLicence(def: WorkflowDefinition): boolean {
  return (def.category ?? 'licence') === 'licence';
}

/**
 * An event that moves A → B must not also be accepted by B from the same sender: a double click
 * (or two tabs) without expectedVersion would then advance two steps.
 */
function repeatedStepProblems(machine: MachineConfig, file: string): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const state of Object.keys(machine.states)) {
    for (const eventType of eventTypesOf(machine, state)) {
      for (const t of transitionsOf(machine, state, eventType)) {
        if (t.target === undefined || t.target === state) continue;
        const again = transitionsOf(machine, t.target, eventType).filter((n) => n.target !== undefined && n.target !== t.target);
        const senders = (x: TransitionConfig) => JSON.stringify(leafGuards(x.guard).filter((g) => lookup(GUARDS, g.type)?.kind === 'actor'));
        if (again.some((n) => senders(n) === senders(t))) {
          problems.push({
            file,
            state,
            problem: `${eventType} leads to '${t.target}', which accepts ${eventType} again from the same sender: a repeated click would advance two steps; use a different event word`,
          });
        }
      }
    }
  }
  return problems;
}
