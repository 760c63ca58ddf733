import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDefinition, compile, SYSTEM_ACTOR, type Actor, type WorkflowContext, type WorkflowDefinition } from '.';

const LICENCES = join(__dirname, '../../../workflows/licences');
const FILE = 'factory-class2-public-hearing.json';
/** The class-2 factory hearing letter as its file has it: `machine: {template, params}` with `hearing: {days: 15}`. */
const raw = () => JSON.parse(readFileSync(join(LICENCES, FILE), 'utf8')) as { machine: { template: string; params: Record<string, unknown> } } & Record<string, unknown>;
const withHearing = (hearing: unknown, extra: Record<string, unknown> = {}) => {
  const d = raw();
  d.machine.params = { ...d.machine.params, hearing, ...extra };
  return checkDefinition(d, FILE);
};

describe('the licence template’s public hearing (param hearing: {days})', () => {
  it('accepts 7 to 90 whole days and builds the four hearing steps after the intake check', () => {
    for (const days of [7, 15, 90]) expect(withHearing({ days }).problems).toEqual([]);
    const { definition } = withHearing({ days: 15 });
    const states = (definition as WorkflowDefinition).machine.states;
    expect(states.checking.on!.ACCEPT).toMatchObject({ target: 'hearing_notice' });
    expect(states.hearing_notice.on!.OPEN_HEARING).toMatchObject({ target: 'hearing_open' });
    expect(states.hearing_open.meta.actor).toBe('public');
    expect(states.hearing_open.on!.HEARING_CLOSED).toMatchObject({ target: 'hearing_answers', guard: { type: 'hasRole', params: { role: 'system' } } });
    expect(states.hearing_answers.meta.actor).toBe('applicant');
    expect(states.hearing_answers.on!.ANSWERS_SUBMITTED).toMatchObject({ target: 'hearing_summary' });
    expect(states.hearing_summary.on!.SUMMARISE_HEARING).toMatchObject({ target: 'consideration' });
    expect(states.plan_review).toBeUndefined();
  });

  it('refuses a length outside 7–90 days, a fraction, a string, extra keys or a missing days, with the problem named', () => {
    expect(withHearing({ days: 6 }).problems).toEqual([{ file: FILE, problem: "template 'licence': machine.params.hearing.days must be >= 7" }]);
    expect(withHearing({ days: 91 }).problems).toEqual([{ file: FILE, problem: "template 'licence': machine.params.hearing.days must be <= 90" }]);
    expect(withHearing({ days: 10.5 }).problems).toEqual([{ file: FILE, problem: "template 'licence': machine.params.hearing.days must be integer" }]);
    expect(withHearing({ days: '15' }).problems).toEqual([{ file: FILE, problem: "template 'licence': machine.params.hearing.days must be integer" }]);
    expect(withHearing({}).problems).toEqual([{ file: FILE, problem: "template 'licence': machine.params.hearing.days is required" }]);
    expect(withHearing({ days: 15, weeks: 2 }).problems).toHaveLength(1);
  });

  it('refuses a hearing together with the plan review, which would hold the hearing twice', () => {
    const slaDays = { receive: 1, check: 2, planReview: 0, hearingNotice: 7, hearingSummary: 7, decision: 15, issue: 0 };
    expect(withHearing({ days: 15 }, { planApproval: true, slaDays }).problems).toEqual([
      {
        file: FILE,
        problem: `template 'licence': hearing and planApproval together would hold the public hearing twice (the plan review is "plan review and public hearing"): set planApproval false`,
      },
    ]);
  });

  it('counts the office’s notice and summary towards processingDays, not the comment period', () => {
    const d = raw();
    d.machine.params = { ...d.machine.params, slaDays: { receive: 1, check: 2, hearingNotice: 8, hearingSummary: 7, decision: 15, issue: 0 } };
    expect(checkDefinition(d, FILE).problems).toEqual([{ file: FILE, problem: "the office steps' slaDays add up to 33, not to processingDays 32" }]);
  });

  it('lets only the office open and summarise, only the system close, and only the applicant submit the answers', () => {
    const def = withHearing({ days: 15 }).definition as WorkflowDefinition;
    const workflow = compile(def);
    const officer: Actor = { id: 'user-officer-kt', roles: ['officer'], agencyId: 'bma-khlong-toei' };
    const applicant: Actor = { id: 'user-somchai', roles: ['applicant'], agencyId: null };
    const context: WorkflowContext = { applicantId: applicant.id, agencyId: 'bma-khlong-toei', formComplete: true, documentsComplete: true, informationAnswered: true, kind: 'new', deliveryMethod: 'e-licence' };
    const at = (value: string) => ({ value, status: 'active' as const });
    const notice = { notice: 'ประกาศรับฟังความคิดเห็นของประชาชนเรื่องโรงงาน', publishedDocumentIds: [] };
    expect(workflow.transition(at('hearing_notice'), { type: 'OPEN_HEARING', actor: applicant, data: notice }, context)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(workflow.transition(at('hearing_notice'), { type: 'OPEN_HEARING', actor: officer, data: { notice: 'สั้นไป', publishedDocumentIds: [] } }, context)).toMatchObject({ ok: false, reason: 'invalid-event' });
    expect(workflow.transition(at('hearing_notice'), { type: 'OPEN_HEARING', actor: officer, data: notice }, context)).toMatchObject({ ok: true, state: { value: 'hearing_open' } });
    expect(workflow.transition(at('hearing_open'), { type: 'HEARING_CLOSED', actor: officer }, context)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(workflow.transition(at('hearing_open'), { type: 'HEARING_CLOSED', actor: SYSTEM_ACTOR }, context)).toMatchObject({ ok: true, state: { value: 'hearing_answers' } });
    expect(workflow.transition(at('hearing_answers'), { type: 'ANSWERS_SUBMITTED', actor: applicant }, context)).toMatchObject({ ok: true, state: { value: 'hearing_summary' } });
    const summary = { summary: 'ประชาชนกังวลเรื่องเสียงและกลิ่นจากโรงงาน', points: ['เสียง'] };
    expect(workflow.transition(at('hearing_summary'), { type: 'SUMMARISE_HEARING', actor: officer, data: { ...summary, points: [] } }, context)).toMatchObject({ ok: false, reason: 'invalid-event' });
    expect(workflow.transition(at('hearing_summary'), { type: 'SUMMARISE_HEARING', actor: officer, data: { ...summary, points: ['\u200B'] } }, context)).toMatchObject({ ok: false, reason: 'invalid-event' });
    expect(workflow.transition(at('hearing_summary'), { type: 'SUMMARISE_HEARING', actor: officer, data: summary }, context)).toMatchObject({ ok: true, state: { value: 'consideration' } });
  });
});
