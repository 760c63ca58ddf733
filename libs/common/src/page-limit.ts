import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The refusal of a `limit` outside 1–`max`, the same text for every check. */
export const pageLimitMessage = (max: number) => `limit must be a whole number from 1 to ${max}`;

/**
 * The optional `limit` of a paged list's query: how many items a page holds, 1–`max`, `default` when left out
 * (the handler applies the default; the document states it). Only a string of digits becomes a number, so
 * `1e1`, ` 5`, `5.0` and a repeated `limit` are refused rather than read loosely.
 */
export function PageLimit(options: { max: number; default: number; description?: string }): PropertyDecorator {
  const message = pageLimitMessage(options.max);
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: options.max, default: options.default, ...(options.description ? { description: options.description } : {}) }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)),
    IsInt({ message }),
    Min(1, { message }),
    Max(options.max, { message }),
  );
}
