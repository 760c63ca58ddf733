import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { Role } from '@bizportal/engine';
import { IS_PUBLIC, REQUIRED_ROLES } from '../auth.decorators';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { isResourceRule } from './resource-rules';

/** One HTTP route of the running app with the rule it declares (null: none). */
export interface RouteAccess {
  method: string;
  /** The full path as Express serves it, parameters as `:name`, e.g. `/api/v1/applications/:id`. */
  path: string;
  /** The controller's class name, for messages; two controllers may share one. */
  controller: string;
  /** The controller class itself: what to read a route's metadata from (its name may not be unique). */
  controllerClass: Type;
  handler: string;
  rule: AccessRule | null;
  /** What the global guard will actually enforce, from @Public/@Roles metadata on the handler and its class. */
  enforced: { public: boolean; roles: Role[] };
}

interface PrefixConfig {
  getGlobalPrefix(): string;
  getGlobalPrefixOptions(): { exclude?: { requestMethod: RequestMethod; pathRegex: RegExp }[] };
}

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [''] : Array.isArray(value) ? value : [value]);
const join = (...parts: string[]) => '/' + parts.flatMap((p) => p.split('/')).filter(Boolean).join('/');

/** Every route the app's controllers register, in module order, with its declared and enforced rule. */
export function listRouteAccess(app: INestApplication): RouteAccess[] {
  // The global prefix and its exclusions live on the application's config (not a provider).
  const config = (app as unknown as { config?: PrefixConfig }).config;
  const prefix = config?.getGlobalPrefix() ?? '';
  const excluded = config?.getGlobalPrefixOptions()?.exclude ?? [];
  const scanner = new MetadataScanner();
  const routes: RouteAccess[] = [];
  const seen = new Set<Type>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const handlerPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (requestMethod === undefined || handlerPath === undefined) continue;
        const rule = (Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ?? null;
        const pick = <T>(key: string): T | undefined => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        const enforced = { public: pick<boolean>(IS_PUBLIC) === true, roles: pick<Role[]>(REQUIRED_ROLES) ?? [] };
        for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const sub of asList(handlerPath)) {
            const local = join(base, sub);
            const skipPrefix = excluded.some((r) => (r.requestMethod === RequestMethod.ALL || r.requestMethod === requestMethod) && r.pathRegex.test(local));
            routes.push({
              method: RequestMethod[requestMethod],
              path: skipPrefix ? local : join(prefix, local),
              controller: controller.name,
              controllerClass: controller,
              handler: name,
              rule,
              enforced,
            });
          }
        }
      }
    }
  }
  return routes;
}

/** What is wrong with a route's declaration, or null when it declares one rule the guard enforces as written. */
export function accessProblem(route: RouteAccess): string | null {
  const { rule, enforced } = route;
  if (!rule) return 'declares no access rule: add @Access.public(…), @Access.signedIn(…) or @Access.roles([…], …)';
  if (!isResourceRule(rule.resource)) return `names an unknown resource rule '${rule.resource}' (see RESOURCE_RULES)`;
  if ((rule.who === 'public') !== enforced.public) return `declares ${rule.who} but the guard would treat it as ${enforced.public ? 'public' : 'signed-in'}`;
  const declared = [...rule.roles].sort().join(',');
  const actual = enforced.public ? '' : [...enforced.roles].sort().join(',');
  if (rule.who !== 'public' && declared !== actual) return `declares roles [${declared}] but the guard would require [${actual}] (a stray @Roles?)`;
  return null;
}

export class UndeclaredAccessError extends Error {
  constructor(readonly problems: string[]) {
    super(`Every route must declare its access rule; ${problems.length} do not:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'UndeclaredAccessError';
  }
}

/** The start-up check: throws, naming each route, when a route declares no rule or one the guard would not enforce. */
export function assertEveryRouteDeclaresAccess(app: INestApplication): RouteAccess[] {
  const routes = listRouteAccess(app);
  const problems = routes.flatMap((r) => {
    const problem = accessProblem(r);
    return problem ? [`${r.method} ${r.path} (${r.controller}.${r.handler}) ${problem}`] : [];
  });
  if (problems.length > 0) throw new UndeclaredAccessError(problems);
  return routes;
}
