import { compile, licenceShape, type WorkflowDefinition } from '@bizportal/engine';
import { simulateWorkflow } from './workflow-simulation';

const workflow = compile({
  slug: 'kiosk-permit',
  name: { th: 'ใบอนุญาตตั้งแผง', en: 'Kiosk permit' },
  agency: { level: 'local' },
  legalBasis: null,
  processingDays: 5,
  validity: null,
  fees: [],
  form: { type: 'object' },
  documents: [],
  machine: { ...licenceShape({ fee: null, inspection: false, planApproval: false, slaDays: { receive: 1, check: 1, decision: 2, issue: 1 } }, ['new', 'cancel']), id: 'kiosk-permit' },
} satisfies WorkflowDefinition);

describe('simulateWorkflow()', () => {
  it('acts as the simulated applicant and office unless told otherwise', () => {
    const result = simulateWorkflow(workflow, {
      events: [
        { type: 'SUBMIT', as: { roles: ['applicant'] } },
        { type: 'RECEIVE', as: { roles: ['officer'] } },
        { type: 'ACCEPT', as: { roles: ['officer'] } },
        { type: 'APPROVE', as: { roles: ['approver'] } },
        { type: 'LICENCE_ISSUED', as: { roles: ['system'] }, data: { licenceNumber: 'TEST/2569/000001', pdfSha256: '0000000000000000000000000000000000000000000000000000000000000000' } },
      ],
    });
    expect(result.steps.map((s) => [s.to, s.ok])).toEqual([
      ['submitted', true],
      ['checking', true],
      ['consideration', true],
      ['issuing', true],
      ['completed', true],
    ]);
    expect(result.steps[3].effects.map((e) => e.type)).toEqual(['issue-licence', 'notify']);
    expect(result.steps.map((s) => s.as.id)).toEqual(['simulated-applicant', 'simulated-officer', 'simulated-officer', 'simulated-approver', 'simulated-system']);
    // An issued licence stays open for its life after issuance (suspension, revocation, expiry).
    expect(result.final).toMatchObject({ state: 'completed', status: 'completed', done: false });
  });

  it('uses the given ids: another applicant, another office, an application with no office', () => {
    const other = simulateWorkflow(workflow, {
      events: [
        { type: 'SUBMIT', as: { roles: ['applicant'], id: 'somebody' } },
        { type: 'SUBMIT', as: { roles: ['applicant'], id: 'owner' } },
        { type: 'RECEIVE', as: { roles: ['officer'], agencyId: 'office-b' } },
        { type: 'RECEIVE', as: { roles: ['officer'], agencyId: 'office-a' } },
      ],
      context: { applicantId: 'owner', agencyId: 'office-a' },
    });
    expect(other.steps.map((s) => s.refusal?.reason ?? 'ok')).toEqual(['forbidden', 'ok', 'forbidden', 'ok']);

    const unrouted = simulateWorkflow(workflow, {
      events: [{ type: 'SUBMIT', as: { roles: ['applicant'] } }, { type: 'RECEIVE', as: { roles: ['officer'] } }],
      context: { agencyId: null },
    });
    expect(unrouted.steps[1]).toMatchObject({ ok: false, as: { agencyId: null }, refusal: { reason: 'forbidden', httpStatus: 403 } });
  });

  it('reports kinds: a cancellation request ends at approval without a licence', () => {
    const result = simulateWorkflow(workflow, {
      events: ['SUBMIT', 'RECEIVE', 'ACCEPT', 'APPROVE'].map((type, i) => ({ type, as: { roles: [i === 0 ? 'applicant' : i < 3 ? 'officer' : 'approver'] } })),
      context: { kind: 'cancel' },
    });
    expect(result.final).toMatchObject({ state: 'withdrawn', status: 'completed', done: true });
    expect(result.steps[3].effects.map((e) => e.type)).toEqual(['notify']);
  });
});
