export { Access, ACCESS_RULE, type AccessRule } from './access.decorator';
export { RESOURCE_RULES, isResourceRule, type ResourceRule } from './resource-rules';
export { listRouteAccess, accessProblem, assertEveryRouteDeclaresAccess, UndeclaredAccessError, type RouteAccess } from './route-access';
export { RateLimit, RATE_LIMIT_GROUP, RATE_LIMIT_GROUPS, type RateLimitGroup } from './rate-limit.decorator';
export { ApiErrors, ErrorBody, withErrorResponses, withAccessSecurity, routesByOperation, documentPathOf } from './api-errors';
