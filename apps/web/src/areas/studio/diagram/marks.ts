import type { GraphTransition, WorkflowGraph } from '../data';

/** How a state or transition differs between two versions, for the diff's colours and words. */
export type Mark = 'added' | 'removed' | 'changed';

export interface Marks {
  states: Record<string, Mark>;
  /** By `transitionKey`. */
  transitions: Record<string, Mark>;
}

/** A transition as versions are compared: its source, event and target (branch order does not matter). */
export function transitionKey(t: Pick<GraphTransition, 'from' | 'event' | 'to'>): string {
  return `${t.from}|${t.event}|${t.to}`;
}

/** Status → colour family of the diagram and the list (one legend). */
export const STATUS_COLOURS: Record<string, string> = {
  draft: 'grey',
  submitted: 'blue',
  checking: 'blue',
  needs_documents: 'yellow',
  under_consideration: 'purple',
  inspection: 'purple',
  awaiting_payment: 'orange',
  issuing: 'turquoise',
  completed: 'green',
  rejected: 'red',
  cancelled: 'grey',
  suspended: 'orange',
  revoked: 'red',
  expired: 'grey',
  superseded: 'grey',
};

export function statusColour(status: string | null): string {
  return (status && STATUS_COLOURS[status]) || 'none';
}

/**
 * One graph holding both versions' states and transitions, each marked as the API's diff reports it: added, removed,
 * or changed (its meta, its entry actions or any of its transitions); transitions compared by source, event and target, and changed when the
 * same one has other senders, conditions or actions.
 */
export function mergeGraphs(from: WorkflowGraph, to: WorkflowGraph, diff: { states: { added: unknown[]; removed: unknown[]; changed: unknown[] } }): { graph: WorkflowGraph; marks: Marks } {
  const marks: Marks = { states: {}, transitions: {} };
  for (const s of diff.states.added as string[]) marks.states[s] = 'added';
  for (const s of diff.states.removed as string[]) marks.states[s] = 'removed';
  for (const c of diff.states.changed as { state: string }[]) marks.states[c.state] = 'changed';
  const fromKeys = new Map(from.transitions.map((t) => [transitionKey(t), t]));
  const toKeys = new Map(to.transitions.map((t) => [transitionKey(t), t]));
  const sameTransition = (a: GraphTransition, b: GraphTransition) =>
    JSON.stringify([a.senders, a.conditions, a.guards, a.actions]) === JSON.stringify([b.senders, b.conditions, b.guards, b.actions]);
  for (const [key, t] of toKeys) {
    const before = fromKeys.get(key);
    if (!before) marks.transitions[key] = 'added';
    else if (!sameTransition(before, t)) marks.transitions[key] = 'changed';
  }
  for (const key of fromKeys.keys()) if (!toKeys.has(key)) marks.transitions[key] = 'removed';
  const stateIds = new Set(to.states.map((s) => s.id));
  const states = [...to.states, ...from.states.filter((s) => !stateIds.has(s.id))];
  // Ids (from:EVENT:branch) may repeat across versions; the list and the diagram key transitions by source, event and target.
  const transitions = [...to.transitions, ...from.transitions.filter((t) => !toKeys.has(transitionKey(t)))];
  return { graph: { initial: to.initial, states, transitions }, marks };
}
