/**
 * Roles a person can hold, plus `system` for the job runner and payment gateway callbacks.
 * `head_of_office` sees the whole office queue and assigns work; it acts in no workflow step itself.
 * `signer` is the office's authorised signer, who approves the e-licence before it is signed and
 * issued where the licence type asks for it (template param `signerApproval`).
 */
export const ROLES = ['applicant', 'officer', 'approver', 'signer', 'head_of_office', 'workflow_admin', 'system_admin', 'auditor', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** Public status categories, as applicants know them from Biz Portal. */
export const STATUSES = {
  draft: { th: 'แบบร่างคำขอ', en: 'Draft' },
  submitted: { th: 'ยื่นคำขอ', en: 'Submitted' },
  checking: { th: 'ตรวจสอบคำขอเบื้องต้น', en: 'Preliminary check' },
  needs_documents: { th: 'รอส่งเอกสารเพิ่มเติม', en: 'Waiting for more documents' },
  under_consideration: { th: 'พิจารณา', en: 'Under consideration' },
  inspection: { th: 'ตรวจสถานที่', en: 'Site inspection' },
  awaiting_payment: { th: 'ชำระค่าธรรมเนียม', en: 'Awaiting fee payment' },
  issuing: { th: 'ออกใบอนุญาต', en: 'Issuing the licence' },
  completed: { th: 'ดำเนินการสำเร็จ', en: 'Completed' },
  rejected: { th: 'ปฏิเสธคำขอ', en: 'Rejected' },
  cancelled: { th: 'ผู้ประกอบการยกเลิก', en: 'Cancelled by the applicant' },
  suspended: { th: 'ใบอนุญาตถูกพักใช้', en: 'Licence suspended' },
  revoked: { th: 'ใบอนุญาตถูกเพิกถอน', en: 'Licence revoked' },
  expired: { th: 'ใบอนุญาตสิ้นอายุ', en: 'Licence expired' },
  superseded: { th: 'แทนที่ด้วยใบอนุญาตที่แก้ไขรายการแล้ว', en: 'Replaced by an amended licence' },
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_NAMES = Object.keys(STATUSES) as Status[];
/** Statuses a final state may have. `completed` is also the status of an issued licence still in force (non-final). */
export const FINAL_STATUSES: readonly Status[] = ['completed', 'rejected', 'cancelled', 'revoked', 'expired', 'superseded'];
/** Statuses that end an application's life: never on a non-final state. */
export const TERMINAL_ONLY_STATUSES: readonly Status[] = ['rejected', 'cancelled', 'revoked', 'expired', 'superseded'];
/** The events an issued licence accepts while in force (status `completed`, not final). */
export const LICENCE_LIFE_EVENTS = ['SUSPEND', 'REVOKE', 'EXPIRE', 'RENEW', 'AMEND', 'CHOOSE_DELIVERY', 'RECORD_DELIVERY'] as const;

/**
 * Who is expected to act next in a state. `public`: the public hearing's comment period (template param `hearing`),
 * when anyone signed in may comment and the system closes it at its end; no office step, no SLA.
 */
export const STATE_ACTORS = ['applicant', 'officer', 'approver', 'signer', 'system', 'public'] as const;
export type StateActor = (typeof STATE_ACTORS)[number];

export interface LocalizedText {
  th: string;
  en: string;
}

export interface Actor {
  id: string;
  roles: readonly Role[];
  /** The agency (office) the person works for; null for applicants and the system. */
  agencyId: string | null;
}

/** The sender of system events: payment outcomes, issuance, expiry, renewal and amendment records. */
export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'], agencyId: null };

/** Facts about the application that guards read; supplied fresh by the caller on every call. */
/** The kinds of request Biz Portal offers for a licence: new, renewal (or annual fee), amendment, cancellation. */
export const APPLICATION_KINDS = ['new', 'renew', 'amend', 'cancel'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export interface WorkflowContext {
  applicantId: string;
  agencyId: string | null;
  formComplete: boolean;
  documentsComplete: boolean;
  /** Every item of the office's open information request is answered (true when there is none). */
  informationAnswered: boolean;
  kind: ApplicationKind;
  /** How the applicant chose to receive the licence (CHOOSE_DELIVERY); e-licence download unless changed. */
  deliveryMethod: DeliveryMethod;
}

/** Biz Portal's delivery choices: download the e-licence, collect it at the office, or receive it by post. */
export const DELIVERY_METHODS = ['e-licence', 'pickup', 'post'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface WorkflowEvent {
  type: string;
  actor: Actor;
  comment?: string;
  data?: Record<string, unknown>;
}

export interface GuardRef {
  type: string;
  params?: Record<string, unknown>;
}

export interface ActionRef {
  type: string;
  params?: Record<string, unknown>;
}

export interface TransitionConfig {
  target?: string;
  guard?: GuardRef;
  actions?: ActionRef[];
  description?: string;
}

export interface StateMeta {
  status: Status;
  actor: StateActor | null;
  slaDays: number | null;
  label: LocalizedText;
}

export interface StateConfig {
  type?: 'final';
  meta: StateMeta;
  entry?: ActionRef[];
  on?: Record<string, string | TransitionConfig | TransitionConfig[]>;
  description?: string;
}

export interface MachineConfig {
  id: string;
  initial: string;
  states: Record<string, StateConfig>;
}

/** A fee band: applies when the field's value is above `over` (exclusive) and at most `upTo` (inclusive), as Thai rates say "เกิน … ไม่เกิน …". */
export interface FeeBand {
  over?: number;
  upTo?: number;
  amountSatang: number;
}

/** A fee computed from a number the applicant gave in the form: by bands, or per unit (every started unitSize costs unitSatang). */
export interface FeeRule {
  /** A number (or integer) property of the definition's form. */
  field: string;
  bands?: FeeBand[];
  perUnit?: { unitSatang: number; unitSize: number };
  minSatang?: number;
  maxSatang?: number;
}

/** One line of a fee's invoice: a fixed amount, a rule over the form, or a range the approving officer sets an amount in. */
export interface FeeLineDefinition {
  code: string;
  label: LocalizedText;
  amountSatang?: number;
  rule?: FeeRule;
  range?: { minSatang: number; maxSatang: number };
}

/** A surcharge on a renewal filed after the previous licence ended: percentPerPeriod of the fee for each started period late. */
export interface LateRenewalSurcharge {
  percentPerPeriod: number;
  /** `once`: the percentage once, however late. */
  period: 'once' | 'month' | 'year';
  /** At most this many periods are charged. */
  maxPeriods?: number;
}

export interface FeeDefinition {
  code: string;
  label?: LocalizedText;
  /**
   * What the catalogue states: a fixed amount, or with maxAmountSatang a range. Without `lines` this is the fee's one line
   * (a range is set by the approving officer at approval); with `lines` the lines' totals must lie within it.
   */
  amountSatang: number | null;
  maxAmountSatang?: number | null;
  /** Several lines on one invoice, each fixed, by rule, or a range. */
  lines?: FeeLineDefinition[];
  lateRenewalSurcharge?: LateRenewalSurcharge;
  due: 'at-submission' | 'after-approval';
  note?: string | null;
}

export interface DocumentRequirement {
  code: string;
  label: LocalizedText;
  required: boolean;
}

export interface WorkflowDefinition {
  slug: string;
  name: LocalizedText;
  category?: string;
  agency: { level: 'local' | 'provincial' | 'central'; name?: LocalizedText; code?: string };
  legalBasis: string | null;
  processingDays: number | null;
  validity: { years?: number; months?: number; note?: string } | null;
  /** Days before a licence in force ends that its holder is reminded to renew, 1–365; 60 when absent. */
  renewalReminderDays?: number;
  fees: FeeDefinition[];
  form: Record<string, unknown>;
  documents: DocumentRequirement[];
  sources?: string[];
  catalogue?: Record<string, unknown>;
  dataExchange?: string[];
  /** Kinds of request offered; `new` when omitted. */
  kinds?: ApplicationKind[];
  /** When the machine was built from a shared template: which, and with what parameters. */
  template?: { name: string; params: Record<string, unknown> };
  machine: MachineConfig;
}

/** A licence file as written: the machine is either full XState JSON or a template with parameters. */
export type WorkflowDefinitionFile = Omit<WorkflowDefinition, 'machine' | 'template'> & {
  machine: MachineConfig | { template: string; params: Record<string, unknown> };
};

/** A side effect recorded in the outbox and performed later by the job runner. */
export interface Effect {
  type: 'notify' | 'request-payment' | 'cancel-fee' | 'issue-licence';
  params: Record<string, unknown>;
}

/** The JSON that is stored with an application to resume its workflow. */
export interface PersistedWorkflowState {
  value: string;
  status: 'active' | 'done';
}

export interface DefinitionProblem {
  file: string;
  state?: string;
  problem: string;
}
