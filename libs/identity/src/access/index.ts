export { Access, ACCESS_RULE, type AccessRule } from './access.decorator';
export { RESOURCE_RULES, isResourceRule, type ResourceRule } from './resource-rules';
export { listRouteAccess, accessProblem, assertEveryRouteDeclaresAccess, UndeclaredAccessError, type RouteAccess } from './route-access';
export { ApiErrors, ErrorBody, withErrorResponses } from './api-errors';
