import { Injectable, Logger } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { DomainError, formatBaht } from '@bizportal/common';
import { SYSTEM_ACTOR, type Status } from '@bizportal/engine';
import {
  ApplicationEntity,
  ApplicationEventEntity,
  Outbox,
  TransitionParticipant,
  WorkflowTransitions,
  type EffectToRecord,
  type TransitionChange,
  type TransitionParticipantProvider,
} from '../core';
import { LicenceErrors } from './licence-errors';
import { LicenceEntity } from './licence.entity';

/** A request before its decision or issuance: still open, nothing issued on it yet. */
export const OPEN_REQUEST_STATUSES: readonly Status[] = [
  'draft',
  'submitted',
  'checking',
  'needs_documents',
  'under_consideration',
  'inspection',
  'awaiting_payment',
  'issuing',
];

/** Where a step takes a renewal or amendment past its decision: the fee, issuance, or (registrations) done. */
const PAST_DECISION: readonly Status[] = ['awaiting_payment', 'issuing', 'completed'];

/** Requests that continue a licence and would put a new one in force: held while it is suspended. */
const CONTINUING = ['renew', 'amend'];

const notify = (to: 'applicant' | 'office', template: string, vars?: Record<string, string>): EffectToRecord => ({
  type: 'notify',
  params: { to, template, ...(vars ? { vars } : {}) },
});

/**
 * The rule for requests (renewal, amendment, cancellation) open on a licence when the office suspends or
 * revokes it (docs/architecture.md section 9, "Pending requests"):
 * - revocation closes them (CLOSE → `closed`, the revocation's reason as comment, applicant and office told);
 *   an open fee is withdrawn by the machine's `cancelFee`; a fee already paid is written into CLOSE's data and
 *   the office is told to decide on a refund; a licence numbered for the request but not yet delivered is revoked;
 * - suspension holds renewals and amendments: the office's step past the decision (APPROVE, the signer's
 *   APPROVE_SIGNATURE, a notification's ACCEPT) is refused with 409 REQUEST_ON_HOLD_LICENCE_SUSPENDED, and a
 *   paid one waits in `issuing` without being issued; REINSTATE lets them continue (issuance is started again).
 * A cancellation request is not held: giving up a suspended licence is allowed.
 */
@Injectable()
@TransitionParticipant({ order: 15 })
export class LicenceRequests implements TransitionParticipantProvider {
  private readonly logger = new Logger(LicenceRequests.name);

  constructor(
    private readonly transitions: WorkflowTransitions,
    private readonly outbox: Outbox,
  ) {}

  /** Refuses a person's step that takes a renewal or amendment past its decision while its licence is suspended or revoked. */
  async participate(manager: EntityManager, { app, event, toState, status }: TransitionChange): Promise<void> {
    if (!CONTINUING.includes(app.kind) || !app.previousLicenceNumber || event.actor.roles.includes('system')) return;
    if (toState === app.state || !OPEN_REQUEST_STATUSES.includes(app.status) || !PAST_DECISION.includes(status)) return;
    const licence = await manager.findOneBy(LicenceEntity, { number: app.previousLicenceNumber });
    if (licence?.status === 'suspended') {
      throw LicenceErrors.create('REQUEST_ON_HOLD_LICENCE_SUSPENDED', { number: licence.number, trackingNumber: app.trackingNumber }, {
        licenceNumber: licence.number,
        licenceStatus: licence.status,
      });
    }
    if (licence?.status === 'revoked') {
      throw LicenceErrors.create('REQUEST_LICENCE_REVOKED', { number: licence.number, trackingNumber: app.trackingNumber }, {
        licenceNumber: licence.number,
        licenceStatus: licence.status,
      });
    }
  }

  /** The open requests naming a licence, read in the caller's transaction (at most one, by LicenceContinuity). */
  openRequests(manager: EntityManager, licenceNumber: string, kinds = ['renew', 'amend', 'cancel']): Promise<ApplicationEntity[]> {
    return manager.find(ApplicationEntity, {
      where: { previousLicenceNumber: licenceNumber, status: In([...OPEN_REQUEST_STATUSES]), kind: In(kinds) },
      order: { createdAt: 'ASC' },
    });
  }

  /** REVOKE: every open request on the licence is closed in the same transaction, with the revocation's reason. */
  async closeAll(manager: EntityManager, licenceNumber: string, reason: string, at: Date): Promise<string[]> {
    const closed: string[] = [];
    for (const request of await this.openRequests(manager, licenceNumber)) {
      const paid = await manager.findOne(ApplicationEventEntity, { where: { applicationId: request.id, type: 'PAYMENT_SUCCEEDED' }, order: { seq: 'DESC' } });
      const paidAmount = typeof paid?.data?.amountSatang === 'number' ? (paid.data.amountSatang as number) : null;
      const receiptNumber = typeof paid?.data?.receiptNumber === 'string' ? (paid.data.receiptNumber as string) : null;
      const data = {
        licenceNumber,
        ...(paidAmount !== null ? { paidAmountSatang: paidAmount } : {}),
        ...(receiptNumber ? { receiptNumber } : {}),
      };
      try {
        await this.transitions.sendWithin(manager, request, { type: 'CLOSE', actor: SYSTEM_ACTOR, comment: reason, data });
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'EVENT_NOT_ACCEPTED') throw error;
        // Pinned to a workflow version older than CLOSE: it stays open, and its approval is refused (REQUEST_LICENCE_REVOKED).
        this.logger.warn(`Request ${request.trackingNumber} on revoked licence ${licenceNumber} could not be closed: ${error.message}`);
        await this.outbox.record(manager, request.id, [notify('office', 'request-not-closed-licence-revoked', { licenceNumber })], at);
        continue;
      }
      closed.push(request.trackingNumber);
      // A licence numbered (perhaps signed) for the request but not delivered must not verify as valid.
      await manager.update(
        LicenceEntity,
        { applicationId: request.id, status: In(['issuing', 'valid']) },
        { status: 'revoked', statusReason: `ไม่ได้ออก: คำขอถูกปิดเพราะใบอนุญาต ${licenceNumber} ถูกเพิกถอน / Not issued: the request was closed because licence ${licenceNumber} was revoked`, statusChangedAt: at },
      );
      if (paidAmount !== null && paidAmount > 0) {
        // Refunds are the office's decision (and another part of the system): the office is told what was paid.
        const vars = {
          amountTh: formatBaht(paidAmount),
          amountEn: `THB ${(paidAmount / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
          receiptNumber: receiptNumber ?? '-',
        };
        await this.outbox.record(manager, request.id, [notify('office', 'request-closed-fee-paid', vars)], at);
      }
    }
    return closed;
  }

  /** SUSPEND: the applicants and the office of held renewals and amendments are told they wait for reinstatement. */
  async holdAll(manager: EntityManager, licenceNumber: string, at: Date): Promise<string[]> {
    const held = await this.openRequests(manager, licenceNumber, CONTINUING);
    for (const request of held) {
      await this.outbox.record(manager, request.id, [notify('applicant', 'request-on-hold-licence-suspended', { licenceNumber }), notify('office', 'request-on-hold-licence-suspended', { licenceNumber })], at);
    }
    return held.map((r) => r.trackingNumber);
  }

  /**
   * REINSTATE (or EXPIRE of a suspended licence, `tell: false`): held requests continue; one paid and waiting in
   * `issuing` is issued now.
   */
  async resumeAll(manager: EntityManager, licenceNumber: string, at: Date, { tell = true } = {}): Promise<string[]> {
    const held = await this.openRequests(manager, licenceNumber, CONTINUING);
    for (const request of held) {
      const effects = tell ? [notify('applicant', 'request-resumed-licence-reinstated', { licenceNumber }), notify('office', 'request-resumed-licence-reinstated', { licenceNumber })] : [];
      if (request.status === 'issuing' && request.awaitingActor === 'system') effects.push({ type: 'issue-licence', params: {} });
      await this.outbox.record(manager, request.id, effects, at);
    }
    return held.map((r) => r.trackingNumber);
  }

  /** Whether a request's issuance must wait: the licence it continues is suspended or revoked. */
  async issuanceHeld(manager: EntityManager, app: ApplicationEntity): Promise<LicenceEntity | null> {
    if (!CONTINUING.includes(app.kind) || !app.previousLicenceNumber) return null;
    const licence = await manager.findOneBy(LicenceEntity, { number: app.previousLicenceNumber });
    return licence && (licence.status === 'suspended' || licence.status === 'revoked') ? licence : null;
  }
}
