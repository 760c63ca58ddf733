import { addWorkingDays } from '@bizportal/common';
import type { StateMeta } from '@bizportal/engine';
import { OFFICE_ACTORS } from './assignments.service';

export interface HistoryStep {
  fromState: string;
  toState: string;
  createdAt: Date;
}

/**
 * Whether every office step of an application was done in time: each stay in a state that awaited an officer
 * or an approver and had SLA days ended (the application left it) no later than the entry plus those working
 * days, as DueDates counts them. Steps that wait for the applicant, the system or nobody do not count.
 * A stay that never ended counts as on time only if it is not due yet at `until` (normally the decision).
 */
export function officeStepsOnTime(history: readonly HistoryStep[], metaOf: (state: string) => StateMeta | undefined, holidays: ReadonlySet<string>, until: Date): boolean {
  for (let i = 0; i < history.length; i++) {
    const entered = history[i];
    if (entered.fromState === entered.toState) continue;
    const meta = metaOf(entered.toState);
    if (!meta || meta.slaDays === null || !meta.actor || !OFFICE_ACTORS.includes(meta.actor)) continue;
    const due = addWorkingDays(entered.createdAt, meta.slaDays, holidays);
    const left = history.slice(i + 1).find((e) => e.fromState === entered.toState && e.toState !== entered.toState);
    const endedAt = left?.createdAt ?? until;
    if (endedAt.getTime() > due.getTime()) return false;
  }
  return true;
}
