import type { Effect, Role, WorkflowContext, WorkflowEvent } from './types';
import { ROLES } from './types';

/**
 * What a guard reads decides how a failure is reported: an `actor` guard that fails means
 * the sender may not do this (403); a `context` guard means the application is not ready (422);
 * an `event` guard means the event's data chose no branch (422).
 */
export type GuardKind = 'actor' | 'context' | 'event';

export interface GuardInput {
  context: WorkflowContext;
  event: WorkflowEvent;
}

export interface GuardSpec {
  kind: GuardKind;
  description: string;
  paramsSchema: Record<string, unknown>;
  check(input: GuardInput, params: Record<string, unknown>): boolean;
  /** A bilingual sentence explaining a failure to the person who sent the event. */
  failure(params: Record<string, unknown>): string;
}

const noParams = { type: 'object', additionalProperties: false, properties: {} };
const roleParam = {
  type: 'object',
  required: ['role'],
  additionalProperties: false,
  properties: { role: { enum: [...ROLES] } },
};

export const GUARDS: Record<string, GuardSpec> = {
  hasRole: {
    kind: 'actor',
    description: 'The sender holds the given role.',
    paramsSchema: roleParam,
    check: ({ event }, params) => event.actor.roles.includes(params.role as Role),
    failure: (params) => `ต้องมีบทบาท ${params.role} / Only a user with the role '${params.role}' may do this`,
  },
  isApplicant: {
    kind: 'actor',
    description: 'The sender is the applicant who owns the application.',
    paramsSchema: noParams,
    check: ({ context, event }) => event.actor.roles.includes('applicant') && event.actor.id === context.applicantId,
    failure: () => 'เฉพาะผู้ยื่นคำขอเท่านั้น / Only the applicant may do this',
  },
  isResponsibleOffice: {
    kind: 'actor',
    description: 'The sender holds the given role in the office the application is routed to.',
    paramsSchema: roleParam,
    check: ({ context, event }, params) =>
      event.actor.roles.includes(params.role as Role) &&
      context.agencyId !== null &&
      event.actor.agencyId === context.agencyId,
    failure: (params) =>
      `เฉพาะ ${params.role} ของหน่วยงานที่รับผิดชอบ / Only a ${params.role} of the responsible office may do this`,
  },
  formComplete: {
    kind: 'context',
    description: 'The application form satisfies the licence form schema, including every required field.',
    paramsSchema: noParams,
    check: ({ context }) => context.formComplete,
    failure: () => 'กรอกแบบคำขอยังไม่ครบถ้วน / The application form is not complete',
  },
  documentsComplete: {
    kind: 'context',
    description: 'Every required document has been attached.',
    paramsSchema: noParams,
    check: ({ context }) => context.documentsComplete,
    failure: () => 'ยังแนบเอกสารที่ต้องใช้ไม่ครบ / Required documents are missing',
  },
  informationAnswered: {
    kind: 'context',
    description: "Every item of the office's open request for documents or information is answered.",
    paramsSchema: noParams,
    check: ({ context }) => context.informationAnswered,
    failure: () => 'ยังตอบคำขอเอกสารหรือข้อมูลเพิ่มเติมไม่ครบ / Items the office asked for are not answered yet',
  },
  isKind: {
    kind: 'context',
    description: 'The application is one of the given kinds (new, renew, amend, cancel).',
    paramsSchema: {
      type: 'object',
      required: ['kinds'],
      additionalProperties: false,
      properties: { kinds: { type: 'array', minItems: 1, items: { enum: ['new', 'renew', 'amend', 'cancel'] } } },
    },
    check: ({ context }, params) => (params.kinds as string[]).includes(context.kind),
    failure: (params) => `ใช้ได้กับคำขอประเภท ${(params.kinds as string[]).join(', ')} เท่านั้น / Only for ${(params.kinds as string[]).join(', ')} requests`,
  },
  deliveryRecordFits: {
    kind: 'context',
    description: "The delivery record fits the applicant's choice: a tracking number for post, who collected it for pickup.",
    paramsSchema: noParams,
    check: ({ context, event }) =>
      (context.deliveryMethod === 'post' && typeof event.data?.trackingNumber === 'string') ||
      (context.deliveryMethod === 'pickup' && typeof event.data?.collectedBy === 'string'),
    failure: () =>
      'บันทึกการส่งมอบได้เมื่อผู้ประกอบการเลือกรับทางไปรษณีย์ (ระบุเลขพัสดุ) หรือรับที่หน่วยงาน (ระบุผู้รับ) / Record a delivery only when the applicant chose post (give data.trackingNumber) or pickup (give data.collectedBy)',
  },
  dataEquals: {
    kind: 'event',
    description: 'The event data field equals the given value (chooses a branch, e.g. inspection pass or fail).',
    paramsSchema: {
      type: 'object',
      required: ['field', 'value'],
      additionalProperties: false,
      properties: { field: { type: 'string', minLength: 1 }, value: {} },
    },
    check: ({ event }, params) => event.data?.[params.field as string] === params.value,
    failure: (params) =>
      `ข้อมูล ${params.field} ต้องเป็น ${JSON.stringify(params.value)} / data.${params.field} must be ${JSON.stringify(params.value)}`,
  },
};

/** A guard that holds when every listed guard holds; the only composite guard. */
export const ALL_OF = 'allOf';

export interface ActionSpec {
  effect: Effect['type'];
  description: string;
  paramsSchema: Record<string, unknown>;
}

export const ACTIONS: Record<string, ActionSpec> = {
  notify: {
    effect: 'notify',
    description: 'Notify the applicant or the responsible office with a message template.',
    paramsSchema: {
      type: 'object',
      required: ['to', 'template'],
      additionalProperties: false,
      properties: { to: { enum: ['applicant', 'office'] }, template: { type: 'string', minLength: 1 } },
    },
  },
  requestPayment: {
    effect: 'request-payment',
    description: 'Ask the applicant to pay the fee with the given code.',
    paramsSchema: {
      type: 'object',
      required: ['fee'],
      additionalProperties: false,
      properties: { fee: { type: 'string', minLength: 1 } },
    },
  },
  cancelFee: {
    effect: 'cancel-fee',
    description: 'Withdraw the fee still open on a request that ended without a decision: it is no longer collected.',
    paramsSchema: noParams,
  },
  issueLicence: {
    effect: 'issue-licence',
    description: 'Issue the licence: number, validity and a signed PDF.',
    paramsSchema: noParams,
  },
};

/** Registry lookups by a name that came from outside (a definition or a request): own keys only. */
export function lookup<T>(table: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
