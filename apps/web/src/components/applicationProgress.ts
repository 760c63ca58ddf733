/**
 * Where an application is, in Biz Portal's five stages, from the workflow status the API gives
 * (`status` of the current state, libs/engine/src/templates.ts; `steps` = the statuses it went through,
 * as GET /api/v1/track/:trackingNumber lists them). Pure: the public tracking page and the applicant's
 * own pages draw the same words from it (ApplicationProgress.tsx).
 */
export interface Words {
  th: string;
  en: string;
}

export type StageKey = 'submit' | 'check' | 'consider' | 'pay' | 'issue';
/** done = เสร็จแล้ว, current = กำลังดำเนินการ, waiting = ยังไม่เริ่ม, skipped = not needed for this application, ended = where it stopped (rejected / cancelled). */
export type StageState = 'done' | 'current' | 'waiting' | 'skipped' | 'ended';
export type Turn = 'office' | 'applicant' | 'system' | null;
/** The API's `awaiting` (the current state's actor in the workflow; `public`: a public hearing's comment period). */
export type Awaiting = 'applicant' | 'officer' | 'approver' | 'signer' | 'system' | 'public' | null;

/** What else is known of the application besides its status (the applicant's own view gives all of it). */
export interface ProgressContext {
  /** The workflow state's name: `corrections` is a needs_documents after a failed site inspection. */
  state?: string;
  awaiting?: Awaiting;
}

export interface Stage {
  key: StageKey;
  label: Words;
  state: StageState;
  stateText: Words;
}

export interface Progress {
  stages: Stage[];
  /** Whose move it is now; null once finished. */
  turn: Turn;
  turnText: Words | null;
  /** What is happening now, in the portal's words ("รอเจ้าหน้าที่รับเรื่อง", …). */
  now: Words;
  finished: boolean;
  outcome: 'issued' | 'rejected' | 'cancelled' | null;
}

export const STAGE_LABELS: Record<StageKey, Words> = {
  submit: { th: 'ยื่นคำขอ', en: 'Application submitted' },
  check: { th: 'ตรวจสอบคำขอเบื้องต้น', en: 'Preliminary check' },
  consider: { th: 'พิจารณา', en: 'Consideration' },
  pay: { th: 'ชำระค่าธรรมเนียม', en: 'Fee payment' },
  issue: { th: 'ออกใบอนุญาต', en: 'Licence issued' },
};
const ORDER: StageKey[] = ['submit', 'check', 'consider', 'pay', 'issue'];

export const STAGE_STATE_TEXT: Record<StageState, Words> = {
  done: { th: 'เสร็จแล้ว', en: 'Done' },
  current: { th: 'กำลังดำเนินการ', en: 'In progress' },
  waiting: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  skipped: { th: 'ไม่ต้องดำเนินการ', en: 'Not needed' },
  ended: { th: 'สิ้นสุด', en: 'Ended' },
};

export const TURN_TEXT: Record<Exclude<Turn, null>, Words> = {
  office: { th: 'เจ้าหน้าที่', en: 'The office' },
  applicant: { th: 'ผู้ประกอบการ (ผู้ยื่นคำขอ)', en: 'The applicant' },
  system: { th: 'ระบบ (อัตโนมัติ)', en: 'The system (automatic)' },
};

const NOW: Record<string, { stage: StageKey; turn: Turn; now: Words }> = {
  draft: { stage: 'submit', turn: 'applicant', now: { th: 'แบบร่างคำขอ ยังไม่ได้ยื่น', en: 'Draft, not yet submitted' } },
  submitted: { stage: 'check', turn: 'office', now: { th: 'รอเจ้าหน้าที่รับเรื่อง', en: 'Waiting for the office to receive it' } },
  checking: { stage: 'check', turn: 'office', now: { th: 'เจ้าหน้าที่กำลังตรวจสอบคำขอและเอกสาร', en: 'The office is checking the application and documents' } },
  needs_documents: { stage: 'check', turn: 'applicant', now: { th: 'รอผู้ประกอบการส่งเอกสารเพิ่มเติม', en: 'Waiting for the applicant to send more documents' } },
  under_consideration: { stage: 'consider', turn: 'office', now: { th: 'อยู่ระหว่างการพิจารณาของเจ้าหน้าที่', en: 'Being considered by the office' } },
  inspection: { stage: 'consider', turn: 'office', now: { th: 'รอเจ้าหน้าที่ตรวจสถานที่', en: 'Waiting for the site inspection' } },
  awaiting_payment: { stage: 'pay', turn: 'applicant', now: { th: 'รอผู้ประกอบการชำระค่าธรรมเนียม', en: 'Waiting for the applicant to pay the fee' } },
  issuing: { stage: 'issue', turn: 'system', now: { th: 'ระบบกำลังออกใบอนุญาต', en: 'The licence is being issued' } },
};

const ISSUED = ['completed', 'suspended', 'revoked', 'expired', 'superseded'];
const ISSUED_NOW: Record<string, Words> = {
  completed: { th: 'ออกใบอนุญาตแล้ว', en: 'Licence issued' },
  suspended: { th: 'ออกใบอนุญาตแล้ว ขณะนี้ใบอนุญาตถูกพักใช้', en: 'Licence issued; it is now suspended' },
  revoked: { th: 'ออกใบอนุญาตแล้ว ขณะนี้ใบอนุญาตถูกเพิกถอน', en: 'Licence issued; it has been revoked' },
  expired: { th: 'ออกใบอนุญาตแล้ว ขณะนี้ใบอนุญาตสิ้นอายุ', en: 'Licence issued; it has expired' },
  superseded: { th: 'ออกใบอนุญาตแล้ว และแทนที่ด้วยใบอนุญาตที่แก้ไขรายการแล้ว', en: 'Licence issued, then replaced by an amended licence' },
};

/** Once consideration began (plan review, inspection), a needs_documents is an order to correct, not the intake's request. */
const CONSIDERED = ['under_consideration', 'inspection'];

/** Words for the current step that depend on where the application has been (Biz Portal's own terms). */
const CORRECTING: Words = { th: 'ผู้ประกอบการดำเนินการตามสั่งการ', en: 'The applicant is acting on the office’s order' };
const CHECKING_CORRECTION: Words = { th: 'เจ้าหน้าที่ตรวจสอบการแก้ไข', en: 'The office is checking the correction' };
const APPROVER: Words = { th: 'รอผู้มีอำนาจพิจารณาอนุญาต', en: 'Waiting for the licensing authority’s decision' };
/** Issuing, but first the office's authorised signer approves the e-licence (a step of the office, not the system). */
const SIGNER: Words = { th: 'รอผู้มีอำนาจลงนามอนุมัติใบอนุญาต', en: 'Waiting for the authorised signer to approve the licence' };

/** The stage a non-final status belongs to; needs_documents after consideration began belongs to consideration. */
function stageOf(status: string, earlier: string[], state?: string): StageKey | null {
  if (status === 'needs_documents' && (state === 'corrections' || earlier.some((s) => CONSIDERED.includes(s)))) return 'consider';
  return NOW[status]?.stage ?? null;
}

/** A request the system closed (status cancelled, state `closed`) because the office revoked the licence it concerns. */
const CLOSED: Words = { th: 'ปิดคำขอ เนื่องจากใบอนุญาตที่อ้างถึงถูกเพิกถอน', en: 'Closed: the licence it concerns was revoked' };

function nowWords(status: string, earlier: string[], context: ProgressContext): Words {
  const base = (NOW[status] ?? NOW.submitted).now;
  const last = earlier[earlier.length - 1];
  if (status === 'needs_documents' && stageOf(status, earlier, context.state) === 'consider') return CORRECTING;
  // Back from the applicant: the office now checks what was sent or corrected.
  if ((status === 'checking' || status === 'inspection') && last === 'needs_documents') return CHECKING_CORRECTION;
  if (status === 'under_consideration' && context.awaiting === 'approver') return APPROVER;
  if (status === 'issuing' && context.awaiting === 'signer') return SIGNER;
  return base;
}

function stage(key: StageKey, state: StageState, label: Words = STAGE_LABELS[key]): Stage {
  return { key, label, state, stateText: STAGE_STATE_TEXT[state] };
}

/**
 * `history`: the statuses it went through, oldest first, the current one last (tracking `steps`, or the
 * timeline's entries' `to`). Without a history the words fall back to those of the status alone.
 */
export function applicationProgress(status: string, history: { status: string }[] = [], context: ProgressContext = {}): Progress {
  const statuses = history.map((h) => h.status);
  if (ISSUED.includes(status)) {
    // A notification without a fee never waits for payment: that stage is "not needed" when the history shows so.
    const paid = statuses.length === 0 || statuses.includes('awaiting_payment');
    return {
      stages: ORDER.map((key) => stage(key, key === 'pay' && !paid ? 'skipped' : 'done')),
      turn: null,
      turnText: null,
      now: ISSUED_NOW[status],
      finished: true,
      outcome: 'issued',
    };
  }
  if (status === 'rejected' || status === 'cancelled') {
    const before = statuses.filter((s) => s !== status);
    const last = before.length ? before[before.length - 1] : status === 'rejected' ? 'under_consideration' : 'draft';
    const stoppedAt = ORDER.indexOf(stageOf(last, before.slice(0, -1)) ?? 'consider');
    const end: Words =
      status === 'rejected'
        ? { th: 'ปฏิเสธคำขอ', en: 'Application rejected' }
        : context.state === 'closed'
          ? CLOSED
          : { th: 'ผู้ประกอบการยกเลิกคำขอ', en: 'Cancelled by the applicant' };
    // The stages it went through are done (the one it stopped in included, unless it never left the draft); the rest never happened.
    const stages = ORDER.slice(0, -1).map((key, i) => stage(key, i < stoppedAt || (i === stoppedAt && last !== 'draft') ? 'done' : 'skipped'));
    stages.push(stage('issue', 'ended', end));
    return { stages, turn: null, turnText: null, now: end, finished: true, outcome: status };
  }
  const now = NOW[status] ?? NOW.submitted;
  const earlier = statuses[statuses.length - 1] === status ? statuses.slice(0, -1) : statuses;
  const at = ORDER.indexOf(stageOf(status, earlier, context.state) ?? now.stage);
  const stages = ORDER.map((key, i) => stage(key, i < at ? 'done' : i === at ? 'current' : 'waiting'));
  const turn: Turn = status === 'issuing' && context.awaiting === 'signer' ? 'office' : now.turn;
  return { stages, turn, turnText: turn ? TURN_TEXT[turn] : null, now: nowWords(status, earlier, context), finished: false, outcome: null };
}

/** The stage to name in one line (a list row): the current one, where it ended, or the last once issued. */
export function currentStage(progress: Progress): Stage {
  return progress.stages.find((s) => s.state === 'current' || s.state === 'ended') ?? progress.stages[progress.stages.length - 1];
}

const INTAKE = ['draft', 'submitted', 'checking', 'needs_documents'];

/**
 * Whether the office's intake check (ตรวจสอบคำขอเบื้องต้น) is over: the status is past it, or the history
 * shows the application reached consideration before coming back (corrections, a later request).
 * Same rule as the acknowledgement of receipt (libs/licensing get-acknowledgement.handler).
 */
export function afterIntakeCheck(status: string, history: { status: string }[] = [], context: ProgressContext = {}): boolean {
  if (status === 'draft') return false;
  if (!INTAKE.includes(status)) return true;
  return context.state === 'corrections' || history.some((h) => !INTAKE.includes(h.status));
}

/** The expected completion date is told only after the intake check, and only while the application is open. */
export function showsExpectedDate(status: string, history: { status: string }[] = [], context: ProgressContext = {}): boolean {
  return afterIntakeCheck(status, history, context) && !isClosed(status);
}

function isClosed(status: string): boolean {
  return ISSUED.includes(status) || status === 'rejected' || status === 'cancelled';
}

export type ApplicationGroup = 'drafts' | 'inProgress' | 'done';
export const APPLICATION_GROUPS: ApplicationGroup[] = ['drafts', 'inProgress', 'done'];

/** The applicant's list: drafts (not yet filed), in progress, and done (issued or ended). */
export function applicationGroup(status: string): ApplicationGroup {
  if (status === 'draft') return 'drafts';
  return isClosed(status) ? 'done' : 'inProgress';
}

/** Late: a deadline that has passed while the application is still open. */
export function isOverdue(dueAt: string | Date | null | undefined, status: string, now: Date = new Date()): boolean {
  if (!dueAt || isClosed(status) || status === 'draft') return false;
  return new Date(dueAt).getTime() < now.getTime();
}
