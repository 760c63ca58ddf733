import { randomUUID } from 'node:crypto';
import ThaiBahtText from 'thai-baht-text';
import type { EntityManager } from 'typeorm';
import { buddhistYear } from '@bizportal/common';
import { ReceiptEntity, ReceiptSequenceEntity, type PaymentEntity } from './entities';

/** Thai government fiscal years run from 1 October; FY 2570 starts on 1 October 2026. */
export function thaiFiscalYear(at: Date): number {
  const month = Number(new Intl.DateTimeFormat('en-GB', { month: 'numeric', timeZone: 'Asia/Bangkok' }).format(at));
  return buddhistYear(at) + (month >= 10 ? 1 : 0);
}

export function amountInThaiWords(satang: number): string {
  return ThaiBahtText(satang / 100);
}

/**
 * Issues the e-receipt of a payment inside the caller's transaction. The number is the next in
 * the agency's fiscal year: the sequence row is updated first, so on PostgreSQL its row lock
 * orders concurrent receipts and on SQLite the transaction queue does.
 */
export async function issueReceipt(
  manager: EntityManager,
  payment: PaymentEntity,
  agencyId: string,
  payerName: string,
  at: Date,
): Promise<ReceiptEntity> {
  const fiscalYear = thaiFiscalYear(at);
  const bumped = await manager
    .createQueryBuilder()
    .update(ReceiptSequenceEntity)
    .set({ lastNumber: () => 'last_number + 1' })
    .where('agency_id = :agencyId AND fiscal_year = :fiscalYear', { agencyId, fiscalYear })
    .execute();
  if (bumped.affected !== 1) await manager.insert(ReceiptSequenceEntity, { agencyId, fiscalYear, lastNumber: 1 });
  const { lastNumber } = await manager.findOneByOrFail(ReceiptSequenceEntity, { agencyId, fiscalYear });
  const receipt = Object.assign(new ReceiptEntity(), {
    id: randomUUID(),
    receiptNumber: `${agencyId.toUpperCase()}/${fiscalYear}/${String(lastNumber).padStart(6, '0')}`,
    paymentId: payment.id,
    applicationId: payment.applicationId,
    agencyId,
    fiscalYear,
    sequence: lastNumber,
    amountSatang: payment.amountSatang,
    amountWordsTh: amountInThaiWords(payment.amountSatang),
    payerName,
    method: payment.method,
    issuedAt: at,
  });
  await manager.insert(ReceiptEntity, receipt);
  return receipt;
}
