import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserDirectory } from '@bizportal/identity';
import { TransitionParticipant, type TransitionChange, type TransitionParticipantProvider } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, type PaymentMethod, type PaymentStatus } from './entities';
import { issueReceipt } from './receipts';

/** The data of PAYMENT_SUCCEEDED and PAYMENT_FAILED (the engine's vocabulary checks its shape). */
export interface PaymentEventData {
  paymentId: string;
  method: PaymentMethod;
  amountSatang: number;
  chargeId?: string;
  paidAt?: string;
  paymentStatus?: 'failed' | 'expired';
  failureCode?: string;
  failureMessage?: string;
  recordedBy?: string;
  /** An officer accepted held money as the fee (with her reason). */
  acceptedBy?: string;
  acceptedReason?: string;
  /** A bill payment: the bank, date and its reference (statement line or the office's entry). */
  bankReference?: string;
}

/** Thrown inside a transaction when another delivery already applied this payment: roll back, do nothing. */
export class AlreadyApplied extends Error {}

/**
 * Writes to a payment only while no delivery has applied it. A late duplicate that read the payment
 * before the winner committed must not overwrite 'successful' with what it concluded from stale rows.
 */
export async function updateUnappliedPayment(manager: EntityManager, paymentId: string, fields: Partial<PaymentEntity>): Promise<boolean> {
  const result = await manager.createQueryBuilder().update(PaymentEntity).set(fields).where('id = :id AND applied_at IS NULL', { id: paymentId }).execute();
  return result.affected === 1;
}

/**
 * Applies a payment's outcome in the same transaction as the event that tells the application: the
 * payment is marked applied (exactly once), and a successful one pays the invoice and is given its
 * receipt, whose number goes into the event's recorded data.
 */
@Injectable()
@TransitionParticipant({ order: 30, events: ['PAYMENT_SUCCEEDED', 'PAYMENT_FAILED'] })
export class PaymentApplication implements TransitionParticipantProvider {
  constructor(private readonly identity: UserDirectory) {}

  async participate(manager: EntityManager, { app, event, at }: TransitionChange): Promise<Record<string, unknown> | void> {
    const data = event.data as unknown as PaymentEventData;
    const succeeded = event.type === 'PAYMENT_SUCCEEDED';
    const status: PaymentStatus = succeeded ? 'successful' : (data.paymentStatus ?? 'failed');
    const fields: Partial<PaymentEntity> = {
      status,
      paidAt: succeeded ? (data.paidAt ? new Date(data.paidAt) : at) : null,
      failureCode: succeeded ? null : (data.failureCode ?? status),
      failureMessage: succeeded ? null : (data.failureMessage ?? null),
      updatedAt: at,
    };
    if (data.acceptedBy) {
      // Held money accepted by an officer: only while it is still held (not refunded meanwhile).
      const accepted = await manager
        .createQueryBuilder()
        .update(PaymentEntity)
        .set({ ...fields, appliedAt: at, resolution: 'accepted', resolutionReason: data.acceptedReason ?? null, resolvedBy: data.acceptedBy, resolvedAt: at })
        .where("id = :id AND applied_at IS NULL AND status = 'held'", { id: data.paymentId })
        .execute();
      if (accepted.affected !== 1) throw new AlreadyApplied();
    } else if (!(await updateUnappliedPayment(manager, data.paymentId, { ...fields, appliedAt: at }))) throw new AlreadyApplied();
    if (!succeeded) return;
    const payment = await manager.findOneByOrFail(PaymentEntity, { id: data.paymentId });
    await manager.update(InvoiceEntity, { id: payment.invoiceId }, { status: 'paid', paidAt: at });
    const payer = await this.identity.findUser(app.applicantId);
    const receipt = await issueReceipt(manager, payment, app.agencyId!, payer?.displayNameTh ?? app.applicantId, at);
    return { receiptNumber: receipt.receiptNumber };
  }
}
