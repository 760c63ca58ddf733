import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LicenceSigning } from '@bizportal/licensing';
import { ReceiptEntity } from './entities';
import { PaymentErrors } from './payment-errors';
import { renderReceiptPdf, type ReceiptDocument } from './receipt-pdf';

/**
 * E-receipts signed like licences (the agency's key, PAdES B-LT: timestamp and DSS), once: the first download renders
 * and signs the receipt and keeps the file with its SHA-256; every later download gets that same file.
 */
@Injectable()
export class SignedReceipts {
  constructor(
    @InjectRepository(ReceiptEntity) private readonly receipts: Repository<ReceiptEntity>,
    private readonly signing: LicenceSigning,
    private readonly config: ConfigService,
  ) {}

  async pdf(receiptId: string, content: ReceiptDocument, now = new Date()): Promise<Buffer> {
    const stored = await this.stored(receiptId);
    if (stored) return stored;
    const verifyUrl = `${(this.config.get<string>('PUBLIC_BASE_URL') ?? '').replace(/\/+$/, '')}/verification`;
    let pdf: Buffer;
    try {
      pdf = await this.signing.signPdf(await renderReceiptPdf(content, { signingTime: now, verifyUrl }));
    } catch (error) {
      throw PaymentErrors.create('RECEIPT_SIGNING_UNAVAILABLE', { reason: (error as Error).message });
    }
    // Two first downloads at once: the first to store wins, and both serve its file.
    await this.receipts
      .createQueryBuilder()
      .update(ReceiptEntity)
      .set({ pdf, pdfSha256: createHash('sha256').update(pdf).digest('hex') })
      .where('id = :id AND pdf_sha256 IS NULL', { id: receiptId })
      .execute();
    return (await this.stored(receiptId)) ?? pdf;
  }

  private async stored(receiptId: string): Promise<Buffer | null> {
    const row = await this.receipts.createQueryBuilder('r').addSelect('r.pdf').where('r.id = :id', { id: receiptId }).getOne();
    return row?.pdf ? Buffer.from(row.pdf) : null;
  }
}
