import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, type TestApp } from './test-app';

export interface Step {
  as: string;
  type: string;
  comment?: string;
  data?: Record<string, unknown>;
}

/** The food premises permit's path from draft to awaiting payment. */
export const TO_AWAITING_PAYMENT: Step[] = [
  { as: 'somchai', type: 'SUBMIT' },
  { as: 'officer.khlongtoei', type: 'RECEIVE' },
  { as: 'officer.khlongtoei', type: 'ACCEPT' },
  { as: 'officer.khlongtoei', type: 'SCHEDULE_INSPECTION', data: { date: '2026-12-01' } },
  { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: { result: 'pass', notes: 'สุขาภิบาลผ่านเกณฑ์' } },
  { as: 'approver.khlongtoei', type: 'APPROVE' },
];

export async function createFoodApplication(t: TestApp, as = 'somchai', overrides: Record<string, unknown> = {}) {
  const res = await t.http
    .post('/api/v1/applications')
    .auth(await t.login(as), { type: 'bearer' })
    .send({ licenceType: 'food-premises-permit', business: 'restaurant', premises: KHLONG_TOEI_PREMISES, form: COMPLETE_FOOD_FORM, confirmApplicantData: true, ...overrides });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; trackingNumber: string; version: number; state: string };
}

export async function sendEvent(t: TestApp, id: string, step: Step & { expectedVersion?: number }) {
  const { as, ...event } = step;
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
  const [applications, events, outbox] = await Promise.all([
    t.count('applications'),
    t.count('application_events'),
    t.count('outbox'),
  ]);
  return { applications, events, outbox };
}
