import { ajv, ajvErrorPath, describeAjvError } from './ajv';
import { valueChanges } from './diff';
import { eventTypesOf, transitionsOf } from './normalize';
import { lookup } from './registry';
import { TEMPLATES } from './templates';
import type { ActionRef, DefinitionProblem, StateActor, WorkflowDefinition } from './types';

type Add = (problem: string, state?: string) => void;

/** The actors whose steps count towards processingDays. */
const OFFICE_ACTORS: readonly (StateActor | null)[] = ['officer', 'approver', 'system'];

/**
 * What a sound machine says must add up: fees, payment steps, slaDays against processingDays, the
 * recorded template's parameters, kinds, document codes and the agency. validateDefinition runs
 * these once the schema, references and graph pass, so workflow files, start-up and the admin API
 * refuse the same definitions.
 */
export function ruleProblems(def: WorkflowDefinition, file: string): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add: Add = (problem, state) => problems.push({ file, state, problem });
  feeRules(def, add);
  templateRules(def, add);
  slaRules(def, add);
  if (def.kinds && !def.kinds.includes('new')) add(`kinds ${JSON.stringify(def.kinds)} must include 'new'`);
  const codes = new Set<string>();
  for (const doc of def.documents) {
    if (codes.has(doc.code)) add(`document code '${doc.code}' appears twice`);
    codes.add(doc.code);
  }
  if (!def.agency.code && def.agency.level !== 'local') add(`a ${def.agency.level} agency needs a code (agencies.json) to route applications`);
  return problems;
}

function feeRules(def: WorkflowDefinition, add: Add): void {
  for (const fee of def.fees) {
    if (fee.amountSatang === null) {
      add(`fee '${fee.code}': amountSatang must be a whole number of satang ≥ 0 (leave fees empty when no fee is stated)`);
    } else if (fee.maxAmountSatang != null && fee.maxAmountSatang < fee.amountSatang) {
      add(`fee '${fee.code}': maxAmountSatang is below amountSatang`);
    }
  }
  const fees = new Map(def.fees.map((f) => [f.code, f]));
  for (const [state, config] of Object.entries(def.machine.states)) {
    const actions: ActionRef[] = [
      ...(config.entry ?? []),
      ...eventTypesOf(def.machine, state).flatMap((e) => transitionsOf(def.machine, state, e).flatMap((t) => t.actions ?? [])),
    ];
    for (const action of actions.filter((a) => a.type === 'requestPayment')) {
      const fee = fees.get(String(action.params?.fee));
      if (fee && !(fee.amountSatang !== null && fee.amountSatang > 0)) {
        add(
          `requests payment of fee '${fee.code}', whose amount is ${fee.amountSatang ?? 'not stated'}: a fee of 0 or not stated has no payment step (template param fee: null)`,
          state,
        );
      }
    }
  }
}

/** The recorded template must be known, its params valid, and its slaDays must name steps of its shape. */
function templateRules(def: WorkflowDefinition, add: Add): void {
  if (!def.template) return;
  const { name, params } = def.template;
  const template = lookup(TEMPLATES, name);
  if (!template) {
    add(`template '${name}' is not a known template (known: ${Object.keys(TEMPLATES).join(', ')})`);
    return;
  }
  if (!ajv.validate(template.paramsSchema, params)) {
    for (const e of ajv.errors ?? []) add(`template '${name}': ${ajvErrorPath(e, 'template.params')} ${describeAjvError(e)}`);
    return;
  }
  const steps = template.slaSteps(params);
  for (const key of Object.keys((params.slaDays ?? {}) as object)) {
    if (!steps.includes(key)) add(`template '${name}': slaDays.${key} is not a step of this shape (steps: ${steps.join(', ')})`);
  }
}

/** The office steps' slaDays add up to processingDays; when processingDays is not stated, no step has days. */
function slaRules(def: WorkflowDefinition, add: Add): void {
  let total = 0;
  for (const [state, config] of Object.entries(def.machine.states)) {
    const days = config.meta.slaDays;
    if (def.processingDays === null) {
      if (days !== null) add(`slaDays is ${days} but processingDays is not stated: every slaDays must be null`, state);
      continue;
    }
    if (config.type === 'final' || !OFFICE_ACTORS.includes(config.meta.actor)) continue;
    if (days === null) add(`an office step without slaDays although processingDays is ${def.processingDays}`, state);
    else total += days;
  }
  if (def.processingDays !== null && total !== def.processingDays) {
    add(`the office steps' slaDays add up to ${total}, not to processingDays ${def.processingDays}`);
  }
}

/**
 * A file that records `template` next to a machine written out in full must hold exactly what that
 * template builds (the import tool writes both). Not part of validateDefinition: officials draft a
 * new version by editing the expanded machine of an earlier one, which keeps its `template` record.
 */
export function templateDriftProblems(def: WorkflowDefinition, file: string): DefinitionProblem[] {
  // Unknown templates and invalid params are validateDefinition's to report.
  const template = def?.template && lookup(TEMPLATES, def.template.name);
  if (!template || !ajv.validate(template.paramsSchema, def.template!.params)) return [];
  const built = { ...template.build(def.template!.params, { kinds: Array.isArray(def.kinds) ? def.kinds : ['new'] }), id: def.slug };
  if (valueChanges(built, def.machine, 'machine').length === 0) return [];
  return [{ file, problem: `the machine is not what template '${def.template!.name}' builds with the recorded params (regenerate it with tools/import-catalogue.cjs)` }];
}
