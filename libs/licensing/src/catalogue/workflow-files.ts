import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile, DefinitionInvalidError, type CompiledWorkflow, type DefinitionProblem } from '@bizportal/engine';
import { businessFileProblems, type BusinessFileEntry } from './business-type-rules';

export { DEFAULT_WORKFLOWS_DIR } from '@bizportal/common';

export type { BusinessFileEntry } from './business-type-rules';

export interface WorkflowFiles {
  businesses: BusinessFileEntry[];
  workflows: CompiledWorkflow[];
}

/**
 * Reads `workflows/businesses.json` and every `workflows/licences/*.json`, compiling each one.
 * Any problem in any file stops the load, and the error lists all of them.
 */
export function loadWorkflowFiles(dir: string): WorkflowFiles {
  // Start-up checks the files before opening the database and the catalogue seeds from them after: compile once.
  const key = resolve(dir);
  const cached = loaded.get(key);
  if (cached) return cached;
  const files = readWorkflowFiles(key);
  loaded.set(key, files);
  return files;
}

const loaded = new Map<string, WorkflowFiles>();

function readWorkflowFiles(dir: string): WorkflowFiles {
  const problems: DefinitionProblem[] = [];
  const workflows: CompiledWorkflow[] = [];
  const licenceDir = join(dir, 'licences');
  for (const file of readdirSync(licenceDir).filter((f) => f.endsWith('.json')).sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(licenceDir, file), 'utf8'));
    } catch (error) {
      problems.push({ file, problem: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    try {
      const workflow = compile(json, file);
      if (`${workflow.slug}.json` !== file) problems.push({ file, problem: `slug '${workflow.slug}' does not match the file name` });
      workflows.push(workflow);
    } catch (error) {
      if (error instanceof DefinitionInvalidError) problems.push(...error.problems);
      else throw error;
    }
  }
  const businesses = (JSON.parse(readFileSync(join(dir, 'businesses.json'), 'utf8')) as { businesses: BusinessFileEntry[] }).businesses;
  // The admin API's validator, with the licence files as the published licence types.
  problems.push(...businessFileProblems(businesses, new Set(workflows.map((w) => w.slug))));
  if (problems.length > 0) throw new DefinitionInvalidError(problems);
  return { businesses, workflows };
}
