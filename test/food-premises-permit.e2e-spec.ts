import { createFoodApplication, drive, inspectionResult, sendEvent, TO_AWAITING_PAYMENT } from './support/flows';
import { attachRequiredDocuments, samplePdf, uploadDocument } from './support/documents';
import { startTestApp, type TestApp } from './support/test-app';

describe('Food premises permit: draft to awaiting payment through the API', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('lists the licence type, the restaurant business and the workflow', async () => {
    const types = await t.http.get('/api/v1/licence-types').expect(200);
    expect(types.body).toContainEqual(expect.objectContaining({ slug: 'food-premises-permit', processingDays: 30 }));
    const detail = await t.http.get('/api/v1/licence-types/food-premises-permit').expect(200);
    expect(detail.body.fees).toEqual([expect.objectContaining({ code: 'licence', amountSatang: 200000 })]);
    expect(detail.body.form.required).toContain('businessName');
    const business = await t.http.get('/api/v1/businesses/restaurant').expect(200);
    expect(business.body.licences).toContainEqual(expect.objectContaining({ slug: 'food-premises-permit', availableOnline: true }));
    const workflow = await t.http.get('/api/v1/licence-types/food-premises-permit/workflow').expect(200);
    expect(workflow.body.machine.states.consideration.meta).toEqual(expect.objectContaining({ status: 'under_consideration', actor: 'approver', slaDays: 12 }));
    await t.http.get('/api/v1/licence-types/no-such-licence').expect(404);
  });

  it('takes an application from draft through review, inspection and approval to awaiting payment', async () => {
    const applicant = await t.login('somchai');
    const created = await t.http
      .post('/api/v1/applications')
      .auth(applicant, { type: 'bearer' })
      .send({
        licenceType: 'food-premises-permit',
        business: 'restaurant',
        premises: { address: '99 ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110', provinceCode: '10', districtCode: '1033', subdistrictCode: '103301' },
        form: { businessName: 'ครัวคุณแม่', premisesType: 'sale', areaSquareMetres: 250 },
      })
      .expect(201);
    expect(created.body).toMatchObject({ state: 'draft', status: 'draft', version: 1, agency: { id: 'bma-khlong-toei' } });
    expect(created.body.trackingNumber).toMatch(/^BP25\d\d-[0-9A-Z]{8}$/);
    expect(created.body.availableEvents.map((e: { type: string }) => e.type)).toEqual(['SUBMIT', 'CANCEL', 'CHOOSE_DELIVERY']);
    expect(created.body.formProblems.map((p: { field: string }) => p.field)).toEqual(
      expect.arrayContaining(['form.foodHandlers', 'form.openingHours', 'form.contactPhone']),
    );
    const id = created.body.id;

    // The applicant data came from government records: she confirms it before submitting.
    const unconfirmed = await sendEvent(t, id, { as: 'somchai', type: 'SUBMIT' });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.message).toMatch(/confirm the applicant data/);
    expect(unconfirmed.body.details).toEqual([{ field: 'confirmApplicantData', problem: expect.any(String) }]);
    expect(await t.count('application_events', `application_id = '${id}'`)).toBe(0);
    const notTrue = await t.http.patch(`/api/v1/applications/${id}`).auth(applicant, { type: 'bearer' }).send({ confirmApplicantData: false }).expect(400);
    expect(notTrue.body.message).toMatch(/confirmApplicantData must be true/);
    const neither = await t.http.patch(`/api/v1/applications/${id}`).auth(applicant, { type: 'bearer' }).send({}).expect(400);
    expect(neither.body.message).toMatch(/send form, confirmApplicantData: true, or both/);
    const byOfficer = await t.http.patch(`/api/v1/applications/${id}`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).send({ confirmApplicantData: true });
    expect(byOfficer.status).toBe(403);
    const confirmed = await t.http.patch(`/api/v1/applications/${id}`).auth(applicant, { type: 'bearer' }).send({ confirmApplicantData: true, expectedVersion: 1 }).expect(200);
    expect(confirmed.body).toMatchObject({ version: 2, holder: { confirmedAt: expect.any(String) } });

    // An incomplete form cannot be submitted, and the answer says what is missing.
    const early = await sendEvent(t, id, { as: 'somchai', type: 'SUBMIT' });
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/form\.contactPhone is required/);
    // ... and which required documents are not uploaded yet.
    expect(early.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'documents.site-plan' })]));
    expect(await attachRequiredDocuments(t, id)).toHaveLength(5);

    const patched = await t.http
      .patch(`/api/v1/applications/${id}`)
      .auth(applicant, { type: 'bearer' })
      .send({ form: { foodHandlers: 6, openingHours: '10:00-22:00', contactPhone: '0812345678' }, expectedVersion: 2 })
      .expect(200);
    expect(patched.body).toMatchObject({ version: 3, formProblems: [] });

    const states: string[] = [];
    for (const step of TO_AWAITING_PAYMENT) {
      const res = await sendEvent(t, id, step);
      expect(res.status).toBe(200);
      states.push(res.body.state);
    }
    expect(states).toEqual(['submitted', 'checking', 'inspection', 'inspection', 'consideration', 'awaiting_payment']);

    const final = await t.http.get(`/api/v1/applications/${id}`).auth(applicant, { type: 'bearer' }).expect(200);
    expect(final.body).toMatchObject({ status: 'awaiting_payment', version: 9, awaiting: 'applicant' });
    expect(final.body.submittedAt).not.toBeNull();

    const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).auth(applicant, { type: 'bearer' }).expect(200);
    expect(timeline.body.entries.map((e: { event: string }) => e.event)).toEqual(TO_AWAITING_PAYMENT.map((s) => s.type));
    expect(timeline.body.entries[4]).toMatchObject({ data: { result: 'pass' }, actor: { id: 'user-officer-kt', agencyId: 'bma-khlong-toei' } });
    expect(timeline.body.integrity).toEqual({ verified: true, brokenAtSeq: null, recordedBreaks: [], anchor: null });

    // Effects: the fee is raised from the licence definition; notify effects became notifications.
    await waitFor(async () => (await t.count('invoices', `application_id = '${id}' AND status = 'open' AND amount_satang = 200000`)) === 1);
    await waitFor(async () => (await t.count('outbox', "type = 'notify' AND status <> 'done'")) === 0);
    const notes = await t.http.get('/api/v1/notifications').auth(applicant, { type: 'bearer' }).expect(200);
    expect(notes.body.map((n: { template: string }) => n.template)).toEqual(
      expect.arrayContaining(['application-submitted', 'documents-complete', 'inspection-scheduled', 'approved-awaiting-payment']),
    );
    const officeNotes = await t.http.get('/api/v1/notifications').auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(officeNotes.body.map((n: { template: string }) => n.template)).toContain('new-application');
  });

  it('loops through needs_documents and a failed inspection', async () => {
    const { id } = await createFoodApplication(t);
    await drive(t, id, [
      { as: 'somchai', type: 'SUBMIT' },
      {
        as: 'officer.khlongtoei',
        type: 'REQUEST_INFO',
        comment: 'กรุณาแนบแผนผังร้านที่แสดงห้องครัว',
        data: { items: [{ kind: 'document', documentCode: 'site-plan', reason: 'แผนผังไม่แสดงห้องครัว' }] },
      },
    ]);
    expect((await uploadDocument(t, id, 'somchai', 'site-plan', await samplePdf('แผนผังใหม่'))).status).toBe(201);
    const end = await drive(t, id, [
      { as: 'somchai', type: 'RESUBMIT' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
      { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('fail', 'ไม่มีตะแกรงดักไขมัน') },
      { as: 'somchai', type: 'RESUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass') },
      { as: 'approver.khlongtoei', type: 'REJECT', comment: 'ที่ตั้งอยู่ในเขตห้ามประกอบกิจการ' },
    ]);
    expect(end.state).toBe('rejected');
    const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
    expect(timeline.body.entries.map((e: { to: { status: string } }) => e.to.status)).toEqual([
      'submitted', 'needs_documents', 'checking', 'inspection', 'needs_documents', 'inspection', 'under_consideration', 'rejected',
    ]);
  });

  it('lets the applicant cancel before approval but not after', async () => {
    const { id } = await createFoodApplication(t);
    await drive(t, id, [{ as: 'somchai', type: 'SUBMIT' }, { as: 'somchai', type: 'CANCEL' }]);
    const other = await createFoodApplication(t);
    await drive(t, other.id, TO_AWAITING_PAYMENT);
    const late = await sendEvent(t, other.id, { as: 'somchai', type: 'CANCEL' });
    expect(late.status).toBe(409);
  });

  it('tracks publicly by tracking number without personal data', async () => {
    const app = await createFoodApplication(t);
    await t.http.get(`/api/v1/track/${app.trackingNumber}`).expect(404); // a draft is not filed yet
    await drive(t, app.id, TO_AWAITING_PAYMENT.slice(0, 2));
    const res = await t.http.get(`/api/v1/track/${app.trackingNumber}`).expect(200);
    expect(res.body).toMatchObject({ status: 'checking', agency: { name: { en: 'Khlong Toei District Office, Bangkok' } } });
    expect(res.body.steps.map((s: { status: string }) => s.status)).toEqual(['submitted', 'checking']);
    const text = JSON.stringify(res.body);
    for (const personal of ['สมชาย', 'Somchai', 'ครัวคุณแม่', '0812345678', 'ถนนพระราม', 'user-somchai', app.id]) {
      expect(text).not.toContain(personal);
    }
  });

  it("gives each office a work queue of its own applications waiting for the user's role, oldest due first", async () => {
    const first = await createFoodApplication(t);
    await drive(t, first.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const second = await createFoodApplication(t, 'suda');
    await drive(t, second.id, [{ as: 'suda', type: 'SUBMIT' }]);
    const queue = await t.http.get('/api/v1/work-queue').auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    const ids = queue.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(queue.body.items[0]).toMatchObject({ overdue: false, status: expect.any(String) });
    expect(queue.body.items.every((i: { dueAt: string | null }) => i.dueAt !== null)).toBe(true);
    const approverQueue = await t.http.get('/api/v1/work-queue').auth(await t.login('approver.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(approverQueue.body.items.map((i: { id: string }) => i.id)).not.toContain(first.id);
    const otherOffice = await t.http.get('/api/v1/work-queue').auth(await t.login('officer.nonthaburi'), { type: 'bearer' }).expect(200);
    expect(otherOffice.body.items).toEqual([]);
    await t.http.get('/api/v1/work-queue').auth(await t.login('somchai'), { type: 'bearer' }).expect(403);
  });

  it('lists applications per role: mine, my office’s, all for auditors', async () => {
    const mine = await t.http.get('/api/v1/applications?limit=100').auth(await t.login('suda'), { type: 'bearer' }).expect(200);
    expect(mine.body.items.every((a: { applicant: { id: string } }) => a.applicant.id === 'user-suda')).toBe(true);
    const office = await t.http.get('/api/v1/applications?status=submitted').auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(office.body.items.every((a: { status: string; agency: { id: string } }) => a.status === 'submitted' && a.agency.id === 'bma-khlong-toei')).toBe(true);
    const nonthaburi = await t.http.get('/api/v1/applications').auth(await t.login('officer.nonthaburi'), { type: 'bearer' }).expect(200);
    expect(nonthaburi.body.total).toBe(0);
    const audit = await t.http.get('/api/v1/applications').auth(await t.login('auditor'), { type: 'bearer' }).expect(200);
    expect(audit.body.total).toBeGreaterThanOrEqual(mine.body.total + office.body.total);
    await t.http.get('/api/v1/applications').auth(await t.login('admin'), { type: 'bearer' }).expect(403);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
