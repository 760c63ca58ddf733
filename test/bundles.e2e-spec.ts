import { CatalogueService } from '@bizportal/licensing';
import { attachRequiredDocuments } from './support/documents';
import { drive, footprint, KHLONG_TOEI_INSPECTION, inspectionResult, PRIVACY_CONSENT, sendEvent } from './support/flows';
import { sampleForm } from './support/sample-form';
import { KHLONG_TOEI_PREMISES, placeholder, startTestApp, type TestApp } from './support/test-app';

/** Three licences of the restaurant quiz that Khlong Toei's district office handles, applied for together. */
const THREE = ['food-premises-permit', 'signboard-tax', 'commercial-registration'];
const CHIANG_MAI = { address: '1 ถนนท่าแพ ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ เชียงใหม่ 50100', provinceCode: '50', districtCode: '5001', subdistrictCode: '500101' };

describe('Bundles: several licences in one application (issue 17 part 2)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  const as = async (who: string) => ({ Authorization: `Bearer ${await t.login(who)}` });
  const create = async (body: Record<string, unknown>, who = 'somchai') =>
    t.http.post('/api/v1/bundles').set(await as(who)).send({ business: 'restaurant', licenceTypes: THREE, premises: KHLONG_TOEI_PREMISES, confirmApplicantData: true, form: { businessName: 'ครัวคุณแม่', contactPhone: '0812345678' }, ...body });
  const submit = async (id: string, body: Record<string, unknown> = { privacyConsent: PRIVACY_CONSENT }, who = 'somchai') => t.http.post(`/api/v1/bundles/${id}/submit`).set(await as(who)).send(body);
  const stored = async () => ({ ...(await footprint(t)), bundles: await t.count('application_bundles') });

  /** Each application's form filled as its licence asks (what the shared fields left), and its documents attached. */
  async function complete(bundle: { applications: { id: string; licenceType: { slug: string }; version: number }[] }) {
    const catalogue = t.app.get(CatalogueService);
    for (const app of bundle.applications) {
      const form = sampleForm((await catalogue.workflow(app.licenceType.slug)).definition.form);
      const res = await t.http.patch(`/api/v1/applications/${app.id}`).set(await as('somchai')).send({ form: { ...form, businessName: 'ครัวคุณแม่' }, expectedVersion: app.version });
      expect(res.status).toBe(200);
      await attachRequiredDocuments(t, app.id);
    }
  }

  it('starts one draft per licence with the shared data entered once, and shows them together to the applicant only', async () => {
    const res = await create({});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      referenceNumber: expect.stringMatching(/^BN25\d\d-[0-9A-Z]{8}$/),
      business: { slug: 'restaurant', name: { en: 'Restaurant and beverage business' } },
      premises: KHLONG_TOEI_PREMISES,
      holder: { type: 'person', name: { th: expect.any(String) } },
      drafts: 3,
    });
    expect(res.body.applications.map((a: { licenceType: { slug: string } }) => a.licenceType.slug)).toEqual(THREE);
    for (const app of res.body.applications) {
      expect(app).toMatchObject({ status: 'draft', agency: { id: 'bma-khlong-toei' }, fees: [expect.objectContaining({ amountSatang: expect.any(Number) })] });
      const full = (await t.http.get(`/api/v1/applications/${app.id}`).set(await as('somchai')).expect(200)).body;
      // The shared fields went into each form, the premises and the holder are the bundle's.
      expect(full).toMatchObject({ business: 'restaurant', premises: KHLONG_TOEI_PREMISES, form: { businessName: 'ครัวคุณแม่', contactPhone: '0812345678' }, holder: { type: 'person' } });
    }
    const list = (await t.http.get('/api/v1/bundles').set(await as('somchai')).expect(200)).body;
    expect(list.map((b: { id: string }) => b.id)).toContain(res.body.id);
    expect((await t.http.get(`/api/v1/bundles/${res.body.id}`).set(await as('somchai')).expect(200)).body.applications).toHaveLength(3);
    // Another applicant does not learn that it exists; her own list does not show it.
    const other = await t.http.get(`/api/v1/bundles/${res.body.id}`).set(await as('suda'));
    expect([other.status, other.body.code]).toEqual([404, 'BUNDLE_NOT_FOUND']);
    expect((await t.http.get('/api/v1/bundles').set(await as('suda')).expect(200)).body).toEqual([]);
    expect((await t.http.get(`/api/v1/bundles/${res.body.id}`).set(await as('officer.khlongtoei'))).status).toBe(403);
  });

  it('refuses bad input with a 4xx naming the field, and stores nothing', async () => {
    const before = await stored();
    const cases: [Record<string, unknown>, number, string, string[]?][] = [
      [{ licenceTypes: ['food-premises-permit'] }, 400, 'VALIDATION_FAILED'],
      [{ licenceTypes: ['food-premises-permit', 'food-premises-permit'] }, 400, 'VALIDATION_FAILED'],
      [{ licenceTypes: Array.from({ length: 11 }, (_, i) => `licence-${i}`) }, 400, 'VALIDATION_FAILED'],
      [{ licenceTypes: ['food-premises-permit', 'Not A Slug'] }, 400, 'VALIDATION_FAILED'],
      [{ premises: undefined }, 400, 'VALIDATION_FAILED'],
      [{ business: 'no-such-business' }, 400, 'BUSINESS_TYPE_UNKNOWN', ['business']],
      [{ premises: { ...KHLONG_TOEI_PREMISES, districtCode: '1201' } }, 400, 'PREMISES_AREA_MISMATCH', ['premises.districtCode', 'premises.subdistrictCode']],
      [{ licenceTypes: ['food-premises-permit', 'no-such-licence'] }, 422, 'BUNDLE_LICENCE_NOT_APPLICABLE', ['licenceTypes[1]']],
      // The cosmetics notification is not one of the restaurant's licences.
      [{ licenceTypes: ['controlled-cosmetics-notification', 'signboard-tax'] }, 422, 'BUNDLE_LICENCE_NOT_APPLICABLE', ['licenceTypes[0]']],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await create(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
      if (field) expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(field);
      expect(res.body.message).toMatch(/ \/ /);
    }
    // Chiang Mai has no local office here: the food permit cannot be applied for, so neither is the liquor licence.
    const mixed = await create({ licenceTypes: ['liquor-sale-licence', 'food-premises-permit', 'signboard-tax'], premises: CHIANG_MAI });
    expect([mixed.status, mixed.body.code]).toEqual([422, 'BUNDLE_LICENCE_NOT_APPLICABLE']);
    expect(mixed.body.details).toEqual([
      { field: 'licenceTypes[1]', problem: expect.stringMatching(/^food-premises-permit: NO_LOCAL_OFFICE: /) },
      { field: 'licenceTypes[2]', problem: expect.stringMatching(/^signboard-tax: NO_LOCAL_OFFICE: /) },
    ]);
    expect(mixed.body.message).toContain('food-premises-permit, signboard-tax');
    expect(await stored()).toEqual(before);
  });

  it('submits the drafts together or not at all, and each then runs its own workflow: a refusal of one leaves the others', async () => {
    const bundle = (await create({})).body;
    const before = await stored();
    // Forms incomplete and documents missing: nothing submitted, each application named with its reason.
    const early = await submit(bundle.id);
    expect([early.status, early.body.code]).toEqual([422, 'BUNDLE_NOT_READY']);
    expect(early.body.details.map((d: { field: string }) => d.field)).toEqual(['applications[0]', 'applications[1]', 'applications[2]']);
    expect(early.body.details[0].problem).toMatch(new RegExp(`^${bundle.applications[0].trackingNumber} \\(food-premises-permit\\): EVENT_CONDITION_FAILED`));
    expect(await stored()).toEqual(before);

    await complete(bundle);
    const noConsent = await submit(bundle.id, {});
    expect([noConsent.status, noConsent.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const oldNotice = await submit(bundle.id, { privacyConsent: { noticeVersion: '0', agreed: true } });
    expect([oldNotice.status, oldNotice.body.code]).toEqual([422, 'PRIVACY_NOTICE_NOT_CURRENT']);
    expect((await submit(bundle.id, undefined, 'suda')).status).toBe(404);

    const res = await submit(bundle.id);
    expect(res.status).toBe(200);
    expect(res.body.drafts).toBe(0);
    // Each took its own workflow's first step (the registration goes straight to checking).
    const submitted = res.body.applications.map((a: { status: string }) => a.status);
    expect(submitted).toEqual(['submitted', 'submitted', 'checking']);
    for (const app of res.body.applications) {
      const timeline = (await t.http.get(`/api/v1/applications/${app.id}/timeline`).set(await as('somchai')).expect(200)).body;
      expect(timeline.entries.map((e: { event: string }) => e.event)).toEqual(['SUBMIT']);
      expect(timeline.entries[0].data.privacyConsent).toMatchObject({ noticeVersion: PRIVACY_CONSENT.noticeVersion, agreed: true });
    }
    expect(await t.count('application_consents', `application_id IN (${bundle.applications.map((_: unknown, i: number) => placeholder(i + 1)).join(', ')})`, bundle.applications.map((a: { id: string }) => a.id))).toBe(3);
    const again = await submit(bundle.id);
    expect([again.status, again.body.code]).toEqual([409, 'BUNDLE_NOTHING_TO_SUBMIT']);

    // The office refuses the food permit; the signboard and the registration go on.
    await drive(t, bundle.applications[0].id, [
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
      { as: 'officer.khlongtoei', type: 'SCHEDULE_INSPECTION', data: KHLONG_TOEI_INSPECTION },
      { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass') },
      { as: 'approver.khlongtoei', type: 'REJECT', comment: 'ทำเลไม่เหมาะสม' },
    ]);
    expect((await sendEvent(t, bundle.applications[1].id, { as: 'officer.khlongtoei', type: 'RECEIVE' })).status).toBe(200);
    const after = (await t.http.get(`/api/v1/bundles/${bundle.id}`).set(await as('somchai')).expect(200)).body;
    expect(after.applications.map((a: { status: string }) => a.status)).toEqual(['rejected', 'checking', submitted[2]]);
  });

  it('submits nothing when one draft is not ready, naming only that one', async () => {
    const bundle = (await create({ licenceTypes: ['signboard-tax', 'commercial-registration'] })).body;
    await complete({ applications: [bundle.applications[0]] });
    const before = await stored();
    const res = await submit(bundle.id);
    expect([res.status, res.body.code]).toEqual([422, 'BUNDLE_NOT_READY']);
    expect(res.body.details).toEqual([{ field: 'applications[1]', problem: expect.stringMatching(new RegExp(`^${bundle.applications[1].trackingNumber} \\(commercial-registration\\): `)) }]);
    expect(await stored()).toEqual(before);
    expect((await t.http.get(`/api/v1/bundles/${bundle.id}`).set(await as('somchai')).expect(200)).body.drafts).toBe(2);
  });
});
