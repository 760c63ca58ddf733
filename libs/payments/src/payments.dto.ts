import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';

export class CardTokenDto {
  @ApiProperty({ description: 'A token from the gateway vault (Omise.js with the public key)', example: 'tokn_test_5x…' })
  @IsString()
  @Matches(/^tokn_[A-Za-z0-9_]+$/, { message: 'card.token must be a vault token (tokn_…)' })
  token: string;
}

export class StartBundlePaymentDto {
  @ApiProperty({ enum: ['promptpay'], description: 'Fees paid together go by one PromptPay QR' })
  @IsIn(['promptpay'], { message: 'method must be promptpay: the fees of a bundle are paid together by one PromptPay QR' })
  method: 'promptpay';
}

export class StartPaymentDto {
  @ApiProperty({ enum: ['promptpay', 'card'] })
  @IsIn(['promptpay', 'card'], { message: 'method must be promptpay or card' })
  method: 'promptpay' | 'card';

  @ApiPropertyOptional({ type: CardTokenDto })
  @ValidateIf((o: StartPaymentDto) => o.method === 'card' || o.card !== undefined)
  @ValidateNested()
  @Type(() => CardTokenDto)
  card?: CardTokenDto;
}

export class CounterPaymentDto {
  @ApiProperty({ description: "The office's own receipt number for the cash it took", example: 'KT-2570-00042' })
  @IsString()
  @Length(1, 60)
  @Matches(/^[\p{L}\p{N}][\p{L}\p{M}\p{N} ./_-]*$/u, { message: 'receiptNumber must be letters and digits, with spaces . / _ - between them' })
  receiptNumber: string;

  @ApiProperty({ description: 'The amount received, in satang; must equal the fee due', example: 200000 })
  @IsInt()
  @Min(1)
  amountSatang: number;
}

export class RefundHeldPaymentDto {
  @ApiProperty({ description: 'Why the money goes back (kept in the timeline; the applicant sees it)', example: 'ชำระเกินจำนวน คืนเงินเต็มจำนวน' })
  @IsString()
  @Length(3, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;

  @ApiPropertyOptional({ description: "Money the gateway never saw (counter): the office's reference of how it paid it back", example: 'KT-REFUND-2570-0007' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  @Matches(/^[\p{L}\p{N}][\p{L}\p{M}\p{N} ./_-]*$/u, { message: 'refundReference must be letters and digits, with spaces . / _ - between them' })
  refundReference?: string;
}

export class AcceptHeldPaymentDto {
  @ApiProperty({ description: 'Why the office accepts this money as the fee (kept in the timeline)', example: 'ผู้ยื่นคำขอยืนยันการชำระ ยอดตรงกับใบแจ้งหนี้ฉบับแก้ไข' })
  @IsString()
  @Length(3, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

export class BillCounterEntryDto {
  @ApiProperty({ description: 'Ref. 1 as the bank shows it', example: '256900000000000013' })
  @IsString()
  @Matches(/^[0-9A-Z]{1,20}$/, { message: 'ref1 must be 1–20 digits or capital letters' })
  ref1: string;

  @ApiProperty({ description: 'Ref. 2 as the bank shows it', example: '02536359007' })
  @IsString()
  @Matches(/^[0-9A-Z]{0,20}$/, { message: 'ref2 must be up to 20 digits or capital letters' })
  ref2: string;

  @ApiProperty({ description: 'The amount paid, in satang', example: 1000 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  amountSatang: number;

  @ApiProperty({ description: 'When it was paid (ISO 8601 with its offset, e.g. Bangkok +07:00)', example: '2026-12-09T10:15:30+07:00' })
  @IsISO8601({ strict: true }, { message: 'paidAt must be an ISO 8601 date-time' })
  paidAt: string;

  @ApiProperty({ description: "The bank's 3-digit code (006 Krungthai, 014 SCB, 004 KBank, 002 Bangkok Bank…)", example: '006' })
  @IsString()
  @Matches(/^\d{3}$/, { message: 'bankCode must be 3 digits' })
  bankCode: string;

  @ApiProperty({ description: "The bank's reference of the payment in its web statement (unique at that bank)", example: 'FT2569120900123' })
  @IsString()
  @Length(1, 40)
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u, { message: 'bankReference must be letters and digits, with spaces . / _ - between them' })
  bankReference: string;

  @ApiPropertyOptional({ description: 'The payer’s name as the bank shows it', example: 'นายสมชาย ใจดี' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'payerName must not be blank' })
  payerName?: string;
}
