import type { ApplicationKind, GuardRef, MachineConfig, TransitionConfig } from './types';
import { ALL_OF } from './registry';

/** Every transition of a state for one event, in the object form, in XState's order. */
export function transitionsOf(
  machine: MachineConfig,
  state: string,
  eventType: string,
): TransitionConfig[] {
  const on = Object.hasOwn(machine.states, state) ? machine.states[state].on : undefined;
  // Own keys only: an event named 'constructor' or 'toString' must not find Object.prototype.
  if (!on || !Object.hasOwn(on, eventType)) return [];
  const entry = on[eventType];
  const list = Array.isArray(entry) ? entry : [entry];
  return list.map((t) => (typeof t === 'string' ? { target: t } : t));
}

export function eventTypesOf(machine: MachineConfig, state: string): string[] {
  return Object.keys(machine.states[state]?.on ?? {});
}

/** The leaf guards of a guard reference, with `allOf` flattened. */
export function leafGuards(guard: GuardRef | undefined): GuardRef[] {
  if (!guard) return [];
  if (guard.type === ALL_OF) {
    const children = (guard.params?.guards ?? []) as GuardRef[];
    return children.flatMap(leafGuards);
  }
  return [guard];
}

/** What an `isKind` guard says of a request of the given kind; other guards are not decided by the kind. */
function leavesForKind(guard: GuardRef | undefined, kind: ApplicationKind): GuardRef[] | null {
  const leaves = leafGuards(guard);
  for (const g of leaves) if (g.type === 'isKind' && !((g.params?.kinds ?? []) as string[]).includes(kind)) return null;
  return leaves.filter((g) => g.type !== 'isKind');
}

/**
 * The transitions of a state for one event that a request of `kind` can take, in XState's order: those whose
 * `isKind` guards admit the kind, less any that an earlier one shadows (XState takes the first whose guard
 * holds; an earlier candidate whose remaining guards are among this one's holds whenever this one would).
 * Guards other than `isKind` are not evaluated: any sender, fact or data is assumed possible.
 */
export function transitionsForKind(machine: MachineConfig, state: string, eventType: string, kind: ApplicationKind): TransitionConfig[] {
  const taken: { transition: TransitionConfig; leaves: string[] }[] = [];
  const result: TransitionConfig[] = [];
  for (const transition of transitionsOf(machine, state, eventType)) {
    const leaves = leavesForKind(transition.guard, kind);
    if (!leaves) continue;
    const keys = leaves.map((g) => JSON.stringify(g));
    const shadowed = taken.some((earlier) => earlier.leaves.every((k) => keys.includes(k)));
    taken.push({ transition, leaves: keys });
    if (!shadowed) result.push(transition);
  }
  return result;
}
