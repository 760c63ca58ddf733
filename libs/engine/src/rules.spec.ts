import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDefinition, compile, DefinitionInvalidError, licenceShape, templateDriftProblems, validateDefinition, type WorkflowDefinition } from '.';

const LICENCES = join(__dirname, '../../../workflows/licences');
const read = (file: string): WorkflowDefinition => JSON.parse(readFileSync(join(LICENCES, file), 'utf8'));
const food = () => read('food-premises-permit.json');
const FILE = 'food-premises-permit.json';

/** The problems of the food premises permit after a change (its machine is written out, with the template recorded). */
const after = (change: (d: WorkflowDefinition) => void) => {
  const d = food();
  change(d);
  return validateDefinition(d, FILE);
};

describe('the rules on what a definition says', () => {
  it('accepts every licence file in workflows/licences, and each machine is still what its template builds', () => {
    const files = readdirSync(LICENCES).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(79);
    const problems = files.flatMap((file) => {
      const checked = checkDefinition(read(file), file);
      return [...checked.problems, ...templateDriftProblems(checked.definition, file)];
    });
    expect(problems).toEqual([]);
  });

  it("requires the office steps' slaDays to add up to processingDays", () => {
    expect(after((d) => (d.processingDays = 25))).toEqual([{ file: FILE, problem: "the office steps' slaDays add up to 30, not to processingDays 25" }]);
    expect(after((d) => (d.machine.states.checking.meta.slaDays = null))).toEqual([
      { file: FILE, state: 'checking', problem: 'an office step without slaDays although processingDays is 30' },
      { file: FILE, problem: "the office steps' slaDays add up to 28, not to processingDays 30" },
    ]);
    // The applicant's steps do not count.
    expect(after((d) => (d.machine.states.corrections.meta.slaDays = 5))).toEqual([]);
  });

  it('requires every slaDays to be null when processingDays is not stated', () => {
    const problems = after((d) => (d.processingDays = null));
    expect(problems.map((p) => p.state)).toEqual(['submitted', 'checking', 'inspection', 'consideration', 'issuing']);
    expect(problems[0]).toEqual({ file: FILE, state: 'submitted', problem: 'slaDays is 1 but processingDays is not stated: every slaDays must be null' });
  });

  it('refuses a fee without an amount, a maximum below the amount, and a payment step for a fee of 0', () => {
    expect(after((d) => (d.fees[0].amountSatang = null))).toEqual([
      { file: FILE, problem: "fee 'licence': amountSatang must be a whole number of satang ≥ 0 (leave fees empty when no fee is stated)" },
      {
        file: FILE,
        state: 'consideration',
        problem: "requests payment of fee 'licence', whose amount is not stated: a fee of 0 or not stated has no payment step (template param fee: null)",
      },
    ]);
    expect(after((d) => (d.fees[0].maxAmountSatang = 100000))).toEqual([{ file: FILE, problem: "fee 'licence': maxAmountSatang is below amountSatang" }]);
    expect(after((d) => (d.fees[0] = { ...d.fees[0], amountSatang: 0, maxAmountSatang: null }))).toEqual([
      expect.objectContaining({ state: 'consideration', problem: expect.stringMatching(/^requests payment of fee 'licence', whose amount is 0/) }),
    ]);
  });

  it("checks the recorded template: known, valid params, slaDays naming the shape's steps", () => {
    expect(after((d) => (d.template = { name: 'permit', params: {} }))).toEqual([
      { file: FILE, problem: "template 'permit' is not a known template (known: licence, registration, notification)" },
    ]);
    expect(after((d) => (d.template!.params.inspection = 'yes'))).toEqual([{ file: FILE, problem: "template 'licence': template.params.inspection must be boolean" }]);
    // A template named in the machine is checked the same way once expanded.
    const { template, ...rest } = food();
    const slaDays = { receive: 1, check: 2, inspection: 15, decision: 12, planReview: 0 };
    expect(checkDefinition({ ...rest, machine: { template: template!.name, params: { ...template!.params, slaDays } } }, FILE).problems).toEqual([
      { file: FILE, problem: "template 'licence': slaDays.planReview is not a step of this shape (steps: receive, check, inspection, decision, issue)" },
      { file: FILE, state: 'issuing', problem: 'an office step without slaDays although processingDays is 30' },
    ]);
  });

  it("refuses kinds without 'new', a document code twice, and a central agency without a code", () => {
    expect(after((d) => (d.kinds = ['renew']))).toEqual([{ file: FILE, problem: `kinds ["renew"] must include 'new'` }]);
    expect(after((d) => d.documents.push({ ...d.documents[0] }))).toEqual([{ file: FILE, problem: "document code 'site-plan' appears twice" }]);
    expect(after((d) => (d.agency = { level: 'central' }))).toEqual([{ file: FILE, problem: 'a central agency needs a code (agencies.json) to route applications' }]);
  });

  it('takes renewalReminderDays of 1–365 for a licence that ends, and refuses it otherwise', () => {
    expect(after((d) => (d.renewalReminderDays = 30))).toEqual([]);
    expect(after((d) => (d.renewalReminderDays = 365))).toEqual([]);
    for (const bad of [0, 366, 1.5]) expect(after((d) => (d.renewalReminderDays = bad)).map((p) => p.problem).join()).toMatch(/renewalReminderDays/);
    expect(after((d) => ((d.renewalReminderDays = 30), (d.validity = null)))).toEqual([
      { file: FILE, problem: 'renewalReminderDays 30 needs a validity in years or months: a licence that never ends is never renewed' },
    ]);
  });

  it('applies the rules only to a sound machine, so a broken graph is reported alone', () => {
    const problems = after((d) => {
      d.processingDays = 99;
      d.machine.states.limbo = { meta: { status: 'checking', actor: 'officer', slaDays: 1, label: { th: 'ข', en: 'b' } } };
      d.machine.states.checking.on!.FORWARD = { guard: { type: 'isResponsibleOffice', params: { role: 'officer' } }, target: 'limbo' };
    });
    expect(problems).toEqual([{ file: FILE, state: 'limbo', problem: 'dead end: no final state can be reached from here' }]);
  });

  it('refuses a machine where a cancellation request can reach an inspection, a fee or issuance', () => {
    // The written-out food premises permit sends a cancellation from the check straight to the decision.
    expect(after(() => undefined)).toEqual([]);
    const accept = (d: WorkflowDefinition) => d.machine.states.checking.on!.ACCEPT as { target: string }[];
    // Without its cancellation branch, ACCEPT takes every request to the site inspection.
    expect(after((d) => (d.machine.states.checking.on!.ACCEPT = accept(d)[1]))).toEqual([
      { file: FILE, state: 'inspection', problem: 'a cancellation request can reach this state (status inspection): a cancellation skips inspection and fee; guard the way here with isKind' },
    ]);
    // A cancellation branch listed after the general one is never taken: the general one shadows it.
    expect(after((d) => (d.machine.states.checking.on!.ACCEPT = [accept(d)[1], accept(d)[0]])).map((p) => p.state)).toEqual(['inspection']);
    // With the general approval first, a cancellation would be charged and issued, and never end as a withdrawal.
    expect(after((d) => (d.machine.states.consideration.on!.APPROVE as unknown[]).reverse())).toEqual([
      { file: FILE, state: 'consideration', problem: 'APPROVE runs requestPayment for a cancellation request: a cancellation is not charged and issues nothing; guard it with isKind' },
      { file: FILE, state: 'awaiting_payment', problem: 'a cancellation request can reach this state (status awaiting_payment): a cancellation skips inspection and fee; guard the way here with isKind' },
      { file: FILE, state: 'awaiting_payment', problem: 'PAYMENT_SUCCEEDED runs issueLicence for a cancellation request: a cancellation is not charged and issues nothing; guard it with isKind' },
      { file: FILE, problem: "kinds offer 'cancel', but a cancellation request reaches no final state with status completed (the licence withdrawn)" },
    ]);
    // Without 'cancel' among the kinds there is nothing to check.
    expect(after((d) => {
      d.kinds = ['new', 'renew', 'amend'];
      d.machine.states.checking.on!.ACCEPT = accept(d)[1];
    }).filter((p) => p.problem.includes('cancellation'))).toEqual([]);
  });

  it('is what compile() applies: a definition the rules refuse does not compile', () => {
    const d = food();
    d.processingDays = 31;
    expect(() => compile(d, FILE)).toThrow(DefinitionInvalidError);
    expect(() => compile(d, FILE)).toThrow(/food-premises-permit\.json: the office steps' slaDays add up to 30, not to processingDays 31/);
  });
});

describe('templateDriftProblems()', () => {
  it('finds a written-out machine that is no longer what its recorded template builds', () => {
    const d = food();
    expect(templateDriftProblems(d, FILE)).toEqual([]);
    d.machine.states.checking.meta.label.en = 'Checked by hand';
    expect(templateDriftProblems(d, FILE)).toEqual([
      { file: FILE, problem: "the machine is not what template 'licence' builds with the recorded params (regenerate it with tools/import-catalogue.cjs)" },
    ]);
    // Editing an expanded machine is how officials draft a new version: validation itself does not compare.
    expect(validateDefinition(d, FILE)).toEqual([]);
  });

  it('has nothing to compare without a recorded template', () => {
    const d = food();
    delete d.template;
    d.machine = { ...licenceShape({ fee: 'licence', inspection: false, planApproval: false, slaDays: {} }), id: d.slug };
    expect(templateDriftProblems(d, FILE)).toEqual([]);
  });
});
