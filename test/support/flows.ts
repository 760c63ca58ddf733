import type { CompiledWorkflow } from '@bizportal/engine';
import { CURRENT_PRIVACY_NOTICE } from '@bizportal/licensing';
import { modelPaths } from './model-paths';
import { attachRequiredDocuments } from './documents';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, type TestApp } from './test-app';

export interface Step {
  as: string;
  type: string;
  comment?: string;
  data?: Record<string, unknown>;
}

/** A week from today in Bangkok, a date SCHEDULE_INSPECTION accepts (today up to 365 days ahead). */
export function inspectionDate(daysAhead = 7): string {
  return new Date(Date.now() + 7 * 3_600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

/** SCHEDULE_INSPECTION data for Khlong Toei's officer. */
export const KHLONG_TOEI_INSPECTION = { date: inspectionDate(), window: { from: '09:00', to: '12:00' }, inspectorId: 'user-officer-kt' };

/** RECORD_INSPECTION data: the result with one finding that agrees with it. */
export function inspectionResult(result: 'pass' | 'fail', notes?: string): Record<string, unknown> {
  return { result, findings: [{ item: 'สุขาภิบาลห้องครัว / kitchen hygiene', ok: result === 'pass' }], ...(notes ? { notes } : {}) };
}

/**
 * The food premises permit's fee is the catalogue's range 2,000–3,000 THB with no rule: the approving officer sets the
 * amount at APPROVE. The tests set the lowest, 2,000 THB.
 */
export const FOOD_FEE_SET = { feeAmountSatang: 200000, feeReason: 'พื้นที่ 250 ตร.ม. ใช้อัตราต่ำสุด / 250 m², the lowest rate' };

/** The food premises permit's path from draft to awaiting payment. */
export const TO_AWAITING_PAYMENT: Step[] = [
  { as: 'somchai', type: 'SUBMIT' },
  { as: 'officer.khlongtoei', type: 'RECEIVE' },
  { as: 'officer.khlongtoei', type: 'ACCEPT' },
  { as: 'officer.khlongtoei', type: 'SCHEDULE_INSPECTION', data: KHLONG_TOEI_INSPECTION },
  { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass', 'สุขาภิบาลผ่านเกณฑ์') },
  { as: 'approver.khlongtoei', type: 'APPROVE', data: FOOD_FEE_SET },
];

/**
 * A food premises permit draft with a complete form and, unless `documents: false`, a PDF for each required
 * document, so SUBMIT passes. `version` is the application's (uploads do not change it).
 */
export async function createFoodApplication(t: TestApp, as = 'somchai', overrides: Record<string, unknown> = {}, options: { documents?: boolean } = {}) {
  const res = await t.http
    .post('/api/v1/applications')
    .auth(await t.login(as), { type: 'bearer' })
    .send({ licenceType: 'food-premises-permit', business: 'restaurant', premises: KHLONG_TOEI_PREMISES, form: COMPLETE_FOOD_FORM, confirmApplicantData: true, ...overrides });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  if (options.documents !== false) await attachRequiredDocuments(t, res.body.id, as);
  return res.body as { id: string; trackingNumber: string; version: number; state: string };
}

/** The applicant's agreement to the current privacy notice, which every SUBMIT must carry (`data.privacyConsent`). */
export const PRIVACY_CONSENT = { noticeVersion: CURRENT_PRIVACY_NOTICE.version, agreed: true } as const;

/**
 * A step's request body. A SUBMIT without `data` gets the applicant's consent (the one place the test helpers add it);
 * a step that gives `data` is sent exactly as written, so a test can leave the consent out or get it wrong.
 */
export function eventBody(step: Omit<Step, 'as'> & { expectedVersion?: number }): Record<string, unknown> {
  return step.type === 'SUBMIT' && step.data === undefined ? { ...step, data: { privacyConsent: PRIVACY_CONSENT } } : { ...step };
}

export async function sendEvent(t: TestApp, id: string, step: Step & { expectedVersion?: number }) {
  const { as, ...rest } = step;
  const event = eventBody(rest);
  return t.http
    .post(`/api/v1/applications/${id}/events`)
    .auth(await t.login(as), { type: 'bearer' })
    .send(event);
}

/** Sends the steps in order; each must succeed. */
export async function drive(t: TestApp, id: string, steps: Step[]) {
  let body: { state: string; version: number } | undefined;
  for (const step of steps) {
    const res = await sendEvent(t, id, step);
    if (res.status !== 200) throw new Error(`${step.type} as ${step.as}: ${res.status} ${JSON.stringify(res.body)}`);
    body = res.body;
  }
  return body!;
}

/** Row counts of every table an application writes, to prove a refused request left nothing behind. */
export async function footprint(t: TestApp) {
  const [applications, events, outbox, documents] = await Promise.all([
    t.count('applications'),
    t.count('application_events'),
    t.count('outbox'),
    t.count('application_documents'),
  ]);
  return { applications, events, outbox, documents };
}

/** Demo staff of Khlong Toei's district office by the role a model path names. */
const KHLONG_TOEI_STAFF: Record<string, string> = { officer: 'officer.khlongtoei', approver: 'approver.khlongtoei', head_of_office: 'head.khlongtoei' };

/**
 * The office's steps that take a submitted application of `workflow` (in Khlong Toei) to awaiting its fee: the first
 * model path of a new application that pays, from after SUBMIT to before PAYMENT_SUCCEEDED.
 */
export function officeStepsToPayment(workflow: CompiledWorkflow): Step[] {
  const path = modelPaths(workflow).find((p) => p.kind === 'new' && p.steps.some((s) => s.type === 'PAYMENT_SUCCEEDED'));
  if (!path) throw new Error(`${workflow.slug}: no path of a new application reaches a payment`);
  const steps = path.steps.slice(path.steps.findIndex((s) => s.type === 'SUBMIT') + 1, path.steps.findIndex((s) => s.type === 'PAYMENT_SUCCEEDED'));
  return steps.map((s) => {
    const as = KHLONG_TOEI_STAFF[s.as];
    if (!as) throw new Error(`${workflow.slug}: ${s.type} is sent by ${s.as}, not by the office`);
    return { as, type: s.type, comment: s.comment, data: s.type === 'SCHEDULE_INSPECTION' ? KHLONG_TOEI_INSPECTION : s.data };
  });
}
