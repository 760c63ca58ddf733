import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatBaht } from '@bizportal/common';
import { SYSTEM_ACTOR, type Actor } from '@bizportal/engine';
import { Outbox, WorkflowTransitions } from '@bizportal/licensing';
import type { HoldReason, PaymentEntity } from './entities';

/** Why money is held, in both languages (the API's `holdReasonText`, the timeline and the notifications). */
export const HOLD_REASONS: Record<HoldReason, { th: string; en: string }> = {
  amount_mismatch: { th: 'จำนวนเงินไม่ตรงกับค่าธรรมเนียม', en: 'the amount differs from the fee' },
  currency_mismatch: { th: 'ไม่ได้ชำระเป็นเงินบาท', en: 'it was not paid in Thai baht' },
  fee_already_paid: { th: 'ค่าธรรมเนียมนี้ชำระแล้ว เป็นการชำระซ้ำ', en: 'the fee was already paid: this is a second payment' },
  not_awaiting_payment: { th: 'คำขอไม่อยู่ในขั้นตอนชำระค่าธรรมเนียมแล้ว', en: 'the application no longer awaits payment' },
  review: { th: 'รอเจ้าหน้าที่ตรวจสอบ', en: 'held for review' },
};

/** An amount for people: "2,000.00 บาท" and "THB 2,000.00". */
export function amountWords(satang: number): { th: string; en: string } {
  return { th: formatBaht(satang), en: `THB ${(satang / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` };
}

/**
 * A held or refunded payment in the application's history (hash-chained, `RECORDED_EVENTS`) and the notifications
 * that go with it, written in the caller's transaction; `runSoon` after its commit.
 */
@Injectable()
export class PaymentTimeline {
  constructor(
    private readonly transitions: WorkflowTransitions,
    private readonly outbox: Outbox,
  ) {}

  async held(manager: EntityManager, payment: PaymentEntity, reason: HoldReason, detail: string, notify: boolean, at: Date): Promise<void> {
    const words = HOLD_REASONS[reason];
    const amount = amountWords(payment.amountSatang);
    await this.transitions.record(
      manager,
      payment.applicationId,
      {
        type: 'PAYMENT_HELD',
        actor: SYSTEM_ACTOR,
        comment: `${words.th} / ${words.en} (${detail})`,
        data: { paymentId: payment.id, method: payment.method, amountSatang: payment.amountSatang, holdReason: reason, ...(payment.chargeId ? { chargeId: payment.chargeId } : {}) },
      },
      at,
    );
    if (!notify) return;
    const vars = { amountTh: amount.th, amountEn: amount.en, reasonTh: words.th, reasonEn: words.en };
    await this.outbox.record(
      manager,
      payment.applicationId,
      [
        { type: 'notify', params: { template: 'payment-held', to: 'applicant', vars } },
        { type: 'notify', params: { template: 'payment-held-office', to: 'office', vars } },
      ],
      at,
    );
  }

  async refunded(
    manager: EntityManager,
    payment: PaymentEntity,
    by: { actor: Actor; reason: string; automatic: boolean },
    canPayAgain: boolean,
    at: Date,
  ): Promise<void> {
    const amount = amountWords(payment.amountSatang);
    await this.transitions.record(
      manager,
      payment.applicationId,
      {
        type: 'PAYMENT_REFUNDED',
        actor: by.actor,
        comment: by.reason,
        data: {
          paymentId: payment.id,
          method: payment.method,
          amountSatang: payment.amountSatang,
          automatic: by.automatic,
          ...(payment.holdReason ? { holdReason: payment.holdReason } : {}),
          ...(payment.refundId ? { refundId: payment.refundId } : {}),
          ...(payment.refundReference ? { refundReference: payment.refundReference } : {}),
        },
      },
      at,
    );
    const next = canPayAgain
      ? { nextTh: 'ท่านชำระค่าธรรมเนียมใหม่ได้ที่หน้าคำขอ', nextEn: 'You can pay the fee again on the application page.' }
      : { nextTh: 'ไม่ต้องดำเนินการใดเพิ่มเติม', nextEn: 'There is nothing more for you to do.' };
    const reason = payment.holdReason ? HOLD_REASONS[payment.holdReason] : { th: by.reason, en: by.reason };
    await this.outbox.record(
      manager,
      payment.applicationId,
      [{ type: 'notify', params: { template: 'payment-refunded', to: 'applicant', vars: { amountTh: amount.th, amountEn: amount.en, reasonTh: reason.th, reasonEn: reason.en, ...next } } }],
      at,
    );
  }

  runSoon(): void {
    this.outbox.runSoon();
  }
}
