import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogueService } from '../catalogue';
import { asDate, TransitionParticipant, type TransitionChange, type TransitionParticipantProvider } from '../core';
import { HolidayCalendar } from '../holidays';
import { stepClock, type Clock } from './statistics-clock';
import { applyStep } from './statistics-ledger';

/**
 * Keeps the statistics in step with every accepted transition, in its transaction (order 90, last: after the payment is
 * applied): the application's processing clock, the monthly figures of its cell and the backlog (statistics-clock.ts
 * says what counts). A failure here rolls the step back, so the aggregates never drift from the applications.
 */
@Injectable()
@TransitionParticipant({ order: 90 })
export class StatisticsParticipant implements TransitionParticipantProvider {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly calendar: HolidayCalendar,
  ) {}

  async participate(manager: EntityManager, { app, event, status, awaiting, at }: TransitionChange): Promise<void> {
    const firstSubmission = event.type === 'SUBMIT' && app.submittedAt === null;
    // Only submitted applications have a clock; drafts' steps (and a licence's life after issuance) cost one key lookup.
    const clock = firstSubmission ? null : await readClock(manager, app.id);
    if (!firstSubmission && clock === null && event.type !== 'PAYMENT_SUCCEEDED') return;
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const result = stepClock(
      clock,
      {
        applicationId: app.id,
        licenceType: app.licenceType,
        agencyId: app.agencyId ?? '',
        event: event.type,
        firstSubmission,
        status,
        awaiting,
        at,
        statutoryDays: workflow.definition.processingDays,
        paymentMethod: typeof event.data?.method === 'string' ? event.data.method : undefined,
      },
      await this.calendar.dates(),
    );
    await applyStep(manager, clock, result);
  }
}

/**
 * The application's clock, locked on PostgreSQL (a rebuild holds the statistics tables until it commits). Read on every
 * step of a submitted application, so in plain SQL rather than through the query builder and entity hydration.
 */
async function readClock(manager: EntityManager, applicationId: string): Promise<Clock | null> {
  const postgres = manager.connection.options.type === 'postgres';
  const [row] = (await manager.query(
    `SELECT application_id, licence_type, agency_id, submitted_at, paused_since, paused_days FROM statistics_clocks WHERE application_id = ${postgres ? '$1 FOR UPDATE' : '?'}`,
    [applicationId],
  )) as { application_id: string; licence_type: string; agency_id: string; submitted_at: Date | string; paused_since: Date | string | null; paused_days: number | string }[];
  if (!row) return null;
  return {
    applicationId: row.application_id,
    licenceType: row.licence_type,
    agencyId: row.agency_id,
    submittedAt: asDate(row.submitted_at),
    pausedSince: row.paused_since === null ? null : asDate(row.paused_since),
    pausedDays: Number(row.paused_days),
  };
}
