import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, DefinitionInvalidError, validateDefinition } from '.';
import type { Actor, WorkflowContext, WorkflowDefinition } from '.';

const food = (): WorkflowDefinition =>
  JSON.parse(readFileSync(join(__dirname, '../../../workflows/licences/food-premises-permit.json'), 'utf8'));

const applicant: Actor = { id: 'u-applicant', roles: ['applicant'], agencyId: null };
const officer: Actor = { id: 'u-officer', roles: ['officer'], agencyId: 'office-a' };
const otherOfficer: Actor = { id: 'u-officer-b', roles: ['officer'], agencyId: 'office-b' };
const approver: Actor = { id: 'u-approver', roles: ['approver'], agencyId: 'office-a' };
const system: Actor = { id: 'system', roles: ['system'], agencyId: null };
const context: WorkflowContext = { applicantId: 'u-applicant', agencyId: 'office-a', formComplete: true, documentsComplete: true, informationAnswered: true, kind: 'new', deliveryMethod: 'e-licence' };

describe('compile()', () => {
  it('compiles the food premises permit', () => {
    const wf = compile(food(), 'food-premises-permit.json');
    expect(wf.slug).toBe('food-premises-permit');
    expect(wf.initial(context).state).toEqual({ value: 'draft', status: 'active' });
  });

  const mutate = (change: (d: WorkflowDefinition) => void) => {
    const d = food();
    change(d);
    return validateDefinition(d, 'food-premises-permit.json');
  };

  it('names the file, the state and the problem for an unknown guard', () => {
    const problems = mutate((d) => {
      (d.machine.states.submitted.on!.RECEIVE as { guard: { type: string } }).guard = { type: 'hasRol' };
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'food-premises-permit.json', state: 'submitted', problem: expect.stringContaining("unknown guard 'hasRol'") }),
    ]);
  });

  it('does not mistake Object.prototype members for registered guards, actions or events', () => {
    expect(mutate((d) => ((d.machine.states.submitted.on!.RECEIVE as { guard: { type: string } }).guard = { type: 'constructor' }))[0].problem).toMatch(
      /unknown guard 'constructor'/,
    );
    expect(mutate((d) => (d.machine.states.draft.on!.SUBMIT = { target: 'submitted', actions: [{ type: 'toString' }] }))[0].problem).toMatch(/unknown action 'toString'/);
    expect(mutate((d) => Object.assign(d.machine.states.draft.on!, JSON.parse('{"hasOwnProperty": "submitted"}')))[0].problem).toMatch(/unknown event 'hasOwnProperty'/);
  });

  it('rejects an unknown action and bad action params', () => {
    expect(mutate((d) => d.machine.states.draft.on!.SUBMIT = { target: 'submitted', actions: [{ type: 'sendFax' }] })).toEqual([
      expect.objectContaining({ state: 'draft', problem: expect.stringContaining("unknown action 'sendFax'") }),
    ]);
    expect(mutate((d) => d.machine.states.consideration.on!.APPROVE = { target: 'awaiting_payment', actions: [{ type: 'requestPayment', params: { fee: 'nope' } }] })).toEqual([
      expect.objectContaining({ state: 'consideration', problem: expect.stringContaining("fee 'nope'") }),
    ]);
  });

  it('rejects an unknown event word and a missing target', () => {
    expect(mutate((d) => ((d.machine.states.draft.on as Record<string, unknown>).SEND = 'submitted'))).toEqual([
      expect.objectContaining({ state: 'draft', problem: expect.stringContaining("unknown event 'SEND'") }),
    ]);
    expect(mutate((d) => (d.machine.states.draft.on!.SUBMIT = 'nowhere'))).toEqual([
      expect.objectContaining({ state: 'draft', problem: "SUBMIT goes to 'nowhere', which is not a state" }),
    ]);
  });

  it('finds unreachable states and dead ends', () => {
    const problems = mutate((d) => {
      d.machine.states.orphan = { meta: { status: 'checking', actor: 'officer', slaDays: 1, label: { th: 'ก', en: 'a' } }, on: { ACCEPT: 'completed' } };
      d.machine.states.limbo = { meta: { status: 'checking', actor: 'officer', slaDays: 1, label: { th: 'ข', en: 'b' } } };
      d.machine.states.checking.on!.FORWARD = 'limbo';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ state: 'orphan', problem: expect.stringContaining('unreachable') }),
        expect.objectContaining({ state: 'limbo', problem: expect.stringContaining('dead end') }),
      ]),
    );
  });

  it('requires an issuance path for a licence', () => {
    const problems = mutate((d) => {
      d.machine.states.awaiting_payment.on!.PAYMENT_SUCCEEDED = { target: 'issuing' };
    });
    expect(problems).toEqual([expect.objectContaining({ problem: expect.stringContaining('no issuance path') })]);
  });

  it('requires a completed state reachable from the start', () => {
    const problems = mutate((d) => {
      d.machine.states.issuing.on!.LICENCE_ISSUED = 'cancelled';
      // The cancellation branch of APPROVE reaches completed too; take it away.
      (d.machine.states.consideration.on!.APPROVE as unknown[]).shift();
    });
    expect(problems.map((p) => p.problem)).toEqual(
      expect.arrayContaining([expect.stringContaining("no state with status 'completed' is reachable")]),
    );
  });

  it('rejects a form that is not a JSON Schema, with the schema path of a bad field', () => {
    expect(mutate((d) => (d.form = { type: 'nonsense' }))[0].problem).toMatch(/form is not a valid JSON Schema/);
    expect(mutate((d) => ((d as unknown as Record<string, unknown>).processingDays = 'thirty'))[0].problem).toMatch(/^processingDays /);
  });

  it('throws DefinitionInvalidError with every problem in the message', () => {
    const d = food();
    d.machine.initial = 'start';
    expect(() => compile(d, 'x.json')).toThrow(DefinitionInvalidError);
    expect(() => compile(d, 'x.json')).toThrow(/x\.json: initial state 'start' does not exist/);
  });
});

describe('transitions of the food premises permit', () => {
  const wf = compile(food());
  const at = (value: string) => ({ value, status: 'active' as const });

  it('walks from draft to awaiting payment with effects', () => {
    let state = wf.initial(context).state;
    const step = (type: string, actor: Actor, extra: { comment?: string; data?: Record<string, unknown> } = {}) => {
      const outcome = wf.transition(state, { type, actor, ...extra }, context);
      if (!outcome.ok) throw new Error(`${type}: ${JSON.stringify(outcome)}`);
      state = outcome.state;
      return outcome;
    };
    expect(step('SUBMIT', applicant).effects.map((e) => e.type)).toEqual(['notify', 'notify']);
    step('RECEIVE', officer);
    step('ACCEPT', officer);
    expect(step('SCHEDULE_INSPECTION', officer, { data: { date: '2026-12-01', window: { from: '09:00', to: '12:00' }, inspectorId: 'u-officer' } }).changedState).toBe(false);
    step('RECORD_INSPECTION', officer, { data: { result: 'pass', findings: [{ item: 'ความสะอาด', ok: true }], notes: 'สะอาด' } });
    const approved = step('APPROVE', approver, { data: { feeAmountSatang: 250000, feeReason: 'พื้นที่ 250 ตร.ม.' } });
    expect(approved.meta.status).toBe('awaiting_payment');
    expect(approved.effects).toEqual([
      { type: 'request-payment', params: { fee: 'licence' } },
      { type: 'notify', params: { to: 'applicant', template: 'approved-awaiting-payment' } },
    ]);
    expect(step('PAYMENT_SUCCEEDED', system, { data: { paymentId: 'p-1', method: 'promptpay', amountSatang: 200000 } }).effects[0].type).toBe('issue-licence');
    // In force, not final: the licence's life after issuance continues in the same workflow.
    expect(step('LICENCE_ISSUED', system, { data: { licenceNumber: 'TEST/2569/000001', pdfSha256: '0000000000000000000000000000000000000000000000000000000000000000' } }).state).toEqual({ value: 'completed', status: 'active' });
  });

  it('branches on the inspection result', () => {
    const fail = wf.transition(at('inspection'), { type: 'RECORD_INSPECTION', actor: officer, data: { result: 'fail', findings: [{ item: 'ท่อน้ำทิ้ง', ok: false, note: 'ไม่มีตะแกรงดักไขมัน' }] } }, context);
    expect(fail.ok && fail.state.value).toBe('corrections');
  });

  it('answers not-accepted with the events the state accepts', () => {
    expect(wf.transition(at('draft'), { type: 'APPROVE', actor: approver }, context)).toEqual({
      ok: false,
      reason: 'not-accepted',
      state: 'draft',
      accepted: ['SUBMIT', 'CANCEL', 'CHOOSE_DELIVERY', 'CLOSE'],
    });
  });

  it('forbids the wrong role and another office', () => {
    expect(wf.transition(at('consideration'), { type: 'APPROVE', actor: officer }, context)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(wf.transition(at('submitted'), { type: 'RECEIVE', actor: otherOfficer }, context)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(wf.transition(at('draft'), { type: 'SUBMIT', actor: { ...applicant, id: 'someone-else' } }, context)).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  it('refuses to submit an incomplete form as a failed condition', () => {
    const outcome = wf.transition(at('draft'), { type: 'SUBMIT', actor: applicant }, { ...context, formComplete: false });
    expect(outcome).toMatchObject({ ok: false, reason: 'condition-failed', failures: [{ guard: 'formComplete', kind: 'context' }] });
  });

  it('validates event comments and data against the vocabulary', () => {
    expect(wf.transition(at('consideration'), { type: 'REJECT', actor: approver }, context)).toMatchObject({
      ok: false,
      reason: 'invalid-event',
      problems: [{ field: 'comment' }],
    });
    expect(wf.transition(at('inspection'), { type: 'RECORD_INSPECTION', actor: officer, data: { result: 'maybe', findings: [{ item: 'x', ok: true }] } }, context)).toMatchObject({
      ok: false,
      reason: 'invalid-event',
      problems: [{ field: 'data.result', problem: 'must be one of "pass", "fail"' }],
    });
  });

  it('lists available events per actor', () => {
    expect(wf.availableEvents(at('draft'), applicant, context)).toEqual(['SUBMIT', 'CANCEL', 'CHOOSE_DELIVERY']);
    expect(wf.availableEvents(at('draft'), officer, context)).toEqual([]);
    expect(wf.availableEvents(at('consideration'), approver, context)).toEqual(['APPROVE', 'REJECT']);
    expect(wf.availableEvents(at('consideration'), otherOfficer, context)).toEqual([]);
    // In force: the applicant may still ask for a printed copy by post; the office acts on the licence.
    expect(wf.availableEvents(at('completed'), applicant, context)).toEqual(['CHOOSE_DELIVERY']);
    expect(wf.availableEvents(at('completed'), approver, context)).toEqual(['SUSPEND', 'REVOKE']);
    expect(wf.availableEvents(at('revoked'), approver, context)).toEqual([]);
  });
});
