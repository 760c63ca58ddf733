import type { LocalizedText } from './types';

export interface EventVocabularyEntry {
  label: LocalizedText;
  /** The event must carry a non-empty comment (a reason or a list of what is missing). */
  commentRequired?: boolean;
  /** JSON Schema for `data`; undefined means the event carries no data. */
  dataSchema?: Record<string, unknown>;
  /** Checks the schema cannot express (visible text), run when the data passes the schema. */
  dataProblems?: (data: Record<string, unknown>) => { field: string; problem: string }[];
  /** Its data serves only the step's own effects (a fee's amount): later steps never read it from the history. */
  dataUsedOnlyByItsStep?: boolean;
}

/** What payment events carry into the history: which payment, how much, and the receipt or the failure. */
const paymentData = {
  type: 'object',
  required: ['paymentId', 'method', 'amountSatang'],
  additionalProperties: false,
  properties: {
    paymentId: { type: 'string', minLength: 1 },
    method: { enum: ['promptpay', 'card', 'counter', 'billpay'] },
    amountSatang: { type: 'integer', minimum: 0 },
    chargeId: { type: 'string' },
    paidAt: { type: 'string', minLength: 1 },
    paymentStatus: { enum: ['failed', 'expired'] },
    receiptNumber: { type: 'string' },
    failureCode: { type: 'string' },
    failureMessage: { type: 'string' },
    recordedBy: { type: 'string' },
    acceptedBy: { type: 'string' },
    acceptedReason: { type: 'string' },
    bankReference: { type: 'string' },
  },
};

/** RENEW and AMEND name the licence that continues or replaces this one. */
const successorData = {
  type: 'object',
  required: ['licenceNumber', 'applicationId'],
  additionalProperties: false,
  properties: { licenceNumber: { type: 'string', minLength: 1 }, applicationId: { type: 'string', minLength: 1 }, trackingNumber: { type: 'string' } },
};

/**
 * The amount of a fee the catalogue states as a range (no rule), set by the office at the step that raises it (APPROVE,
 * or a notification's ACCEPT), with the reason. The engine checks that the step raises such a fee and that the amount
 * lies within its range.
 */
const FEE_SETTING: Pick<EventVocabularyEntry, 'dataSchema' | 'dataProblems' | 'dataUsedOnlyByItsStep'> = {
  dataUsedOnlyByItsStep: true,
  dataSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { feeAmountSatang: { type: 'integer', minimum: 0 }, feeReason: { type: 'string', maxLength: 500 } },
  },
  dataProblems: (data) =>
    data.feeAmountSatang !== undefined && !hasVisibleCharacter(data.feeReason as string | undefined)
      ? [{ field: 'data.feeReason', problem: 'is required with data.feeAmountSatang: say why the fee is this amount' }]
      : data.feeAmountSatang === undefined && data.feeReason !== undefined
        ? [{ field: 'data.feeAmountSatang', problem: 'is required with data.feeReason' }]
        : [],
};

/** What the hearings module adds to a hearing step's recorded data (its own record of the hearing). */
const HEARING_RECORD = {
  hearingId: { type: 'string' },
  reference: { type: 'string' },
  opensAt: { type: 'string', format: 'date-time' },
  closesAt: { type: 'string', format: 'date-time' },
};

/** One event vocabulary for every licence type. */
export const EVENT_VOCABULARY: Record<string, EventVocabularyEntry> = {
  SUBMIT: {
    label: { th: 'ยื่นคำขอ', en: 'Submit the application' },
    // The applicant's agreement to the portal's privacy notice. The engine only checks its shape: the API requires it on
    // every SUBMIT it is sent (the applications module's consent participant) and records it whole, with the time and
    // what the notice covers, so the history holds what she agreed to. Simulations and workflows need none.
    dataSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        privacyConsent: {
          type: 'object',
          required: ['noticeVersion', 'agreed'],
          additionalProperties: false,
          properties: {
            noticeVersion: { type: 'string', minLength: 1, maxLength: 20 },
            agreed: { const: true },
            // Written by the API when it records the consent, never taken from the sender.
            noticeIssuedOn: { type: 'string', format: 'date' },
            agreedAt: { type: 'string', format: 'date-time' },
            covers: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 60 } },
          },
        },
      },
    },
  },
  CANCEL: { label: { th: 'ยกเลิกคำขอ', en: 'Cancel the application' } },
  RECEIVE: { label: { th: 'รับเรื่อง', en: 'Receive the application' } },
  ACCEPT: { label: { th: 'รับคำขอ เอกสารครบถ้วน', en: 'Accept: the application is complete' }, ...FEE_SETTING },
  REQUEST_INFO: {
    label: { th: 'ขอเอกสารหรือข้อมูลเพิ่มเติม', en: 'Request more documents or information' },
    commentRequired: true,
    dataSchema: {
      type: 'object',
      required: ['items'],
      additionalProperties: false,
      properties: { items: { type: 'array', minItems: 1, maxItems: 20, items: { $ref: '#/$defs/item' } } },
      $defs: {
        item: {
          type: 'object',
          required: ['kind'],
          additionalProperties: false,
          properties: {
            kind: { enum: ['document', 'information'] },
            documentCode: { type: 'string', minLength: 1, maxLength: 80 },
            question: { type: 'string', minLength: 1, maxLength: 500 },
            reason: { type: 'string', minLength: 1, maxLength: 500 },
          },
          allOf: [
            { if: { properties: { kind: { const: 'document' } } }, then: { required: ['documentCode', 'reason'], not: { required: ['question'] } } },
            { if: { properties: { kind: { const: 'information' } } }, then: { required: ['question'], not: { required: ['documentCode'] } } },
          ],
        },
      },
    },
    dataProblems: (data) =>
      ((data.items as { question?: string; reason?: string }[] | undefined) ?? []).flatMap((item, i) =>
        (['question', 'reason'] as const)
          .filter((field) => item[field] !== undefined && !hasVisibleCharacter(item[field]))
          .map((field) => ({ field: `data.items.${i}.${field}`, problem: 'must contain a visible character' })),
      ),
  },
  RESUBMIT: { label: { th: 'ส่งเอกสารเพิ่มเติม', en: 'Resubmit' } },
  SCHEDULE_INSPECTION: {
    label: { th: 'นัดตรวจสถานที่', en: 'Schedule the site inspection' },
    // The date's range (today to 365 days ahead, Bangkok), the window's hours and the inspector's office are
    // checked by the service before the engine: they need the clock and the staff list.
    dataSchema: {
      type: 'object',
      required: ['date', 'window', 'inspectorId'],
      properties: {
        date: { type: 'string', format: 'date' },
        window: {
          type: 'object',
          required: ['from', 'to'],
          additionalProperties: false,
          properties: { from: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }, to: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } },
        },
        inspectorId: { type: 'string', minLength: 1, maxLength: 64 },
        notes: { type: 'string', maxLength: 2000 },
      },
      additionalProperties: false,
    },
  },
  RECORD_INSPECTION: {
    label: { th: 'บันทึกผลการตรวจสถานที่', en: 'Record the inspection result' },
    dataSchema: {
      type: 'object',
      required: ['result', 'findings'],
      properties: {
        result: { enum: ['pass', 'fail'] },
        findings: {
          type: 'array',
          minItems: 1,
          maxItems: 50,
          items: {
            type: 'object',
            required: ['item', 'ok'],
            additionalProperties: false,
            properties: { item: { type: 'string', minLength: 1, maxLength: 200 }, ok: { type: 'boolean' }, note: { type: 'string', maxLength: 1000 } },
          },
        },
        photoIds: { type: 'array', maxItems: 20, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 64 } },
        notes: { type: 'string', maxLength: 4000 },
      },
      additionalProperties: false,
    },
    dataProblems: (data) =>
      ((data.findings as { item: string }[] | undefined) ?? []).flatMap((finding, i) =>
        hasVisibleCharacter(finding.item) ? [] : [{ field: `data.findings.${i}.item`, problem: 'must contain a visible character' }],
      ),
  },
  OPEN_HEARING: {
    label: { th: 'ประกาศรับฟังความคิดเห็นของประชาชน', en: 'Open the public hearing' },
    // The office's notice and the application's own documents it publishes; the hearings module checks the ids
    // (documents of this application, current) and adds the hearing's reference, dates and the documents' details.
    dataSchema: {
      type: 'object',
      required: ['notice', 'publishedDocumentIds'],
      additionalProperties: false,
      properties: {
        notice: { type: 'string', minLength: 20, maxLength: 5000 },
        publishedDocumentIds: { type: 'array', maxItems: 50, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 64 } },
        // Written by the API when it opens the hearing, never taken from the sender.
        ...HEARING_RECORD,
        days: { type: 'integer' },
        publishedDocuments: { type: 'array', items: { type: 'object' } },
        followersNotified: { type: 'integer' },
      },
    },
    dataProblems: (data) => (hasVisibleCharacter(data.notice as string | undefined) ? [] : [{ field: 'data.notice', problem: 'must contain a visible character' }]),
  },
  HEARING_CLOSED: { label: { th: 'ปิดการรับฟังความคิดเห็น', en: 'Public hearing closed' } },
  ANSWERS_SUBMITTED: { label: { th: 'ส่งคำชี้แจงต่อความคิดเห็นของประชาชน', en: "Submit the answers to the public's comments" } },
  SUMMARISE_HEARING: {
    label: { th: 'สรุปผลการรับฟังความคิดเห็นของประชาชน', en: 'Summarise the public hearing' },
    dataSchema: {
      type: 'object',
      required: ['summary', 'points'],
      additionalProperties: false,
      properties: {
        summary: { type: 'string', minLength: 20, maxLength: 10000 },
        points: { type: 'array', minItems: 1, maxItems: 30, items: { type: 'string', minLength: 1, maxLength: 500 } },
        // Written by the API from the hearing's record, never taken from the sender.
        ...HEARING_RECORD,
        counts: { type: 'object' },
      },
    },
    dataProblems: (data) => [
      ...(hasVisibleCharacter(data.summary as string | undefined) ? [] : [{ field: 'data.summary', problem: 'must contain a visible character' }]),
      ...((data.points as string[] | undefined) ?? []).flatMap((point, i) => (hasVisibleCharacter(point) ? [] : [{ field: `data.points.${i}`, problem: 'must contain a visible character' }])),
    ],
  },
  FORWARD: { label: { th: 'ส่งต่อเพื่อพิจารณา', en: 'Forward for decision' } },
  APPROVE: { label: { th: 'อนุมัติ', en: 'Approve' }, ...FEE_SETTING },
  REJECT: { label: { th: 'ปฏิเสธคำขอ', en: 'Reject' }, commentRequired: true },
  APPROVE_SIGNATURE: { label: { th: 'อนุมัติลงนามใบอนุญาต', en: 'Approve the licence for signature' } },
  PAYMENT_SUCCEEDED: { label: { th: 'ชำระค่าธรรมเนียมสำเร็จ', en: 'Fee paid' }, dataSchema: paymentData },
  PAYMENT_FAILED: { label: { th: 'ชำระค่าธรรมเนียมไม่สำเร็จ', en: 'Payment failed' }, dataSchema: paymentData },
  LICENCE_ISSUED: {
    label: { th: 'ออกใบอนุญาตแล้ว', en: 'Licence issued' },
    dataSchema: {
      type: 'object',
      required: ['licenceNumber', 'pdfSha256'],
      additionalProperties: false,
      properties: { licenceNumber: { type: 'string', minLength: 1 }, pdfSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
    },
  },
  CLOSE: {
    label: { th: 'ปิดคำขอ เนื่องจากใบอนุญาตที่อ้างถึงถูกเพิกถอน', en: 'Close the request: the licence it concerns was revoked' },
    // Sent by the system inside the revocation's transaction to an open renewal, amendment or cancellation
    // request of the revoked licence; the comment carries the revocation's reason.
    commentRequired: true,
    dataSchema: {
      type: 'object',
      required: ['licenceNumber'],
      additionalProperties: false,
      properties: {
        licenceNumber: { type: 'string', minLength: 1 },
        // A fee already paid on the request, recorded for the office (a refund is the office's decision).
        paidAmountSatang: { type: 'integer', minimum: 0 },
        receiptNumber: { type: 'string', minLength: 1 },
      },
    },
  },
  RENEW: { label: { th: 'ต่ออายุใบอนุญาต', en: 'Renewed by a new licence' }, dataSchema: successorData },
  AMEND: { label: { th: 'แก้ไขรายการในใบอนุญาต', en: 'Replaced by an amended licence' }, dataSchema: successorData },
  SUSPEND: {
    label: { th: 'พักใช้ใบอนุญาต', en: 'Suspend the licence' },
    commentRequired: true,
    dataSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { until: { type: 'string', format: 'date' } },
    },
  },
  REINSTATE: { label: { th: 'คืนสิทธิ์ใบอนุญาต', en: 'Reinstate the licence' }, commentRequired: true },
  REVOKE: { label: { th: 'เพิกถอนใบอนุญาต', en: 'Revoke the licence' }, commentRequired: true },
  EXPIRE: {
    label: { th: 'ใบอนุญาตสิ้นอายุ', en: 'Licence expired' },
    dataSchema: {
      type: 'object',
      required: ['validUntil'],
      additionalProperties: false,
      properties: { validUntil: { type: 'string', format: 'date-time' }, licenceNumber: { type: 'string', minLength: 1 } },
    },
  },
  CHOOSE_DELIVERY: {
    label: { th: 'เลือกวิธีรับใบอนุญาต', en: 'Choose how to receive the licence' },
    dataSchema: {
      type: 'object',
      required: ['method'],
      additionalProperties: false,
      properties: { method: { enum: ['e-licence', 'pickup', 'post'] }, address: { type: 'string', minLength: 10, maxLength: 500 } },
      if: { properties: { method: { const: 'post' } } },
      then: { required: ['method', 'address'] },
    },
  },
  RECORD_DELIVERY: {
    label: { th: 'บันทึกการส่งมอบใบอนุญาต', en: 'Record the delivery of the licence' },
    dataSchema: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: {
        trackingNumber: { type: 'string', pattern: '^[A-Z0-9]{8,30}$' },
        carrier: { type: 'string', minLength: 2, maxLength: 100 },
        collectedBy: { type: 'string', minLength: 2, maxLength: 200 },
      },
    },
  },
};

export const EVENT_TYPES = Object.keys(EVENT_VOCABULARY);

/**
 * Entries of an application's history that are not workflow steps: no machine accepts them and the state does not
 * change (a payment held for the office, refunded). `WorkflowTransitions.record` appends them to the hash chain.
 */
export const RECORDED_EVENTS: Record<string, { label: { th: string; en: string } }> = {
  PAYMENT_HELD: { label: { th: 'เงินที่ได้รับถูกพักไว้ให้เจ้าหน้าที่ตรวจสอบ', en: 'Payment held for the office to review' } },
  PAYMENT_REFUNDED: { label: { th: 'คืนเงินแล้ว', en: 'Payment refunded' } },
  // The public hearing's record (hearings module): each comment (its number, stance and text hash, not the name), each
  // hide with its reason, each answer of the applicant.
  HEARING_COMMENT_POSTED: { label: { th: 'มีผู้แสดงความคิดเห็นในการรับฟังความคิดเห็น', en: 'A comment was made in the public hearing' } },
  HEARING_COMMENT_HIDDEN: { label: { th: 'เจ้าหน้าที่ซ่อนความคิดเห็น', en: 'The office hid a comment' } },
  HEARING_ANSWER_POSTED: { label: { th: 'ผู้ประกอบการชี้แจงความคิดเห็น', en: 'The applicant answered comments' } },
};

/**
 * The history entry of an application moved to another workflow version by an official (issue 14): not a step of
 * either machine, so no machine accepts it; it changes the version, the state and the application's version number.
 * Written only by `WorkflowTransitions.migrate`; its data names the migration, the versions and the states.
 */
export const MIGRATED_EVENT = 'MIGRATED';
export const MIGRATION_EVENTS: Record<string, { label: { th: string; en: string } }> = {
  [MIGRATED_EVENT]: { label: { th: 'ย้ายไปใช้กระบวนงานฉบับใหม่', en: 'Moved to another workflow version' } },
};

/**
 * A letter, digit, punctuation mark or symbol that shows on screen: not white space, not a format or
 * control character, not an invisible one such as U+200B, U+2060 or the Hangul filler U+3164
 * (Default_Ignorable_Code_Point), nor the blank braille pattern U+2800.
 */
const VISIBLE_CHARACTER = /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** Whether a comment says anything a reader can see. */
export function hasVisibleCharacter(text: string | undefined): boolean {
  return text !== undefined && VISIBLE_CHARACTER.test(text);
}
