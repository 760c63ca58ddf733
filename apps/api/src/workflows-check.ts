/**
 * `npm run workflows:check`: validates everything under workflows/ without starting the API.
 *
 *   node dist/apps/api/src/workflows-check.js [workflows-dir]   (default: $WORKFLOWS_DIR or ./workflows)
 *
 * Each licence file is checked by the engine exactly as start-up and the admin API check a definition
 * (checkDefinition: schema, guards and actions, the state graph, fees, slaDays adding up to
 * processingDays, template parameters, …), and a machine written out in full next to its `template`
 * must still be what that template builds (templateDriftProblems). What needs the whole catalogue is
 * checked here: file names match slugs, agencies are in agencies.json, and businesses.json passes the
 * business-type validator the admin API uses (licences that exist, rules naming existing questions and
 * options, no question never asked, no rule that cannot hold). Finally the product's own loader
 * reads the directory. Prints each problem as `file [state X]: problem`, then a summary; exits 1 when
 * there is any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDefinition, DefinitionInvalidError, templateDriftProblems, type DefinitionProblem, type WorkflowDefinition } from '@bizportal/engine';
import { businessFileProblems, loadWorkflowFiles } from '@bizportal/licensing';

interface AgencyEntry {
  code: string;
  level: string;
}

function readJson(file: string): { value?: unknown; problem?: string } {
  try {
    return { value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { problem: `cannot be read as JSON: ${(error as Error).message}` };
  }
}

/** The problems of one licence file: the engine's, and those that need the file's name, its template or the agencies. */
function licenceFileProblems(value: unknown, file: string, agencies: Set<string> | null): DefinitionProblem[] {
  const { definition, problems } = checkDefinition(value, file);
  const slug = String((value as { slug?: unknown } | null)?.slug);
  if (`${slug}.json` !== file) problems.push({ file, problem: `slug '${slug}' does not match the file name` });
  problems.push(...templateDriftProblems(definition, file));
  const agency = (definition as Partial<WorkflowDefinition> | null)?.agency;
  if (agencies && typeof agency?.code === 'string' && agency.code && !agencies.has(agencyKey(agency))) {
    problems.push({ file, problem: `agency '${agency.code}' (${agency.level}) is not in agencies.json` });
  }
  return problems;
}

function agencyKey(agency: { code?: string; level: string }): string {
  return `${agency.code}/${agency.level}`;
}

function main(): void {
  const started = Date.now();
  const dir = resolve(process.argv[2] ?? process.env.WORKFLOWS_DIR ?? 'workflows');
  const problems: DefinitionProblem[] = [];

  let agencies: Set<string> | null = null;
  const agenciesFile = join(dir, 'agencies.json');
  if (!existsSync(agenciesFile)) problems.push({ file: 'agencies.json', problem: 'is missing' });
  else {
    const { value, problem } = readJson(agenciesFile);
    const list = Array.isArray(value) ? value : (value as { agencies?: unknown } | undefined)?.agencies;
    if (problem || !Array.isArray(list)) problems.push({ file: 'agencies.json', problem: problem ?? 'must be a list of {code, level, name}' });
    else {
      agencies = new Set();
      for (const a of list as AgencyEntry[]) {
        const key = agencyKey(a);
        if (agencies.has(key)) problems.push({ file: 'agencies.json', problem: `agency '${a.code}' (${a.level}) appears twice` });
        agencies.add(key);
      }
    }
  }

  const licenceDir = join(dir, 'licences');
  const files = existsSync(licenceDir) ? readdirSync(licenceDir).filter((f) => f.endsWith('.json')).sort() : [];
  if (files.length === 0) problems.push({ file: 'licences/', problem: 'no licence files' });
  const slugs = new Set<string>();
  let valid = 0;
  for (const file of files) {
    const { value, problem } = readJson(join(licenceDir, file));
    if (problem) {
      problems.push({ file, problem });
      continue;
    }
    slugs.add(String((value as { slug?: unknown } | null)?.slug));
    const own = licenceFileProblems(value, file, agencies);
    if (own.length === 0) valid++;
    problems.push(...own);
  }

  let businessCount = 0;
  const businessesFile = join(dir, 'businesses.json');
  const { value: businessJson, problem: businessReadProblem } = existsSync(businessesFile) ? readJson(businessesFile) : { value: undefined, problem: 'is missing' };
  const parsed = businessJson as { businesses?: unknown[]; commonServices?: Record<string, { licences?: string[] }> } | undefined;
  if (businessReadProblem || !Array.isArray(parsed?.businesses)) {
    problems.push({ file: 'businesses.json', problem: businessReadProblem ?? 'must have a "businesses" list' });
  } else {
    businessCount = parsed.businesses.length;
    // The admin API's validator (libs/licensing business-type-rules.ts), as start-up applies it.
    problems.push(...businessFileProblems(parsed.businesses, slugs, 'businesses.json'));
    for (const [key, service] of Object.entries(parsed.commonServices ?? {})) {
      for (const slug of service.licences ?? []) {
        if (!slugs.has(slug)) problems.push({ file: 'businesses.json', problem: `common service '${key}': licence '${slug}' has no file in licences/` });
      }
    }
  }

  // The product's own loader (start-up) must accept the directory as well.
  if (problems.length === 0) {
    try {
      loadWorkflowFiles(dir);
    } catch (error) {
      if (error instanceof DefinitionInvalidError) problems.push(...error.problems);
      else problems.push({ file: dir, problem: `the product's loader failed: ${(error as Error).message}` });
    }
  }

  for (const p of problems) console.log(`${p.file}${p.state ? ` [state ${p.state}]` : ''}: ${p.problem}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    const inFiles = new Set(problems.map((p) => p.file)).size;
    console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${inFiles} file${inFiles === 1 ? '' : 's'} (${seconds} s)`);
    process.exitCode = 1;
    return;
  }
  console.log(`${valid} valid services across ${businessCount} business types (${agencies?.size ?? 0} agencies; ${seconds} s)`);
}

main();
