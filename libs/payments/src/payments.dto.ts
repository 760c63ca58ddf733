import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Matches, Min, ValidateIf, ValidateNested } from 'class-validator';

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
  receiptNumber: string;

  @ApiProperty({ description: 'The amount received, in satang; must equal the fee due', example: 200000 })
  @IsInt()
  @Min(1)
  amountSatang: number;
}
