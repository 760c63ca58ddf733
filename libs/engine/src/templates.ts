import type { ActionRef, ApplicationKind, GuardRef, MachineConfig, StateConfig, StateMeta, TransitionConfig } from './types';

/**
 * The shapes most licences share, written once. A licence file may name one with parameters
 * instead of spelling out its machine; the expanded machine is what runs and what the API shows.
 * New shapes need a release; new workflows built from them (or from full XState JSON) do not.
 */
export interface ShapeParams {
  /** Fee code charged online after the decision; null when the catalogue states no fee. */
  fee: string | null;
  inspection: boolean;
  /** A plan review or public hearing before the inspection (factories, hospitals). */
  planApproval: boolean;
  /**
   * The office's authorised signer approves the e-licence (APPROVE_SIGNATURE) after the fee is paid,
   * or after the decision when there is no fee, before it is numbered, signed and issued.
   */
  signerApproval?: boolean;
  /**
   * A public hearing after the intake check (factories' public-hearing result letters): the office publishes a notice
   * (OPEN_HEARING), anyone signed in comments for `days` calendar days (HEARING_CLOSED by the system's job at the end
   * of the Bangkok day), the applicant answers (ANSWERS_SUBMITTED) and the office summarises (SUMMARISE_HEARING).
   * A per-licence-type setting, 7 to 90 days.
   */
  hearing?: { days: number };
  slaDays: {
    receive?: number | null;
    check?: number | null;
    planReview?: number | null;
    /** The office's notice that opens the hearing; only with `hearing`. */
    hearingNotice?: number | null;
    /** The office's summary of the hearing; only with `hearing`. */
    hearingSummary?: number | null;
    inspection?: number | null;
    decision?: number | null;
    /** The signer's step; only with signerApproval. */
    signature?: number | null;
    issue?: number | null;
  };
}

const applicant: GuardRef = { type: 'isApplicant' };
const formComplete: GuardRef = { type: 'formComplete' };
const documentsComplete: GuardRef = { type: 'documentsComplete' };
const informationAnswered: GuardRef = { type: 'informationAnswered' };
const system: GuardRef = { type: 'hasRole', params: { role: 'system' } };
const office = (role: 'officer' | 'approver' | 'signer'): GuardRef => ({ type: 'isResponsibleOffice', params: { role } });
const allOf = (...guards: GuardRef[]): GuardRef => ({ type: 'allOf', params: { guards } });
const notify = (to: 'applicant' | 'office', template: string): ActionRef => ({ type: 'notify', params: { to, template } });
const meta = (status: StateMeta['status'], actor: StateMeta['actor'], slaDays: number | null | undefined, th: string, en: string): StateMeta => ({
  status,
  actor,
  slaDays: slaDays ?? null,
  label: { th, en },
});
const cancel: TransitionConfig = { guard: applicant, target: 'cancelled', actions: [notify('office', 'application-cancelled')] };
const reject = (role: 'officer' | 'approver'): TransitionConfig => ({
  guard: office(role),
  target: 'rejected',
  actions: [notify('applicant', 'application-rejected')],
});

const ENDINGS: Record<string, StateConfig> = {
  rejected: { type: 'final', meta: meta('rejected', null, null, 'ปฏิเสธคำขอ', 'Rejected') },
  cancelled: { type: 'final', meta: meta('cancelled', null, null, 'ผู้ประกอบการยกเลิกคำขอ', 'Cancelled by the applicant') },
};
const FINALS: Record<string, StateConfig> = {
  completed: { type: 'final', meta: meta('completed', null, null, 'ดำเนินการสำเร็จ', 'Completed') },
  ...ENDINGS,
};

const chooseDelivery: TransitionConfig = { guard: applicant, description: 'e-licence, pickup at the office, or post' };

/** The requests that concern an existing licence: a renewal, an amendment or a cancellation. */
const CONTINUING_KINDS: readonly ApplicationKind[] = ['renew', 'amend', 'cancel'];
const continuing = (kinds: readonly ApplicationKind[]) => kinds.filter((k) => CONTINUING_KINDS.includes(k));
const isCancellation: GuardRef = { type: 'isKind', params: { kinds: ['cancel'] } };

/** A cancellation request ends here: the licence it names ends with it, no fee is charged and nothing is issued. */
const withdrawnState = (): StateConfig => ({
  type: 'final',
  meta: meta('completed', null, null, 'ยกเลิกใบอนุญาตตามคำขอแล้ว', "Licence cancelled at the holder's request"),
});
const withdraw = (role: 'officer' | 'approver'): TransitionConfig => ({
  guard: allOf(office(role), isCancellation),
  target: 'withdrawn',
  description: 'ยกเลิกใบอนุญาตตามคำขอ ไม่มีค่าธรรมเนียมและไม่ออกใบอนุญาตใหม่ / A cancellation request ends here: no fee, no new licence',
  actions: [notify('applicant', 'licence-cancelled')],
});

/**
 * Revoking a licence closes the open requests that concern it (renewal, amendment, cancellation): the
 * system sends CLOSE with the revocation's reason from any state before issuance. A fee still open is
 * withdrawn (`cancelFee`), so it is not collected; one already paid is recorded in CLOSE's data for the office.
 */
const closedState = (): StateConfig => ({
  type: 'final',
  meta: meta('cancelled', null, null, 'ปิดคำขอแล้ว เนื่องจากใบอนุญาตที่อ้างถึงถูกเพิกถอน', 'Closed: the licence it concerns was revoked'),
});
function withClosing(states: Record<string, StateConfig>, kinds: readonly ApplicationKind[]): Record<string, StateConfig> {
  const concerned = continuing(kinds);
  if (concerned.length === 0) return states;
  for (const state of Object.values(states)) {
    if (state.type === 'final') continue;
    const cancelsFee = state.meta.status === 'awaiting_payment';
    state.on = {
      ...state.on,
      CLOSE: {
        guard: allOf(system, { type: 'isKind', params: { kinds: [...concerned] } }),
        target: 'closed',
        actions: [...(cancelsFee ? [{ type: 'cancelFee' }] : []), notify('applicant', 'request-closed-licence-revoked'), notify('office', 'request-closed-licence-revoked')],
      },
    };
  }
  return { ...states, closed: closedState() };
}

/**
 * An issued document's life, as states of the same workflow: in force (`completed`), suspended,
 * and its endings (revoked, expired, replaced by an amended licence). A renewal records itself here
 * without ending the licence: the renewal continues from the day this one expires.
 */
function licenceLife(issued: { th: string; en: string }): Record<string, StateConfig> {
  const revoke: TransitionConfig = { guard: office('approver'), target: 'revoked', actions: [notify('applicant', 'licence-revoked')] };
  const expire: TransitionConfig = { guard: system, target: 'expired', actions: [notify('applicant', 'licence-expired')] };
  return {
    completed: {
      meta: meta('completed', null, null, issued.th, issued.en),
      on: {
        SUSPEND: { guard: office('approver'), target: 'suspended', actions: [notify('applicant', 'licence-suspended')] },
        REVOKE: revoke,
        EXPIRE: expire,
        RENEW: { guard: system, actions: [notify('applicant', 'licence-renewed')] },
        AMEND: { guard: system, target: 'superseded', actions: [notify('applicant', 'licence-amended')] },
        CHOOSE_DELIVERY: chooseDelivery,
        RECORD_DELIVERY: {
          guard: allOf(office('officer'), { type: 'deliveryRecordFits' }),
          actions: [notify('applicant', 'licence-delivered')],
        },
      },
    },
    suspended: {
      meta: meta('suspended', null, null, 'ใบอนุญาตถูกพักใช้', 'Licence suspended'),
      on: {
        REINSTATE: { guard: office('approver'), target: 'completed', actions: [notify('applicant', 'licence-reinstated')] },
        REVOKE: revoke,
        EXPIRE: expire,
      },
    },
    revoked: { type: 'final', meta: meta('revoked', null, null, 'ใบอนุญาตถูกเพิกถอน', 'Licence revoked') },
    expired: { type: 'final', meta: meta('expired', null, null, 'ใบอนุญาตสิ้นอายุ', 'Licence expired') },
    superseded: { type: 'final', meta: meta('superseded', null, null, 'แทนที่ด้วยใบอนุญาตที่แก้ไขรายการแล้ว', 'Replaced by an amended licence') },
  };
}

/** The applicant may choose or change how to receive the document in any open state before it is issued. */
function withDeliveryChoice(states: Record<string, StateConfig>): Record<string, StateConfig> {
  for (const [name, state] of Object.entries(states)) {
    if (state.type === 'final' || name === 'issuing') continue;
    state.on = { ...state.on, CHOOSE_DELIVERY: chooseDelivery };
  }
  return states;
}

const APPROVED_AWAITING_FEE = { th: 'อนุมัติแล้ว รอชำระค่าธรรมเนียม', en: 'Approved, waiting for the fee' };

/** Waiting for the fee; paid, the shape issues its document, waits for the signer, or is complete (registrations). */
function awaitingPayment(label: { th: string; en: string }, whenPaid: 'issue' | 'signature' | 'complete'): StateConfig {
  const paid: TransitionConfig =
    whenPaid === 'issue'
      ? { guard: system, target: 'issuing', actions: [{ type: 'issueLicence' }, notify('applicant', 'payment-received')] }
      : whenPaid === 'signature'
        ? { guard: system, target: 'awaiting_signature', actions: [notify('applicant', 'payment-received')] }
        : { guard: system, target: 'completed', actions: [notify('applicant', 'registration-completed')] };
  return {
    meta: meta('awaiting_payment', 'applicant', null, label.th, label.en),
    on: { PAYMENT_SUCCEEDED: paid, PAYMENT_FAILED: { guard: system, actions: [notify('applicant', 'payment-failed')] } },
  };
}

/** The start every shape shares: a draft, submission, and the needs-documents loop back to the check. */
function intake(firstOfficeState: 'submitted' | 'checking', sla: ShapeParams['slaDays']): Record<string, StateConfig> {
  const submit: TransitionConfig = {
    guard: allOf(applicant, formComplete, documentsComplete),
    target: firstOfficeState,
    actions: [notify('applicant', 'application-submitted'), notify('office', 'new-application')],
  };
  const requestInfo: TransitionConfig = { guard: office('officer'), target: 'needs_documents', actions: [notify('applicant', 'documents-requested')] };
  const states: Record<string, StateConfig> = {
    draft: { meta: meta('draft', 'applicant', null, 'แบบร่างคำขอ', 'Draft'), on: { SUBMIT: submit, CANCEL: { guard: applicant, target: 'cancelled' } } },
    needs_documents: {
      meta: meta('needs_documents', 'applicant', null, 'รอผู้ประกอบการส่งเอกสารหรือข้อมูลเพิ่มเติม', "Waiting for the applicant's documents or information"),
      on: {
        RESUBMIT: { guard: allOf(applicant, formComplete, documentsComplete, informationAnswered), target: 'checking', actions: [notify('office', 'documents-resubmitted')] },
        REJECT: reject('approver'),
        CANCEL: cancel,
      },
    },
  };
  if (firstOfficeState === 'submitted') {
    states.submitted = {
      meta: meta('submitted', 'officer', sla.receive, 'ยื่นคำขอ รอเจ้าหน้าที่รับเรื่อง', 'Submitted, waiting for the office to receive it'),
      on: { RECEIVE: { guard: office('officer'), target: 'checking' }, REQUEST_INFO: requestInfo, CANCEL: cancel },
    };
  }
  states.checking = {
    meta: meta('checking', 'officer', sla.check, 'ตรวจสอบคำขอและเอกสารเบื้องต้น', 'Preliminary check of the application and documents'),
    on: { REQUEST_INFO: requestInfo, CANCEL: cancel },
  };
  return states;
}

/**
 * The public hearing's four steps (template param `hearing`): the office's notice, the comment period (waiting for the
 * public; the system closes it), the applicant's answers, the office's summary; then `next`.
 */
function hearingStates(sla: ShapeParams['slaDays'], next: string): Record<string, StateConfig> {
  return {
    hearing_notice: {
      meta: meta('under_consideration', 'officer', sla.hearingNotice, 'เตรียมประกาศรับฟังความคิดเห็นของประชาชน', 'Preparing the public hearing notice'),
      on: {
        OPEN_HEARING: { guard: office('officer'), target: 'hearing_open', actions: [notify('applicant', 'hearing-opened')] },
        REJECT: reject('approver'),
        CANCEL: cancel,
      },
    },
    hearing_open: {
      meta: meta('under_consideration', 'public', null, 'เปิดรับฟังความคิดเห็นของประชาชน', 'Public hearing open for comments'),
      on: {
        HEARING_CLOSED: { guard: system, target: 'hearing_answers', actions: [notify('applicant', 'hearing-closed')] },
        CANCEL: cancel,
      },
    },
    hearing_answers: {
      meta: meta('under_consideration', 'applicant', null, 'รอผู้ประกอบการชี้แจงความคิดเห็น', "Waiting for the applicant's answers to the comments"),
      on: {
        ANSWERS_SUBMITTED: { guard: applicant, target: 'hearing_summary', actions: [notify('office', 'hearing-answered')] },
        CANCEL: cancel,
      },
    },
    hearing_summary: {
      meta: meta('under_consideration', 'officer', sla.hearingSummary, 'สรุปผลการรับฟังความคิดเห็น', 'Summarising the public hearing'),
      on: {
        SUMMARISE_HEARING: { guard: office('officer'), target: next, actions: [notify('applicant', 'hearing-concluded')] },
        REJECT: reject('approver'),
        CANCEL: cancel,
      },
    },
  };
}

/** Biz Portal's status path for licences and permits, with optional plan review, inspection and fee. */
export function licenceShape(params: ShapeParams, kinds: readonly ApplicationKind[] = ['new']): MachineConfig {
  const { slaDays: sla } = params;
  const states = intake('submitted', sla);
  const afterHearing = params.planApproval ? 'plan_review' : params.inspection ? 'inspection' : 'consideration';
  const afterCheck = params.hearing ? 'hearing_notice' : afterHearing;
  const accept: TransitionConfig = { guard: office('officer'), target: afterCheck, actions: [notify('applicant', 'documents-complete')] };
  // A cancellation request goes from the check straight to the decision: no plan review, no site inspection.
  const acceptCancellation: TransitionConfig = {
    guard: allOf(office('officer'), isCancellation),
    target: 'consideration',
    description: 'คำขอยกเลิกไม่ต้องพิจารณาแบบแปลนหรือตรวจสถานที่ / A cancellation request needs no plan review or site inspection',
    actions: [notify('applicant', 'documents-complete')],
  };
  states.checking.on!.ACCEPT = kinds.includes('cancel') && afterCheck !== 'consideration' ? [acceptCancellation, accept] : accept;

  if (params.hearing) Object.assign(states, hearingStates(sla, afterHearing));
  if (params.planApproval) {
    states.plan_review = {
      meta: meta('under_consideration', 'officer', sla.planReview, 'พิจารณาแบบแปลนและรับฟังความคิดเห็น', 'Plan review and public hearing'),
      on: {
        FORWARD: { guard: office('officer'), target: params.inspection ? 'inspection' : 'consideration', description: 'แบบแปลนผ่านการพิจารณา / Plans accepted' },
        REJECT: reject('approver'),
        CANCEL: cancel,
      },
    };
  }
  if (params.inspection) {
    const passed = { type: 'dataEquals', params: { field: 'result', value: 'pass' } };
    const failed = { type: 'dataEquals', params: { field: 'result', value: 'fail' } };
    states.inspection = {
      meta: meta('inspection', 'officer', sla.inspection, 'ตรวจสถานที่ประกอบการ', 'Site inspection of the premises'),
      on: {
        SCHEDULE_INSPECTION: { guard: office('officer'), actions: [notify('applicant', 'inspection-scheduled')] },
        RECORD_INSPECTION: [
          { guard: allOf(office('officer'), passed), target: 'consideration' },
          { guard: allOf(office('officer'), failed), target: 'corrections', actions: [notify('applicant', 'inspection-failed')] },
        ],
        CANCEL: cancel,
      },
    };
    states.corrections = {
      meta: meta('needs_documents', 'applicant', null, 'รอผู้ประกอบการแก้ไขสถานที่ตามผลการตรวจ', 'Waiting for the applicant to correct the premises'),
      on: {
        RESUBMIT: { guard: applicant, target: 'inspection', actions: [notify('office', 'reinspection-requested')] },
        REJECT: reject('approver'),
        CANCEL: cancel,
      },
    };
  }
  const signer = params.signerApproval === true;
  const approve: TransitionConfig = params.fee
    ? {
        guard: office('approver'),
        target: 'awaiting_payment',
        actions: [{ type: 'requestPayment', params: { fee: params.fee } }, notify('applicant', 'approved-awaiting-payment')],
      }
    : signer
      ? { guard: office('approver'), target: 'awaiting_signature', actions: [notify('applicant', 'application-approved')] }
      : { guard: office('approver'), target: 'issuing', actions: [{ type: 'issueLicence' }, notify('applicant', 'application-approved')] };
  states.consideration = {
    meta: meta('under_consideration', 'approver', sla.decision, 'พิจารณาอนุญาต', 'Decision by the licensing authority'),
    on: { APPROVE: kinds.includes('cancel') ? [withdraw('approver'), approve] : approve, REJECT: reject('approver'), CANCEL: cancel },
  };
  if (params.fee) {
    states.awaiting_payment = awaitingPayment(APPROVED_AWAITING_FEE, signer ? 'signature' : 'issue');
  }
  if (signer) {
    // No send-back word: the fee may already be paid, and a return to the decision would ask for it again.
    states.awaiting_signature = {
      meta: meta('issuing', 'signer', sla.signature, 'รอผู้มีอำนาจลงนามอนุมัติใบอนุญาต', 'Waiting for the authorised signer to approve the licence'),
      on: { APPROVE_SIGNATURE: { guard: office('signer'), target: 'issuing', actions: [{ type: 'issueLicence' }] } },
    };
  }
  states.issuing = {
    meta: meta('issuing', 'system', sla.issue, 'ออกใบอนุญาต', 'Issuing the licence'),
    on: { LICENCE_ISSUED: { guard: system, target: 'completed', actions: [notify('applicant', 'licence-issued')] } },
  };
  return {
    id: 'licence',
    initial: 'draft',
    states: {
      ...withClosing(withDeliveryChoice(states), kinds),
      ...licenceLife({ th: 'ออกใบอนุญาตแล้ว ใบอนุญาตมีผลใช้', en: 'Licence issued and in force' }),
      ...(kinds.includes('cancel') ? { withdrawn: withdrawnState() } : {}),
      ...ENDINGS,
    },
  };
}

/**
 * The short path of registrations and utility connections: check, consideration, completed; where the
 * catalogue states a fee, it is paid after approval and the registration completes on payment.
 */
export function registrationShape(params: Pick<ShapeParams, 'slaDays'> & { fee?: string | null }, kinds: readonly ApplicationKind[] = ['new']): MachineConfig {
  const { slaDays: sla } = params;
  const states = intake('checking', sla);
  states.checking.on!.ACCEPT = { guard: office('officer'), target: 'consideration', actions: [notify('applicant', 'documents-complete')] };
  const approve: TransitionConfig = params.fee
    ? {
        guard: office('approver'),
        target: 'awaiting_payment',
        actions: [{ type: 'requestPayment', params: { fee: params.fee } }, notify('applicant', 'approved-awaiting-payment')],
      }
    : { guard: office('approver'), target: 'completed', actions: [notify('applicant', 'registration-completed')] };
  states.consideration = {
    meta: meta('under_consideration', 'approver', sla.decision, 'พิจารณาคำขอ', 'Consideration'),
    on: { APPROVE: kinds.includes('cancel') ? [withdraw('approver'), approve] : approve, REJECT: reject('approver'), CANCEL: cancel },
  };
  if (params.fee) {
    states.awaiting_payment = awaitingPayment(APPROVED_AWAITING_FEE, 'complete');
  }
  return {
    id: 'registration',
    initial: 'draft',
    states: { ...withClosing(states, kinds), ...(kinds.includes('cancel') ? { withdrawn: withdrawnState() } : {}), ...FINALS },
  };
}

/** Notifications (การแจ้ง): checked, the fee paid if there is one, and acknowledged with a receipt of notification. */
export function notificationShape(params: Pick<ShapeParams, 'fee' | 'slaDays'>, kinds: readonly ApplicationKind[] = ['new']): MachineConfig {
  const { slaDays: sla } = params;
  const states = intake('checking', sla);
  const accept: TransitionConfig = params.fee
    ? {
        guard: office('officer'),
        target: 'awaiting_payment',
        actions: [{ type: 'requestPayment', params: { fee: params.fee } }, notify('applicant', 'notification-accepted-awaiting-payment')],
      }
    : { guard: office('officer'), target: 'issuing', actions: [{ type: 'issueLicence' }, notify('applicant', 'notification-accepted')] };
  // The office's acceptance of a cancellation ends the acknowledgement: no fee, no new acknowledgement.
  states.checking.on!.ACCEPT = kinds.includes('cancel') ? [withdraw('officer'), accept] : accept;
  states.checking.on!.REJECT = reject('approver');
  if (params.fee) {
    states.awaiting_payment = awaitingPayment({ th: 'รับแจ้งแล้ว รอชำระค่าธรรมเนียม', en: 'Notification accepted, waiting for the fee' }, 'issue');
  }
  states.issuing = {
    meta: meta('issuing', 'system', sla.issue, 'ออกใบรับแจ้ง', 'Issuing the acknowledgement'),
    on: { LICENCE_ISSUED: { guard: system, target: 'completed', actions: [notify('applicant', 'licence-issued')] } },
  };
  return {
    id: 'notification',
    initial: 'draft',
    states: {
      ...withClosing(withDeliveryChoice(states), kinds),
      ...licenceLife({ th: 'ออกใบรับแจ้งแล้ว ใบรับแจ้งมีผลใช้', en: 'Acknowledgement issued and in force' }),
      ...(kinds.includes('cancel') ? { withdrawn: withdrawnState() } : {}),
      ...ENDINGS,
    },
  };
}

const slaSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    ['receive', 'check', 'planReview', 'hearingNotice', 'hearingSummary', 'inspection', 'decision', 'signature', 'issue'].map((k) => [k, { type: ['integer', 'null'], minimum: 0 }]),
  ),
};
const feeSchema = { type: ['string', 'null'], minLength: 1 };
/** The public hearing's length in calendar days, per licence type. */
export const HEARING_DAYS = { min: 7, max: 90 } as const;
const HEARING_SCHEMA = {
  type: 'object',
  required: ['days'],
  additionalProperties: false,
  description: 'A public hearing after the intake check: notice, comment period of `days` calendar days, the applicant’s answers, the office’s summary',
  properties: { days: { type: 'integer', minimum: HEARING_DAYS.min, maximum: HEARING_DAYS.max, description: 'Calendar days the hearing stays open (7–90)' } },
};

export interface TemplateSpec {
  description: string;
  paramsSchema: Record<string, unknown>;
  /** The office steps this shape builds from the params, by the names `slaDays` gives them. */
  slaSteps(params: Record<string, unknown>): string[];
  /** `kinds`: the requests the licence offers (a cancellation gets its own ending only where offered). */
  build(params: Record<string, unknown>, facts: { kinds: readonly ApplicationKind[] }): MachineConfig;
}

export const TEMPLATES: Record<string, TemplateSpec> = {
  licence: {
    description:
      "Biz Portal status path: submitted → preliminary check → [public hearing: notice → comments → answers → summary] → [plan review] → [site inspection] → consideration → [fee] → [signer's approval] → issuing → completed (in force) → suspended / revoked / expired / superseded",
    paramsSchema: {
      type: 'object',
      required: ['fee', 'inspection', 'planApproval', 'slaDays'],
      additionalProperties: false,
      properties: {
        fee: feeSchema,
        inspection: { type: 'boolean' },
        planApproval: { type: 'boolean' },
        signerApproval: { type: 'boolean', description: "The office's authorised signer approves the e-licence before it is issued (APPROVE_SIGNATURE)" },
        hearing: HEARING_SCHEMA,
        slaDays: slaSchema,
      },
    },
    slaSteps: (p) => [
      'receive',
      'check',
      ...(p.hearing ? ['hearingNotice', 'hearingSummary'] : []),
      ...(p.planApproval ? ['planReview'] : []),
      ...(p.inspection ? ['inspection'] : []),
      'decision',
      ...(p.signerApproval ? ['signature'] : []),
      'issue',
    ],
    build: (params, { kinds }) => licenceShape(params as unknown as ShapeParams, kinds),
  },
  registration: {
    description: 'Short path for registrations and utility connections: check → consideration → [fee] → completed',
    paramsSchema: { type: 'object', required: ['slaDays'], additionalProperties: false, properties: { fee: feeSchema, slaDays: slaSchema } },
    slaSteps: () => ['check', 'decision'],
    build: (params, { kinds }) => registrationShape(params as unknown as ShapeParams, kinds),
  },
  notification: {
    description: 'Notification: check → [fee] → acknowledgement issued → completed (in force) → suspended / revoked / expired / superseded',
    paramsSchema: {
      type: 'object',
      required: ['fee', 'slaDays'],
      additionalProperties: false,
      properties: { fee: feeSchema, slaDays: slaSchema },
    },
    slaSteps: () => ['check', 'issue'],
    build: (params, { kinds }) => notificationShape(params as unknown as ShapeParams, kinds),
  },
};
