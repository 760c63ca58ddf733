import { randomUUID } from 'node:crypto';
import ThaiBahtText from 'thai-baht-text';
import type { EntityManager } from 'typeorm';
import { buddhistYear, monthIn } from '@bizportal/common';
import { nextSequenceNumber } from '@bizportal/database';
import { ReceiptEntity, ReceiptSequenceEntity, type PaymentEntity } from './entities';

/** Thai government fiscal years run from 1 October; FY 2570 starts on 1 October 2026. */
export function thaiFiscalYear(at: Date): number {
  return buddhistYear(at) + (monthIn(at) >= 10 ? 1 : 0);
}

export function amountInThaiWords(satang: number): string {
  return ThaiBahtText(satang / 100);
}

/** Issues the e-receipt of a payment inside the caller's transaction, numbered within the agency's fiscal year. */
export async function issueReceipt(
  manager: EntityManager,
  payment: PaymentEntity,
  agencyId: string,
  payerName: string,
  at: Date,
): Promise<ReceiptEntity> {
  const fiscalYear = thaiFiscalYear(at);
  const lastNumber = await nextSequenceNumber(manager, ReceiptSequenceEntity, { agencyId, fiscalYear });
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
    pdf: null,
    pdfSha256: null,
  });
  await manager.insert(ReceiptEntity, receipt);
  return receipt;
}
