import { workingDaysBetween } from '@bizportal/common';
import { bangkokMonth } from './months';
import type { StateActor, Status } from '@bizportal/engine';

/**
 * How an application's steps become statistics, in one pure rule shared by the transition participant (live, one
 * step at a time) and the rebuild (replaying each application's history):
 *
 * - **received**: its first `SUBMIT`, counted in the Bangkok month of the submission; from then its clock runs.
 * - **ended**: the first step into status `completed` (licence issued, registration or cancellation done) or
 *   `rejected` (both a **decision**), or `cancelled` (withdrawn by the applicant or closed), counted in the month of
 *   that step. Later steps (a licence suspended, reinstated, revoked) change nothing.
 * - **processing time** of a decision, in working days (Monday–Friday in Bangkok minus the public holidays the holiday
 *   calendar knows): `workingDaysBetween(submission, decision)` minus the working days spent in steps that wait for
 *   the applicant (awaited actor `applicant`: documents asked for, corrections, information requested, the fee to
 *   pay). The Licensing Facilitation Act's clock stops while the applicant must act, so that time is not counted.
 *   `workingDaysBetween` counts the working dates after the first instant's date up to the second's, so the pieces
 *   add up: a decision the day it was submitted took 0 days, one the next working day 1.
 * - **on time**: processing days ≤ the licence type's statutory processing days (its `processingDays`, of the
 *   workflow version the application runs); a licence type stating none is not judged.
 * - **payment channel**: each `PAYMENT_SUCCEEDED` by its method, in the month of the payment.
 */
export type Outcome = 'completed' | 'rejected' | 'withdrawn';

export const PAYMENT_METHODS = ['promptpay', 'card', 'counter', 'billpay'] as const;
export type StatisticsPaymentMethod = (typeof PAYMENT_METHODS)[number];

export function outcomeOf(status: Status): Outcome | null {
  if (status === 'completed') return 'completed';
  if (status === 'rejected') return 'rejected';
  if (status === 'cancelled') return 'withdrawn';
  return null;
}

/**
 * Whether a step stops the processing clock: it waits for the applicant, or for the public (a public hearing's comment
 * period, whose length the licence type sets: not the office's time).
 */
export function clockStopped(awaiting: StateActor | null): boolean {
  return awaiting === 'applicant' || awaiting === 'public';
}


/** The processing clock of a submitted application that has not ended. */
export interface Clock {
  applicationId: string;
  licenceType: string;
  agencyId: string;
  submittedAt: Date;
  pausedSince: Date | null;
  pausedDays: number;
}

/** One accepted step, as the statistics see it. */
export interface ClockStep {
  applicationId: string;
  licenceType: string;
  /** The application's office ('' when it has none). */
  agencyId: string;
  event: string;
  /** True for the application's first submission (SUBMIT while it had never been submitted). */
  firstSubmission: boolean;
  /** Status and awaited actor after the step. */
  status: Status;
  awaiting: StateActor | null;
  at: Date;
  /** The statutory processing days of the application's licence type (its workflow version), or null when not stated. */
  statutoryDays: number | null;
  /** A successful payment's method, for PAYMENT_SUCCEEDED. */
  paymentMethod?: string;
}

/** What one step adds to the aggregates of its cell (licence type × office × month). */
export interface Tally {
  licenceType: string;
  agencyId: string;
  month: string;
  received: number;
  completed: number;
  rejected: number;
  withdrawn: number;
  judged: number;
  onTime: number;
  /** The decision's processing days, when the step is a decision. */
  durationDays: number | null;
  paymentMethod: StatisticsPaymentMethod | null;
  /** +1 when the application joins the backlog, −1 when it leaves it. */
  backlog: number;
}

export interface ClockResult {
  /** The clock after the step: null when the application has none (never submitted, or ended). */
  clock: Clock | null;
  /** Whether the clock row changed (inserted, updated or deleted). */
  clockChanged: boolean;
  /** What to add to the aggregates, or null when the step changes none of them. */
  tally: Tally | null;
}

function emptyTally(licenceType: string, agencyId: string, at: Date): Tally {
  return { licenceType, agencyId, month: bangkokMonth(at), received: 0, completed: 0, rejected: 0, withdrawn: 0, judged: 0, onTime: 0, durationDays: null, paymentMethod: null, backlog: 0 };
}

/** The processing working days of an application ending at `at`, its waits for the applicant left out. */
export function processingDays(clock: Clock, at: Date, holidays: ReadonlySet<string>): number {
  const waiting = clock.pausedDays + (clock.pausedSince ? workingDaysBetween(clock.pausedSince, at, holidays) : 0);
  return Math.max(0, workingDaysBetween(clock.submittedAt, at, holidays) - waiting);
}

/** Applies one step to an application's clock (null when it has none) and says what it adds to the aggregates. */
export function stepClock(clock: Clock | null, step: ClockStep, holidays: ReadonlySet<string>): ClockResult {
  const method = step.event === 'PAYMENT_SUCCEEDED' && (PAYMENT_METHODS as readonly string[]).includes(step.paymentMethod ?? '') ? (step.paymentMethod as StatisticsPaymentMethod) : null;
  const withPayment = (tally: Tally | null): Tally | null => {
    if (!method) return tally;
    const t = tally ?? emptyTally(clock?.licenceType ?? step.licenceType, clock?.agencyId ?? step.agencyId, step.at);
    return { ...t, paymentMethod: method };
  };
  if (clock === null) {
    if (!step.firstSubmission) return { clock: null, clockChanged: false, tally: withPayment(null) };
    const opened: Clock = {
      applicationId: step.applicationId,
      licenceType: step.licenceType,
      agencyId: step.agencyId,
      submittedAt: step.at,
      pausedSince: clockStopped(step.awaiting) ? step.at : null,
      pausedDays: 0,
    };
    // A submission that ends the application at once (a notification acknowledged on receipt) is handled below.
    const received = { ...emptyTally(step.licenceType, step.agencyId, step.at), received: 1, backlog: 1 };
    if (outcomeOf(step.status) === null) return { clock: opened, clockChanged: true, tally: withPayment(received) };
    const ended = stepClock(opened, { ...step, firstSubmission: false }, holidays);
    const t = ended.tally!;
    return { clock: null, clockChanged: true, tally: withPayment({ ...t, received: 1, backlog: 0 }) };
  }
  const outcome = outcomeOf(step.status);
  if (outcome !== null) {
    // The cell is the one the application was counted in when received (its licence type and office then).
    const tally = { ...emptyTally(clock.licenceType, clock.agencyId, step.at), backlog: -1 };
    if (outcome === 'withdrawn') return { clock: null, clockChanged: true, tally: withPayment({ ...tally, withdrawn: 1 }) };
    const days = processingDays(clock, step.at, holidays);
    const judged = step.statutoryDays === null ? 0 : 1;
    const onTime = step.statutoryDays !== null && days <= step.statutoryDays ? 1 : 0;
    return { clock: null, clockChanged: true, tally: withPayment({ ...tally, [outcome]: 1, judged, onTime, durationDays: days }) };
  }
  const stopped = clockStopped(step.awaiting);
  if (stopped && clock.pausedSince === null) return { clock: { ...clock, pausedSince: step.at }, clockChanged: true, tally: withPayment(null) };
  if (!stopped && clock.pausedSince !== null) {
    const pausedDays = clock.pausedDays + workingDaysBetween(clock.pausedSince, step.at, holidays);
    return { clock: { ...clock, pausedSince: null, pausedDays }, clockChanged: true, tally: withPayment(null) };
  }
  return { clock, clockChanged: false, tally: withPayment(null) };
}
