import { eventTypesOf, transitionsOf } from './normalize';
import type { ActionRef, GuardRef, MachineConfig, TransitionConfig, WorkflowDefinition } from './types';

/**
 * A structural diff of two workflow definitions (machines expanded): what an official reviews
 * before publishing a new version. Pure and dependency-free.
 */

/** One value that differs, named by its dotted path (`slaDays`, `form.properties.seats.maximum`). */
export interface ValueChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** Absent when the value was added. */
  from?: unknown;
  /** Absent when the value was removed. */
  to?: unknown;
}

/** A transition as the diff shows it: `target` null means the event keeps the state. */
export interface TransitionView {
  event: string;
  target: string | null;
  guard: GuardRef | null;
  actions: ActionRef[];
  description?: string;
}

export interface TransitionChange {
  event: string;
  from: TransitionView;
  to: TransitionView;
  /** Paths `target`, `guard`, `actions`, `description`, each compared as a whole. */
  changes: ValueChange[];
}

export interface StateChange {
  state: string;
  /** status, actor, slaDays, label.th, label.en */
  meta: ValueChange[];
  /** `type` (final or not), `entry`, `description`. */
  other: ValueChange[];
  transitions: { added: TransitionView[]; removed: TransitionView[]; changed: TransitionChange[] };
}

export interface KeyedListDiff<T> {
  added: T[];
  removed: T[];
  changed: { code: string; changes: ValueChange[] }[];
}

export interface WorkflowDiff {
  identical: boolean;
  initial: ValueChange | null;
  states: { added: string[]; removed: string[]; changed: StateChange[] };
  fees: KeyedListDiff<WorkflowDefinition['fees'][number]>;
  documents: KeyedListDiff<WorkflowDefinition['documents'][number]>;
  /** Changes inside the form's JSON Schema, paths starting with `form`. */
  form: ValueChange[];
  processingDays: ValueChange | null;
  /** Everything else: name, legalBasis, validity, agency, kinds, template params, machine id, … */
  other: ValueChange[];
  /** One line per change, for a quick read. */
  summary: string[];
}

/** Compares two definitions whose machines are expanded (as stored in `workflow_definitions`). */
export function diffDefinitions(from: WorkflowDefinition, to: WorkflowDefinition): WorkflowDiff {
  const states = diffStates(from.machine, to.machine);
  const initial = from.machine.initial === to.machine.initial ? null : change('machine.initial', from.machine.initial, to.machine.initial);
  const fees = diffKeyed(from.fees ?? [], to.fees ?? []);
  const documents = diffKeyed(from.documents ?? [], to.documents ?? []);
  const form = valueChanges(from.form, to.form, 'form');
  const processingDays = sameValue(from.processingDays, to.processingDays) ? null : change('processingDays', from.processingDays, to.processingDays);

  const handled = new Set(['machine', 'fees', 'documents', 'form', 'processingDays']);
  const other: ValueChange[] = [];
  for (const key of unionKeys(from, to)) {
    if (handled.has(key)) continue;
    other.push(...valueChanges(field(from, key), field(to, key), key));
  }
  for (const key of unionKeys(from.machine, to.machine)) {
    if (key === 'states' || key === 'initial') continue;
    other.push(...valueChanges(field(from.machine, key), field(to.machine, key), `machine.${key}`));
  }

  const diff: Omit<WorkflowDiff, 'identical' | 'summary'> = { initial, states, fees, documents, form, processingDays, other };
  const summary = summarize(diff);
  return { identical: summary.length === 0, ...diff, summary };
}

function diffStates(from: MachineConfig, to: MachineConfig): WorkflowDiff['states'] {
  const fromNames = Object.keys(from.states);
  const toNames = Object.keys(to.states);
  const added = toNames.filter((s) => !Object.hasOwn(from.states, s));
  const removed = fromNames.filter((s) => !Object.hasOwn(to.states, s));
  const changed: StateChange[] = [];
  for (const state of fromNames.filter((s) => Object.hasOwn(to.states, s))) {
    const a = from.states[state];
    const b = to.states[state];
    const meta = valueChanges(a.meta, b.meta, '');
    const other = [
      ...valueChanges(a.type ?? null, b.type ?? null, 'type'),
      ...valueChanges(a.entry ?? [], b.entry ?? [], 'entry'),
      ...valueChanges(a.description, b.description, 'description'),
    ];
    const transitions = diffTransitions(from, to, state);
    if (meta.length + other.length + transitions.added.length + transitions.removed.length + transitions.changed.length > 0) {
      changed.push({ state, meta, other, transitions });
    }
  }
  return { added, removed, changed };
}

function view(event: string, t: TransitionConfig): TransitionView {
  return {
    event,
    target: t.target ?? null,
    guard: t.guard ?? null,
    actions: t.actions ?? [],
    ...(t.description !== undefined ? { description: t.description } : {}),
  };
}

/**
 * Transitions are compared per event. When an event has several branches, branches are paired
 * first when identical, then by equal guard, then by equal target, then in order; the rest are
 * added or removed.
 */
function diffTransitions(from: MachineConfig, to: MachineConfig, state: string): StateChange['transitions'] {
  const result: StateChange['transitions'] = { added: [], removed: [], changed: [] };
  const events = [...new Set([...eventTypesOf(from, state), ...eventTypesOf(to, state)])];
  for (const event of events) {
    const a = transitionsOf(from, state, event).map((t) => view(event, t));
    const b = transitionsOf(to, state, event).map((t) => view(event, t));
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    const pairs: [number, number][] = [];
    const pairBy = (key: (t: TransitionView) => string) => {
      a.forEach((ta, i) => {
        if (usedA.has(i)) return;
        const j = b.findIndex((tb, k) => !usedB.has(k) && key(tb) === key(ta));
        if (j >= 0) {
          usedA.add(i);
          usedB.add(j);
          pairs.push([i, j]);
        }
      });
    };
    pairBy(stable);
    pairBy((t) => stable(t.guard));
    pairBy((t) => stable(t.target));
    pairBy(() => '');
    for (const [i, j] of pairs) {
      const changes = [
        // Guards and actions are read as a whole ("who may, on what condition"), not key by key.
        ...wholeChange(a[i].target, b[j].target, 'target'),
        ...wholeChange(a[i].guard, b[j].guard, 'guard'),
        ...wholeChange(a[i].actions, b[j].actions, 'actions'),
        ...wholeChange(a[i].description, b[j].description, 'description'),
      ];
      if (changes.length > 0) result.changed.push({ event, from: a[i], to: b[j], changes });
    }
    a.forEach((t, i) => usedA.has(i) || result.removed.push(t));
    b.forEach((t, j) => usedB.has(j) || result.added.push(t));
  }
  return result;
}

function diffKeyed<T extends { code: string }>(from: T[], to: T[]): KeyedListDiff<T> {
  const byCode = (list: T[]) => new Map(list.map((item) => [item.code, item]));
  const a = byCode(from);
  const b = byCode(to);
  return {
    added: to.filter((item) => !a.has(item.code)),
    removed: from.filter((item) => !b.has(item.code)),
    changed: from
      .filter((item) => b.has(item.code))
      .map((item) => ({ code: item.code, changes: valueChanges(item, b.get(item.code), '') }))
      .filter((c) => c.changes.length > 0),
  };
}

/** Differences between two JSON values; objects are compared key by key, arrays and scalars as a whole. */
export function valueChanges(from: unknown, to: unknown, path: string): ValueChange[] {
  if (sameValue(from, to)) return [];
  if (isPlainObject(from) && isPlainObject(to)) {
    return unionKeys(from, to).flatMap((key) => valueChanges(from[key], to[key], path ? `${path}.${key}` : key));
  }
  return [change(path, from, to)];
}

function wholeChange(from: unknown, to: unknown, path: string): ValueChange[] {
  return sameValue(from, to) ? [] : [change(path, from, to)];
}

function change(path: string, from: unknown, to: unknown): ValueChange {
  if (from === undefined) return { path, kind: 'added', to };
  if (to === undefined) return { path, kind: 'removed', from };
  return { path, kind: 'changed', from, to };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function field(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  ) ?? 'undefined';
}

function sameValue(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value);
}

function describeChange(c: ValueChange): string {
  if (c.kind === 'added') return `${c.path} added: ${show(c.to)}`;
  if (c.kind === 'removed') return `${c.path} removed (was ${show(c.from)})`;
  return `${c.path}: ${show(c.from)} → ${show(c.to)}`;
}

function describeTransition(t: TransitionView): string {
  return `${t.event} → ${t.target ?? '(stays)'}${t.guard ? ` if ${stable(t.guard)}` : ''}`;
}

function summarize(diff: Omit<WorkflowDiff, 'identical' | 'summary'>): string[] {
  const lines: string[] = [];
  if (diff.initial) lines.push(`initial state: ${show(diff.initial.from)} → ${show(diff.initial.to)}`);
  for (const s of diff.states.added) lines.push(`+ state ${s}`);
  for (const s of diff.states.removed) lines.push(`- state ${s}`);
  for (const s of diff.states.changed) {
    for (const c of [...s.meta.map((m) => ({ ...m, path: `meta.${m.path}` })), ...s.other]) lines.push(`~ ${s.state}: ${describeChange(c)}`);
    for (const t of s.transitions.added) lines.push(`+ ${s.state}: ${describeTransition(t)}`);
    for (const t of s.transitions.removed) lines.push(`- ${s.state}: ${describeTransition(t)}`);
    for (const t of s.transitions.changed) {
      for (const c of t.changes) lines.push(`~ ${s.state}: ${t.event} ${describeChange(c)}`);
    }
  }
  for (const [name, list] of [['fee', diff.fees], ['document', diff.documents]] as const) {
    for (const item of list.added) lines.push(`+ ${name} ${item.code}`);
    for (const item of list.removed) lines.push(`- ${name} ${item.code}`);
    for (const item of list.changed) for (const c of item.changes) lines.push(`~ ${name} ${item.code}: ${describeChange(c)}`);
  }
  if (diff.processingDays) lines.push(`~ ${describeChange(diff.processingDays)}`);
  for (const c of [...diff.form, ...diff.other]) lines.push(`~ ${describeChange(c)}`);
  return lines;
}
