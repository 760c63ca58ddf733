import { resolve } from 'node:path';

/** Where licence workflows, areas and holidays are read from unless WORKFLOWS_DIR says otherwise (relative to the working directory). */
export const DEFAULT_WORKFLOWS_DIR = 'workflows';

/** The absolute workflows directory: the configured one (WORKFLOWS_DIR), or the default when unset or empty. */
export function workflowsDirectory(configured?: string | null): string {
  return resolve(configured || DEFAULT_WORKFLOWS_DIR);
}
