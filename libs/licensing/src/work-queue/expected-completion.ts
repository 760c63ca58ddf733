import { addWorkingDays } from '@bizportal/common';
import type { ApplicationKind, MachineConfig, TransitionConfig } from '@bizportal/engine';

/**
 * The states from `from` to the nearest state whose status is `completed`, fewest transitions first
 * (ties: the order the machine lists its transitions), `from` excluded and the completed state included.
 * A cancellation request (kind `cancel`) ends in a final completed state (the licence withdrawn); any other
 * request in the licence in force, so final completed states are skipped unless no other can be reached.
 */
export function mainPathToCompleted(machine: MachineConfig, from: string, kind: ApplicationKind): string[] | null {
  const isTarget = (state: string, finalOnes: boolean) => {
    const config = machine.states[state];
    return config?.meta.status === 'completed' && (config.type === 'final') === finalOnes;
  };
  const search = (finalOnes: boolean): string[] | null => {
    const previous = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
      const state = queue.shift()!;
      if (state !== from && isTarget(state, finalOnes)) {
        const path: string[] = [];
        for (let at: string | null = state; at !== null && at !== from; at = previous.get(at) ?? null) path.unshift(at);
        return path;
      }
      for (const target of targetsOf(machine, state)) {
        if (!previous.has(target)) {
          previous.set(target, state);
          queue.push(target);
        }
      }
    }
    return null;
  };
  const preferFinal = kind === 'cancel';
  return search(preferFinal) ?? search(!preferFinal);
}

function targetsOf(machine: MachineConfig, state: string): string[] {
  const targets: string[] = [];
  for (const transition of Object.values(machine.states[state]?.on ?? {})) {
    for (const option of [transition].flat() as (string | TransitionConfig)[]) {
      const target = typeof option === 'string' ? option : option.target;
      if (target && target !== state && machine.states[target]) targets.push(target);
    }
  }
  return targets;
}

/**
 * When the applicant can expect the application to be done: the due date of the current step (or now,
 * when the step has none or is already overdue), plus the SLA days of the remaining steps along the main
 * path to `completed`, in working days with the holiday calendar. Null for drafts (not yet filed), for
 * applications already done, and when no completed state can be reached.
 */
export function expectedCompletionAt(
  machine: MachineConfig,
  app: { state: string; status: string; kind: ApplicationKind; dueAt: Date | null },
  now: Date,
  holidays: ReadonlySet<string>,
): Date | null {
  const current = machine.states[app.state];
  if (!current || app.status === 'draft' || current.meta.status === 'completed' || current.type === 'final') return null;
  const path = mainPathToCompleted(machine, app.state, app.kind);
  if (!path) return null;
  const remaining = path.slice(0, -1).reduce((sum, state) => sum + (machine.states[state].meta.slaDays ?? 0), 0);
  const base = app.dueAt && app.dueAt.getTime() > now.getTime() ? app.dueAt : now;
  return addWorkingDays(base, remaining, holidays);
}
