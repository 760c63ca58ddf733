import type { GuardRef, MachineConfig, TransitionConfig } from './types';
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
