import { getShortestPaths } from 'xstate/graph';
import {
  EVENT_VOCABULARY,
  GUARDS,
  type Actor,
  type ApplicationKind,
  type CompiledWorkflow,
  type GuardRef,
  type Role,
  type WorkflowContext,
  type WorkflowEvent,
} from '@bizportal/engine';

/** Symbolic actors of a model path; the suite maps them to real demo users of the routed office. */
export type ModelActor = 'applicant' | 'officer' | 'approver' | 'signer' | 'system';

export const MODEL_OFFICE = 'office';
const actors: Record<ModelActor, Actor> = {
  applicant: { id: 'applicant', roles: ['applicant'], agencyId: null },
  officer: { id: 'officer', roles: ['officer'], agencyId: MODEL_OFFICE },
  approver: { id: 'approver', roles: ['approver'], agencyId: MODEL_OFFICE },
  signer: { id: 'signer', roles: ['signer'], agencyId: MODEL_OFFICE },
  system: { id: 'system', roles: ['system'], agencyId: null },
};

export interface ModelStep {
  type: string;
  as: ModelActor;
  comment?: string;
  data?: Record<string, unknown>;
}

export interface ModelPath {
  kind: ApplicationKind;
  target: string;
  steps: ModelStep[];
}

function leaves(guard: GuardRef | undefined): GuardRef[] {
  if (!guard) return [];
  if (guard.type === 'allOf') return ((guard.params?.guards ?? []) as GuardRef[]).flatMap(leaves);
  return [guard];
}

/** The sender a transition's actor guards ask for. */
function senderOf(guard: GuardRef | undefined): ModelActor {
  for (const g of leaves(guard)) {
    if (g.type === 'isApplicant') return 'applicant';
    if ((g.type === 'isResponsibleOffice' || g.type === 'hasRole') && GUARDS[g.type].kind === 'actor') {
      const role = g.params?.role as Role;
      if (role === 'officer' || role === 'approver' || role === 'signer' || role === 'system') return role;
    }
  }
  return 'applicant';
}

/** Data and comment that satisfy the vocabulary and the transition's event guards. */
function payloadOf(type: string, guard: GuardRef | undefined, feeRange?: { minSatang: number }): Pick<ModelStep, 'comment' | 'data'> {
  const data: Record<string, unknown> = {};
  // A step raising a fee the catalogue gives only as a range: the office sets it (the lowest amount, here).
  if (feeRange) Object.assign(data, { feeAmountSatang: feeRange.minSatang, feeReason: 'อัตราต่ำสุด (model test)' });
  if (type === 'SCHEDULE_INSPECTION') Object.assign(data, { date: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), window: { from: '09:00', to: '12:00' }, inspectorId: 'model-inspector' });
  if (type === 'RECORD_INSPECTION') data.findings = [{ item: 'สุขาภิบาล / hygiene', ok: true }];
  if (type === 'PAYMENT_SUCCEEDED' || type === 'PAYMENT_FAILED') Object.assign(data, { paymentId: 'model-path', method: 'counter', amountSatang: 0 });
  if (type === 'LICENCE_ISSUED') Object.assign(data, { licenceNumber: 'MODEL/2569/000001', pdfSha256: '0'.repeat(64) });
  if (type === 'EXPIRE') data.validUntil = '2026-01-01T00:00:00.000Z';
  if (type === 'RENEW' || type === 'AMEND') Object.assign(data, { licenceNumber: 'MODEL/2569/000002', applicationId: 'model-successor' });
  if (type === 'CLOSE') data.licenceNumber = 'MODEL/2569/000001';
  if (type === 'CHOOSE_DELIVERY') data.method = 'e-licence';
  if (type === 'OPEN_HEARING') Object.assign(data, { notice: 'ประกาศรับฟังความคิดเห็นของประชาชน (model test) / public hearing notice', publishedDocumentIds: [] });
  if (type === 'SUMMARISE_HEARING') Object.assign(data, { summary: 'สรุปผลการรับฟังความคิดเห็น (model test) / hearing summary', points: ['ไม่มีความคิดเห็น / no comments'] });
  if (type === 'REQUEST_INFO') data.items = [{ kind: 'information', question: 'เวลาเปิดทำการของร้าน / Opening hours?' }];
  for (const g of leaves(guard)) if (g.type === 'dataEquals') data[String(g.params?.field)] = g.params?.value;
  return {
    ...(EVENT_VOCABULARY[type]?.commentRequired ? { comment: 'เหตุผลประกอบการพิจารณา (model test)' } : {}),
    ...(Object.keys(data).length > 0 ? { data } : {}),
  };
}

/** Every event the definition's transitions could take from a state, each with a sender its guards accept. */
function eventsFrom(workflow: CompiledWorkflow, state: string, context: WorkflowContext): (WorkflowEvent & { as: ModelActor })[] {
  const on = workflow.definition.machine.states[state]?.on ?? {};
  return Object.entries(on).flatMap(([type, entry]) => {
    const list = (Array.isArray(entry) ? entry : [entry]).map((t) => (typeof t === 'string' ? { target: t } : t));
    return list.map((t) => {
      const as = senderOf(t.guard);
      // The branch XState takes depends on the request's kind: the engine says whether it raises a range fee.
      const range = workflow.feeRangeOf({ value: state, status: 'active' }, type, actors[as], context)?.range;
      return { type, as, actor: actors[as], ...payloadOf(type, t.guard, range) };
    });
  });
}

/** Shortest paths (xstate/graph) from the initial state to every state a request of `kind` can reach, guards evaluated. */
function shortestPaths(workflow: CompiledWorkflow, kind: ApplicationKind) {
  const input: WorkflowContext = { applicantId: 'applicant', agencyId: MODEL_OFFICE, formComplete: true, documentsComplete: true, informationAnswered: true, kind, deliveryMethod: 'e-licence' };
  return getShortestPaths(workflow.machine, {
    input,
    events: (snapshot) => eventsFrom(workflow, String(snapshot.value), snapshot.context as WorkflowContext),
    serializeEvent: (event) => JSON.stringify(event),
  });
}

/** Every state a request of `kind` can reach from the start, each with the events of its shortest path. */
export function reachableStates(workflow: CompiledWorkflow, kind: ApplicationKind): { state: string; events: string[] }[] {
  return shortestPaths(workflow, kind).map((path) => ({
    state: String(path.state.value),
    events: path.steps.map((s) => (s.event as WorkflowEvent).type).filter((type) => !type.startsWith('xstate.')),
  }));
}

/**
 * Shortest paths (xstate/graph) from the initial state to every final state, per kind the licence
 * offers. Guards are evaluated by XState itself, so a path exists only if the right senders can take it.
 */
export function modelPaths(workflow: CompiledWorkflow): ModelPath[] {
  const paths: ModelPath[] = [];
  const finals = Object.entries(workflow.definition.machine.states).filter(([, s]) => s.type === 'final').map(([name]) => name);
  for (const kind of workflow.definition.kinds ?? ['new']) {
    const found = shortestPaths(workflow, kind);
    for (const path of found) {
      const target = String(path.state.value);
      if (!finals.includes(target)) continue;
      const steps = path.steps
        .map((s) => s.event as WorkflowEvent & { as?: ModelActor })
        .filter((e) => e.as !== undefined)
        .map(({ type, as, comment, data }) => ({ type, as: as!, ...(comment ? { comment } : {}), ...(data ? { data } : {}) }));
      paths.push({ kind, target, steps });
    }
  }
  return paths;
}
