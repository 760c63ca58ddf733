import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDefinition, compile, licenceShape, SYSTEM_ACTOR, type Actor, type PersistedWorkflowState, type WorkflowContext, type WorkflowDefinition } from '.';

const LICENCES = join(__dirname, '../../../workflows/licences');
const FILE = 'health-hazard-permit-service.json';
const raw = () => JSON.parse(readFileSync(join(LICENCES, FILE), 'utf8'));
/** The file's machine is `{template, params}`; this swaps the params and keeps everything else. */
const withParams = (change: (params: Record<string, unknown>) => void) => {
  const d = raw();
  change(d.machine.params);
  return d;
};

const context: WorkflowContext = { applicantId: 'u-applicant', agencyId: 'office-a', formComplete: true, documentsComplete: true, informationAnswered: true, kind: 'new', deliveryMethod: 'e-licence' };
const approver: Actor = { id: 'u-approver', roles: ['approver'], agencyId: 'office-a' };
const signer: Actor = { id: 'u-signer', roles: ['signer'], agencyId: 'office-a' };
const otherSigner: Actor = { id: 'u-signer-b', roles: ['signer'], agencyId: 'office-b' };
const at = (value: string): PersistedWorkflowState => ({ value, status: 'active' });
const paid = { type: 'PAYMENT_SUCCEEDED', actor: SYSTEM_ACTOR, data: { paymentId: 'p1', method: 'counter', amountSatang: 100000 } };

describe("the signer's approval of the e-licence (template param signerApproval)", () => {
  it('the licence file that turns it on is valid, and its signer step counts towards processingDays', () => {
    const { definition, problems } = checkDefinition(raw(), FILE);
    expect(problems).toEqual([]);
    const state = (definition as WorkflowDefinition).machine.states.awaiting_signature;
    expect(state.meta).toEqual({
      status: 'issuing',
      actor: 'signer',
      slaDays: 1,
      label: { th: 'รอผู้มีอำนาจลงนามอนุมัติใบอนุญาต', en: 'Waiting for the authorised signer to approve the licence' },
    });
  });

  it('after payment, waits for a signer of the responsible office; only APPROVE_SIGNATURE from her issues the licence', () => {
    const workflow = compile(raw(), FILE);
    const afterPayment = workflow.transition(at('awaiting_payment'), paid, context);
    expect(afterPayment).toMatchObject({ ok: true, state: { value: 'awaiting_signature' } });
    expect(afterPayment.ok && afterPayment.effects.map((e) => e.type)).toEqual(['notify']);

    const approve = (actor: Actor, comment?: string) => workflow.transition(at('awaiting_signature'), { type: 'APPROVE_SIGNATURE', actor, comment }, context);
    expect(approve(approver)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(approve(otherSigner)).toMatchObject({ ok: false, reason: 'forbidden' });
    const signed = approve(signer, 'ตรวจแล้ว ถูกต้อง');
    expect(signed).toMatchObject({ ok: true, state: { value: 'issuing' }, meta: { status: 'issuing', actor: 'system' } });
    expect(signed.ok && signed.effects.map((e) => e.type)).toEqual(['issue-licence']);
    expect(workflow.availableEvents(at('awaiting_signature'), signer, context)).toEqual(expect.arrayContaining(['APPROVE_SIGNATURE']));
    // The signer's approval is not the approver's: APPROVE is not accepted while waiting for the signer.
    expect(workflow.transition(at('awaiting_signature'), { type: 'APPROVE', actor: approver }, context)).toMatchObject({ ok: false, reason: 'not-accepted' });
  });

  it('without a fee, the approver’s APPROVE leads to the signer instead of issuing at once', () => {
    const machine = licenceShape({ fee: null, inspection: false, planApproval: false, signerApproval: true, slaDays: {} });
    expect(machine.states.consideration.on!.APPROVE).toEqual({
      guard: { type: 'isResponsibleOffice', params: { role: 'approver' } },
      target: 'awaiting_signature',
      actions: [{ type: 'notify', params: { to: 'applicant', template: 'application-approved' } }],
    });
    expect(machine.states.awaiting_payment).toBeUndefined();
    expect(machine.states.awaiting_signature.on!.APPROVE_SIGNATURE).toEqual({
      guard: { type: 'isResponsibleOffice', params: { role: 'signer' } },
      target: 'issuing',
      actions: [{ type: 'issueLicence' }],
    });
  });

  it('without the param (or false), the shape is exactly as before: payment issues at once, no signer state', () => {
    const params = { fee: 'licence', inspection: false, planApproval: false, slaDays: {} };
    const plain = licenceShape(params);
    expect(licenceShape({ ...params, signerApproval: false })).toEqual(plain);
    expect(plain.states.awaiting_signature).toBeUndefined();
    expect(plain.states.awaiting_payment.on!.PAYMENT_SUCCEEDED).toMatchObject({ target: 'issuing', actions: [{ type: 'issueLicence' }, expect.anything()] });
    expect(JSON.stringify(plain)).not.toContain('APPROVE_SIGNATURE');
  });

  it('validation: the signer step needs its slaDays, which count towards processingDays; slaDays.signature needs the param', () => {
    const missing = withParams((p) => delete (p.slaDays as Record<string, unknown>).signature);
    expect(checkDefinition(missing, FILE).problems).toEqual([
      { file: FILE, state: 'awaiting_signature', problem: 'an office step without slaDays although processingDays is 30' },
      { file: FILE, problem: "the office steps' slaDays add up to 29, not to processingDays 30" },
    ]);
    const tooMany = withParams((p) => ((p.slaDays as Record<string, number>).signature = 2));
    expect(checkDefinition(tooMany, FILE).problems).toEqual([{ file: FILE, problem: "the office steps' slaDays add up to 31, not to processingDays 30" }]);
    const withoutParam = withParams((p) => delete p.signerApproval);
    expect(checkDefinition(withoutParam, FILE).problems).toEqual([
      { file: FILE, problem: "template 'licence': slaDays.signature is not a step of this shape (steps: receive, check, decision, issue)" },
      { file: FILE, problem: "the office steps' slaDays add up to 29, not to processingDays 30" },
    ]);
    const notBoolean = withParams((p) => (p.signerApproval = 'yes'));
    expect(checkDefinition(notBoolean, FILE).problems).toEqual([{ file: FILE, problem: "template 'licence': machine.params.signerApproval must be boolean" }]);
  });
});
