import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOOD_FEE_SET, KHLONG_TOEI_INSPECTION, createFoodApplication, drive, inspectionResult, type Step } from './flows';
import { REPO_ROOT, type TestApp } from './test-app';

export const FOOD = 'food-premises-permit';
export const ADMIN = '/api/v1/admin/licence-types';
export const MIGRATIONS = `${ADMIN}/${FOOD}/migrations`;

/**
 * Version 2 of the food premises permit as an official would draft it: the same licence, now with the signer's
 * approval of the e-licence (a new state, `awaiting_signature`), one working day taken from the decision.
 */
export function foodVersion2(): Record<string, unknown> {
  const file = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/licences', `${FOOD}.json`), 'utf8'));
  const { template, ...rest } = file;
  return {
    ...rest,
    machine: {
      template: template.name,
      params: { ...template.params, signerApproval: true, slaDays: { ...template.params.slaDays, decision: template.params.slaDays.decision - 1, signature: 1 } },
    },
  };
}

/** Drafts and publishes a version; returns its number. */
export async function publishVersion(t: TestApp, definition: Record<string, unknown>): Promise<number> {
  const admin = { Authorization: `Bearer ${await t.login('admin')}` };
  const drafted = await t.http.post(`${ADMIN}/${FOOD}/versions`).set(admin).send({ definition });
  if (drafted.status !== 201) throw new Error(`draft: ${drafted.status} ${JSON.stringify(drafted.body)}`);
  const published = await t.http.post(`${ADMIN}/${FOOD}/versions/${drafted.body.version}/publish`).set(admin);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return drafted.body.version;
}

/** The steps from a draft to each state of the food permit's version 1. */
export const PATHS: Record<string, Step[]> = {
  draft: [],
  submitted: [{ as: 'somchai', type: 'SUBMIT' }],
  checking: [
    { as: 'somchai', type: 'SUBMIT' },
    { as: 'officer.khlongtoei', type: 'RECEIVE' },
  ],
  needs_documents: [
    { as: 'somchai', type: 'SUBMIT' },
    { as: 'officer.khlongtoei', type: 'RECEIVE' },
    { as: 'officer.khlongtoei', type: 'REQUEST_INFO', comment: 'ขอเวลาเปิดร้าน / opening hours', data: { items: [{ kind: 'information', question: 'เวลาเปิดร้าน / Opening hours?' }] } },
  ],
  inspection: [
    { as: 'somchai', type: 'SUBMIT' },
    { as: 'officer.khlongtoei', type: 'RECEIVE' },
    { as: 'officer.khlongtoei', type: 'ACCEPT' },
    { as: 'officer.khlongtoei', type: 'SCHEDULE_INSPECTION', data: KHLONG_TOEI_INSPECTION },
  ],
  corrections: [
    { as: 'somchai', type: 'SUBMIT' },
    { as: 'officer.khlongtoei', type: 'RECEIVE' },
    { as: 'officer.khlongtoei', type: 'ACCEPT' },
    { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('fail', 'ต้องแก้ไขท่อระบายน้ำ') },
  ],
  consideration: [
    { as: 'somchai', type: 'SUBMIT' },
    { as: 'officer.khlongtoei', type: 'RECEIVE' },
    { as: 'officer.khlongtoei', type: 'ACCEPT' },
    { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass') },
  ],
  awaiting_payment: [
    { as: 'somchai', type: 'SUBMIT' },
    { as: 'officer.khlongtoei', type: 'RECEIVE' },
    { as: 'officer.khlongtoei', type: 'ACCEPT' },
    { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass') },
    { as: 'approver.khlongtoei', type: 'APPROVE', data: FOOD_FEE_SET },
  ],
  rejected: [
    { as: 'somchai', type: 'SUBMIT' },
    { as: 'officer.khlongtoei', type: 'RECEIVE' },
    { as: 'officer.khlongtoei', type: 'ACCEPT' },
    { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass') },
    { as: 'approver.khlongtoei', type: 'REJECT', comment: 'ไม่ผ่านเกณฑ์ / does not qualify' },
  ],
};

/** A food permit application on the current version, driven to `state`. */
export async function applicationIn(t: TestApp, state: keyof typeof PATHS): Promise<{ id: string; trackingNumber: string; state: string }> {
  const app = await createFoodApplication(t);
  await drive(t, app.id, PATHS[state]);
  return { id: app.id, trackingNumber: app.trackingNumber, state };
}

/** Polls a migration's report until it is no longer running. */
export async function finished(t: TestApp, id: string, timeoutMs = 60_000): Promise<Record<string, any>> {
  const admin = { Authorization: `Bearer ${await t.login('admin')}` };
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http.get(`${MIGRATIONS}/${id}`).set(admin);
    if (res.status !== 200) throw new Error(`report: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.status !== 'running') return res.body;
    if (Date.now() > until) throw new Error(`migration ${id} still running: ${JSON.stringify({ ...res.body, items: undefined })}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
