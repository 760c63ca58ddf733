import { ajv, ajvErrorPath, describeAjvError } from './ajv';
import { valueChanges } from './diff';
import { eventTypesOf, transitionsForKind, transitionsOf } from './normalize';
import { lookup } from './registry';
import { TEMPLATES } from './templates';
import { bandText, LATE_RENEWAL_LINE, lineBounds } from './fees';
import type { ActionRef, DefinitionProblem, FeeDefinition, FeeRule, StateActor, WorkflowDefinition } from './types';

type Add = (problem: string, state?: string) => void;

/** Days before a licence in force ends that its holder is reminded to renew, when the definition does not say. */
export const DEFAULT_RENEWAL_REMINDER_DAYS = 60;

/** The actors whose steps count towards processingDays. */
const OFFICE_ACTORS: readonly (StateActor | null)[] = ['officer', 'approver', 'signer', 'system'];

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
  if (def.kinds?.includes('cancel')) cancellationRules(def, add);
  const codes = new Set<string>();
  for (const doc of def.documents) {
    if (codes.has(doc.code)) add(`document code '${doc.code}' appears twice`);
    codes.add(doc.code);
  }
  if (def.renewalReminderDays !== undefined && !def.validity?.years && !def.validity?.months) {
    add(`renewalReminderDays ${def.renewalReminderDays} needs a validity in years or months: a licence that never ends is never renewed`);
  }
  if (!def.agency.code && def.agency.level !== 'local') add(`a ${def.agency.level} agency needs a code (agencies.json) to route applications`);
  return problems;
}

/** Statuses and actions a cancellation request never meets: it is decided on the papers and ends the licence. */
const NOT_FOR_CANCELLATION_STATUSES: readonly string[] = ['inspection', 'awaiting_payment'];
const NOT_FOR_CANCELLATION_ACTIONS: readonly string[] = ['requestPayment', 'issueLicence'];

/**
 * A cancellation request (kind `cancel`) skips the site inspection and the fee, and issues nothing: walking
 * the machine as a cancellation may take it (isKind evaluated, branches an earlier one shadows left out), no
 * state with status inspection or awaiting_payment is reached, no transition requests payment or issues a
 * licence, and a final completed state (the licence withdrawn) is reached.
 */
function cancellationRules(def: WorkflowDefinition, add: Add): void {
  const { machine } = def;
  const seen = new Set([machine.initial]);
  const queue = [machine.initial];
  let ends = false;
  while (queue.length > 0) {
    const state = queue.shift()!;
    const config = machine.states[state];
    if (config.type === 'final' && config.meta.status === 'completed') ends = true;
    if (NOT_FOR_CANCELLATION_STATUSES.includes(config.meta.status)) {
      add(`a cancellation request can reach this state (status ${config.meta.status}): a cancellation skips inspection and fee; guard the way here with isKind`, state);
    }
    for (const event of eventTypesOf(machine, state)) {
      for (const t of transitionsForKind(machine, state, event, 'cancel')) {
        for (const action of t.actions ?? []) {
          if (NOT_FOR_CANCELLATION_ACTIONS.includes(action.type)) {
            add(`${event} runs ${action.type} for a cancellation request: a cancellation is not charged and issues nothing; guard it with isKind`, state);
          }
        }
        const to = t.target ?? state;
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
  }
  if (!ends) add("kinds offer 'cancel', but a cancellation request reaches no final state with status completed (the licence withdrawn)");
}

function feeRules(def: WorkflowDefinition, add: Add): void {
  for (const fee of def.fees) {
    if (fee.amountSatang === null) {
      add(`fee '${fee.code}': amountSatang must be a whole number of satang ≥ 0 (leave fees empty when no fee is stated)`);
    } else if (fee.maxAmountSatang != null && fee.maxAmountSatang < fee.amountSatang) {
      add(`fee '${fee.code}': maxAmountSatang is below amountSatang`);
    } else if (fee.lines) {
      feeLineRules(def, fee, add);
    }
    if (fee.lateRenewalSurcharge && !def.kinds?.includes('renew')) {
      add(`fee '${fee.code}': lateRenewalSurcharge is set but kinds do not offer 'renew'`);
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

/**
 * A fee's lines: codes unique, at most one range (the approver sets one amount), a rule's field a required number of
 * the form, bands that neither overlap nor leave a gap and cover the values the form allows, and totals within
 * what the fee states (amountSatang up to maxAmountSatang, or exactly amountSatang).
 */
function feeLineRules(def: WorkflowDefinition, fee: FeeDefinition, add: Add): void {
  const lines = fee.lines!;
  const codes = new Set<string>();
  for (const line of lines) {
    const at = `fee '${fee.code}' line '${line.code}'`;
    if (codes.has(line.code)) add(`${at}: the line code appears twice`);
    codes.add(line.code);
    if (line.code === LATE_RENEWAL_LINE) add(`${at}: '${LATE_RENEWAL_LINE}' is the late-renewal surcharge's line; name this line otherwise`);
    if (line.range && line.range.minSatang > line.range.maxSatang) add(`${at}: range minSatang ${line.range.minSatang} is above maxSatang ${line.range.maxSatang}`);
    if (line.rule) ruleProblemsOf(def, line.rule, (problem) => add(`${at}: ${problem}`));
  }
  if (lines.filter((l) => l.range).length > 1) add(`fee '${fee.code}': more than one line is a range; the approving officer sets one amount per fee`);
  const least = lines.reduce((sum, l) => sum + lineBounds(l).min, 0);
  const bounds = lines.map((l) => lineBounds(l).max);
  const greatest = bounds.includes(null) ? null : (bounds as number[]).reduce((sum, n) => sum + n, 0);
  const statedMax = fee.maxAmountSatang ?? fee.amountSatang!;
  if (least < fee.amountSatang!) add(`fee '${fee.code}': the lines can come to ${least} satang, below the stated amountSatang ${fee.amountSatang}`);
  if (greatest === null) add(`fee '${fee.code}': the lines have no upper bound (set maxSatang), but the fee states at most ${statedMax} satang`);
  else if (greatest > statedMax) add(`fee '${fee.code}': the lines can come to ${greatest} satang, above the stated ${fee.maxAmountSatang != null ? 'maxAmountSatang' : 'amountSatang'} ${statedMax}`);
}

function ruleProblemsOf(def: WorkflowDefinition, rule: FeeRule, add: (problem: string) => void): void {
  const properties = ((def.form as { properties?: Record<string, Record<string, unknown>> }).properties ?? {}) as Record<string, Record<string, unknown>>;
  const property = properties[rule.field];
  const required = ((def.form as { required?: string[] }).required ?? []).includes(rule.field);
  if (!property || !['number', 'integer'].includes(property.type as string)) {
    add(`the rule's field '${rule.field}' is not a number in the form`);
  } else if (!required) {
    add(`the rule's field '${rule.field}' must be required in the form, or an application could have no fee`);
  }
  if (rule.minSatang !== undefined && rule.maxSatang !== undefined && rule.minSatang > rule.maxSatang) {
    add(`minSatang ${rule.minSatang} is above maxSatang ${rule.maxSatang}`);
  }
  if (!rule.bands) return;
  for (const band of rule.bands) {
    if (band.over !== undefined && band.upTo !== undefined && band.upTo <= band.over) {
      add(`the band ${bandText(band).en} is empty: upTo must be above over`);
      return;
    }
  }
  const sorted = [...rule.bands].sort((a, b) => (a.over ?? -Infinity) - (b.over ?? -Infinity));
  for (let i = 1; i < sorted.length; i++) {
    const [before, after] = [sorted[i - 1], sorted[i]];
    const end = before.upTo ?? Infinity;
    const start = after.over ?? -Infinity;
    if (start < end) {
      add(`the bands ${bandText(before).en} and ${bandText(after).en} overlap: a value can be in only one band`);
    } else if (start > end) {
      add(`the bands ${bandText(before).en} and ${bandText(after).en} leave the values over ${end} up to ${start} in no band`);
    }
  }
  if (!property) return;
  const lowest = sorted[0].over;
  const formMin = (property.exclusiveMinimum as number | undefined) ?? (property.minimum as number | undefined);
  const inclusiveMin = property.exclusiveMinimum === undefined && property.minimum !== undefined;
  if (lowest !== undefined && (formMin === undefined || formMin < lowest || (formMin === lowest && inclusiveMin))) {
    add(`the form allows values of ${rule.field} below the lowest band (${bandText(sorted[0]).en}), which are in no band`);
  }
  const highest = sorted[sorted.length - 1].upTo;
  const formMax = property.maximum as number | undefined;
  if (highest !== undefined && (formMax === undefined || formMax > highest)) {
    add(`the form allows ${rule.field} above ${highest}, which is in no band (the last band is ${bandText(sorted[sorted.length - 1]).en})`);
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
  if (params.hearing && params.planApproval) {
    add(`template '${name}': hearing and planApproval together would hold the public hearing twice (the plan review is "plan review and public hearing"): set planApproval false`);
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
