import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, IsNull, LessThan, MoreThanOrEqual, Not, Repository } from 'typeorm';
import { addWorkingDays } from '@bizportal/common';
import { transitionsForKind, type ApplicationKind, type MachineConfig } from '@bizportal/engine';
import { CatalogueService } from '../catalogue/catalogue.service';
import { HolidayCalendar } from '../holidays/holiday-calendar.service';
import { ApplicationEntity } from './application.entities';

/**
 * The due-date rule, in one place: a step with SLA days is due that many working days (Bangkok,
 * the holiday calendar) after the application entered it; a step without is never due.
 */
@Injectable()
export class DueDates {
  private readonly logger = new Logger(DueDates.name);

  constructor(
    private readonly holidays: HolidayCalendar,
    private readonly catalogue: CatalogueService,
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
  ) {}

  async dueAt(enteredAt: Date, slaDays: number | null): Promise<Date | null> {
    return slaDays === null ? null : addWorkingDays(enteredAt, slaDays, await this.holidays.dates());
  }

  async expectedCompletionAt(machine: MachineConfig, app: { state: string; status: string; kind: ApplicationKind; dueAt: Date | null }): Promise<Date | null> {
    return expectedCompletionAt(machine, app, new Date(), await this.holidays.dates());
  }

  /**
   * After the calendar gained or lost `date` (YYYY-MM-DD): recomputes the deadlines whose counting window
   * contains it (entered before the end of that Bangkok day, due on it or later). Only `due_at` changes,
   * not the version; each write is guarded by the version read, so a transition in between keeps its own.
   */
  async recomputeAround(date: string): Promise<number> {
    const dayStart = new Date(`${date}T00:00:00+07:00`);
    const dayEnd = new Date(dayStart.getTime() + 24 * 60 * 60 * 1000);
    const affected = await this.applications.find({
      where: { dueAt: And(Not(IsNull()), MoreThanOrEqual(dayStart)), stateEnteredAt: LessThan(dayEnd) },
      select: { id: true, licenceType: true, workflowVersion: true, state: true, version: true, stateEnteredAt: true, dueAt: true },
    });
    let moved = 0;
    for (const app of affected) {
      const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
      const dueAt = await this.dueAt(app.stateEnteredAt, workflow.stateMeta(app.state).slaDays);
      if (dueAt === null || dueAt.getTime() === app.dueAt?.getTime()) continue;
      const result = await this.applications.update({ id: app.id, version: app.version }, { dueAt });
      moved += result.affected ?? 0;
    }
    if (moved > 0) this.logger.log(`Holiday ${date} changed: ${moved} deadlines recomputed`);
    return moved;
  }
}

/**
 * The states from `from` to the nearest state whose status is `completed`, fewest transitions first
 * (ties: the order the machine lists its transitions), `from` excluded and the completed state included.
 * A cancellation request (kind `cancel`) ends in a final completed state (the licence withdrawn); any other
 * request in the licence in force, so final completed states are skipped unless no other can be reached.
 */
export function mainPathToCompleted(machine: MachineConfig, from: string, kind: ApplicationKind): string[] | null {
  // A definition's machine never changes once loaded, and every application's answer asks for its path.
  let paths = pathsByMachine.get(machine);
  if (!paths) pathsByMachine.set(machine, (paths = new Map()));
  const key = `${kind}:${from}`;
  if (!paths.has(key)) paths.set(key, searchMainPath(machine, from, kind));
  return paths.get(key)!;
}

const pathsByMachine = new WeakMap<MachineConfig, Map<string, string[] | null>>();

function searchMainPath(machine: MachineConfig, from: string, kind: ApplicationKind): string[] | null {
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
      for (const target of targetsOf(machine, state, kind)) {
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

/** Where a request of this kind can go from a state: a branch kept for another kind (a cancellation's short way) is not its path. */
function targetsOf(machine: MachineConfig, state: string, kind: ApplicationKind): string[] {
  const targets: string[] = [];
  for (const event of Object.keys(machine.states[state]?.on ?? {})) {
    for (const { target } of transitionsForKind(machine, state, event, kind)) {
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
