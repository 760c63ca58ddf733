import { SetMetadata } from '@nestjs/common';

/** Routes that anyone may call and that cost us a row, a signature check or a provider round trip. */
export const RATE_LIMIT_GROUPS = ['sign-in', 'verify', 'quiz', 'complaint', 'hearing-comment'] as const;
export type RateLimitGroup = (typeof RATE_LIMIT_GROUPS)[number];

export const RATE_LIMIT_GROUP = 'bizportal:rate-limit';

/**
 * Limits how often one client address may call this route (the API's RateLimitGuard; limits per group
 * from RATE_LIMIT_*). Routes without it are not limited.
 */
export const RateLimit = (group: RateLimitGroup): MethodDecorator => SetMetadata(RATE_LIMIT_GROUP, group);
