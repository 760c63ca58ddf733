/**
 * `npm run workflows:check`: validates everything under workflows/ without starting the API.
 *
 *   node dist/apps/api/src/workflows-check.js [workflows-dir]   (default: $WORKFLOWS_DIR or ./workflows)
 *
 * Every licence file is expanded and validated by the engine (as at start-up), then checked for
 * consistency: fees in whole satang, a payment step only for a stated fee above zero, the office
 * steps' slaDays adding up to processingDays (all null when it is not stated), `kinds` offering new
 * applications, document codes unique, the agency in agencies.json, and a machine written out in
 * full next to its `template` still exactly what that template builds. businesses.json must name
 * existing licences, and its Smart Quiz rules existing questions and options. Finally the product's
 * own loader reads the directory. Prints each problem as `file [state X]: problem`, then a summary;
 * exits 1 when there is any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkDefinition, DefinitionInvalidError, TEMPLATES, type ApplicationKind, type DefinitionProblem, type WorkflowDefinition } from '@bizportal/engine';
import { loadWorkflowFiles } from '@bizportal/licensing';

interface AgencyEntry {
  code: string;
  level: string;
}

interface QuizFile {
  questions?: { id: string; options?: { id: string }[] }[];
  rules?: Record<string, { mode?: string; conditions?: { question: string; answers?: string[] }[] }>;
}

interface BusinessFile {
  slug: string;
  licences?: string[];
  quiz?: QuizFile;
}

/** The office steps of each template shape, as its `slaDays` parameter names them. */
const SHAPE_STEPS: Record<string, (params: Record<string, unknown>) => string[]> = {
  licence: (p) => ['receive', 'check', ...(p.planApproval ? ['planReview'] : []), ...(p.inspection ? ['inspection'] : []), 'decision', 'issue'],
  registration: () => ['check', 'decision'],
  notification: () => ['check', 'issue'],
};
const OFFICE_ACTORS = new Set(['officer', 'approver', 'system']);

function readJson(file: string): { value?: unknown; problem?: string } {
  try {
    return { value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { problem: `cannot be read as JSON: ${(error as Error).message}` };
  }
}

function consistencyProblems(def: WorkflowDefinition, file: string, agencies: Set<string> | null): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (problem: string, state?: string) => problems.push({ file, state, problem });

  for (const fee of def.fees) {
    if (fee.amountSatang === null || !Number.isInteger(fee.amountSatang) || fee.amountSatang < 0) {
      add(`fee '${fee.code}': amountSatang must be a whole number of satang ≥ 0 (leave fees empty when no fee is stated)`);
    }
    if (fee.maxAmountSatang != null && (!Number.isInteger(fee.maxAmountSatang) || fee.maxAmountSatang < (fee.amountSatang ?? 0))) {
      add(`fee '${fee.code}': maxAmountSatang must be a whole number of satang ≥ amountSatang`);
    }
  }
  const fees = new Map(def.fees.map((f) => [f.code, f]));
  for (const [state, config] of Object.entries(def.machine.states)) {
    const actions = [...(config.entry ?? []), ...Object.values(config.on ?? {}).flatMap((t) => (Array.isArray(t) ? t : [t])).flatMap((t) => (typeof t === 'string' ? [] : (t.actions ?? [])))];
    for (const action of actions.filter((a) => a.type === 'requestPayment')) {
      const fee = fees.get(String(action.params?.fee));
      if (fee && !(fee.amountSatang !== null && fee.amountSatang > 0)) {
        add(`requests payment of fee '${fee.code}', whose amount is ${fee.amountSatang ?? 'not stated'}: a fee of 0 or not stated has no payment step (template param fee: null)`, state);
      }
    }
  }

  if (def.template) {
    const steps = SHAPE_STEPS[def.template.name]?.(def.template.params) ?? [];
    const sla = (def.template.params.slaDays ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(sla)) {
      if (!steps.includes(key)) add(`template '${def.template.name}': slaDays.${key} is not a step of this shape (steps: ${steps.join(', ')})`);
    }
  }
  let total = 0;
  for (const [state, config] of Object.entries(def.machine.states)) {
    const days = config.meta.slaDays;
    if (def.processingDays === null) {
      if (days !== null) add(`slaDays is ${days} but processingDays is not stated: every slaDays must be null`, state);
      continue;
    }
    if (config.type === 'final' || !OFFICE_ACTORS.has(config.meta.actor ?? '')) continue;
    if (days === null) add(`an office step without slaDays although processingDays is ${def.processingDays}`, state);
    else total += days;
  }
  if (def.processingDays !== null && total !== def.processingDays) {
    add(`the office steps' slaDays add up to ${total}, not to processingDays ${def.processingDays}`);
  }

  if (def.kinds && !def.kinds.includes('new')) add(`kinds ${JSON.stringify(def.kinds)} must include 'new'`);
  const codes = new Set<string>();
  for (const doc of def.documents) {
    if (codes.has(doc.code)) add(`document code '${doc.code}' appears twice`);
    codes.add(doc.code);
  }
  if (agencies && def.agency.code && !agencies.has(`${def.agency.code}/${def.agency.level}`)) {
    add(`agency '${def.agency.code}' (${def.agency.level}) is not in agencies.json`);
  }
  if (!def.agency.code && def.agency.level !== 'local') add(`a ${def.agency.level} agency needs a code (agencies.json) to route applications`);
  return problems;
}

/** A file that carries `template` next to a full machine must hold exactly what that template builds. */
function expandedTemplateProblems(raw: unknown, file: string): DefinitionProblem[] {
  const def = raw as { slug?: string; kinds?: ApplicationKind[]; template?: { name?: string; params?: Record<string, unknown> }; machine?: Record<string, unknown> };
  if (!def.template || !def.machine || 'template' in def.machine) return [];
  const name = String(def.template.name);
  const template = Object.hasOwn(TEMPLATES, name) ? TEMPLATES[name] : undefined;
  if (!template) return [{ file, problem: `template '${name}' is not a known template (known: ${Object.keys(TEMPLATES).join(', ')})` }];
  const built = { ...template.build(def.template.params ?? {}, { kinds: def.kinds ?? ['new'] }), id: def.slug };
  if (isDeepStrictEqual(built, def.machine)) return [];
  return [{ file, problem: `the machine is not what template '${name}' builds with the recorded params (regenerate it with tools/import-catalogue.cjs)` }];
}

function businessProblems(businesses: BusinessFile[], licences: Set<string>, file: string): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const seen = new Set<string>();
  for (const business of businesses) {
    const add = (problem: string) => problems.push({ file, problem: `business '${business.slug}': ${problem}` });
    if (seen.has(business.slug)) add('appears twice');
    seen.add(business.slug);
    for (const slug of business.licences ?? []) if (!licences.has(slug)) add(`licence '${slug}' has no file in licences/`);
    const questions = new Map<string, Set<string>>();
    for (const q of business.quiz?.questions ?? []) {
      if (questions.has(q.id)) add(`question id '${q.id}' appears twice`);
      const options = new Set<string>();
      for (const o of q.options ?? []) {
        if (options.has(o.id)) add(`option id '${o.id}' appears twice in question '${q.id}'`);
        options.add(o.id);
      }
      if (options.size < 2) add(`question '${q.id}' has fewer than two options`);
      questions.set(q.id, options);
    }
    for (const [slug, rule] of Object.entries(business.quiz?.rules ?? {})) {
      if (!licences.has(slug)) add(`quiz rule for licence '${slug}', which has no file in licences/`);
      if (!(business.licences ?? []).includes(slug)) add(`quiz rule for licence '${slug}', which the business does not list`);
      if (rule.mode !== 'any' && rule.mode !== 'all') add(`quiz rule for '${slug}': mode must be 'any' or 'all'`);
      if (!rule.conditions?.length) add(`quiz rule for '${slug}' has no conditions`);
      for (const condition of rule.conditions ?? []) {
        const options = questions.get(condition.question);
        if (!options) {
          add(`quiz rule for '${slug}' names question '${condition.question}', which does not exist`);
          continue;
        }
        if (!condition.answers?.length) add(`quiz rule for '${slug}': a condition on '${condition.question}' names no answers`);
        for (const answer of condition.answers ?? []) {
          if (!options.has(answer)) add(`quiz rule for '${slug}' names answer '${answer}', which is not an option of '${condition.question}'`);
        }
      }
    }
  }
  return problems;
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
        const key = `${a.code}/${a.level}`;
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
    const checked = checkDefinition(value, file);
    const slug = String((value as { slug?: unknown }).slug);
    slugs.add(slug);
    const own = [...checked.problems];
    if (`${slug}.json` !== file) own.push({ file, problem: `slug '${slug}' does not match the file name` });
    if (own.length === 0) own.push(...expandedTemplateProblems(value, file), ...consistencyProblems(checked.definition, file, agencies));
    if (own.length === 0) valid++;
    problems.push(...own);
  }

  let businessCount = 0;
  const businessesFile = join(dir, 'businesses.json');
  const { value: businessJson, problem: businessReadProblem } = existsSync(businessesFile) ? readJson(businessesFile) : { value: undefined, problem: 'is missing' };
  const parsed = businessJson as { businesses?: BusinessFile[]; commonServices?: Record<string, { licences?: string[] }> } | undefined;
  if (businessReadProblem || !Array.isArray(parsed?.businesses)) {
    problems.push({ file: 'businesses.json', problem: businessReadProblem ?? 'must have a "businesses" list' });
  } else {
    businessCount = parsed.businesses.length;
    problems.push(...businessProblems(parsed.businesses, slugs, 'businesses.json'));
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
