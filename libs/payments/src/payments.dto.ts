import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min, ValidateIf, ValidateNested } from 'class-validator';

export class CardTokenDto {
  @ApiProperty({ description: 'A token from the gateway vault (Omise.js with the public key)', example: 'tokn_test_5x…' })
  @IsString()
  @Matches(/^tokn_[A-Za-z0-9_]+$/, { message: 'card.token must be a vault token (tokn_…)' })
  token: string;
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
