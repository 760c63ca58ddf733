import { createFoodApplication, drive, FOOD_FEE_SET, footprint, sendEvent, TO_AWAITING_PAYMENT } from './support/flows';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

describe('Bad input and races: clear 4xx answers that leave nothing behind', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  /** Runs a refused request and checks the error shape and that no row was added anywhere. */
  async function refused(run: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number) {
    const before = await footprint(t);
    const res = await run();
    expect(res.status).toBe(status);
    expect(res.body).toEqual(expect.objectContaining({ statusCode: status, error: expect.any(String), message: expect.any(String) }));
    expect(await footprint(t)).toEqual(before);
    return res.body as { message: string; details?: unknown };
  }

  const create = async (body: Record<string, unknown>, as = 'somchai') =>
    t.http.post('/api/v1/applications').auth(await t.login(as), { type: 'bearer' }).send(body);

  it('refuses an invalid national ID at sign-in, saying which check failed', async () => {
    const badDigit = await t.http.post('/api/v1/auth/dev-login').send({ nationalId: '1101700230709' });
    expect(badDigit.status).toBe(400);
    expect(badDigit.body.details).toEqual([{ field: 'nationalId', problem: expect.stringContaining('check digit') }]);
    const short = await t.http.post('/api/v1/auth/dev-login').send({ nationalId: '12345' });
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/13 digits/);
    const ok = await t.http.post('/api/v1/auth/dev-login').send({ nationalId: '1101700230708' }).expect(200);
    expect(ok.body.user.username).toBe('somchai');
    await t.http.post('/api/v1/auth/dev-login').send({ username: 'nobody' }).expect(404);
  });

  it('refuses an unknown licence type', async () => {
    const body = await refused(() => create({ licenceType: 'space-station-permit', premises: KHLONG_TOEI_PREMISES, form: {} }), 400);
    expect(body.details).toEqual([{ field: 'licenceType', problem: expect.stringContaining("'space-station-permit' is not a licence type") }]);
  });

  it('refuses a form that does not match the licence form schema, naming the field', async () => {
    const body = await refused(
      () => create({ licenceType: 'food-premises-permit', premises: KHLONG_TOEI_PREMISES, form: { ...COMPLETE_FOOD_FORM, areaSquareMetres: 150, contactPhone: 'call me' } }),
      400,
    );
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: 'form.areaSquareMetres', problem: 'must be > 200' },
        { field: 'form.contactPhone', problem: expect.stringContaining('must match pattern') },
      ]),
    );
    const unknownField = await refused(() => create({ licenceType: 'food-premises-permit', premises: KHLONG_TOEI_PREMISES, form: { idCardCopy: 'x' } }), 400);
    expect(unknownField.details).toEqual([{ field: 'form.idCardCopy', problem: 'is not a known field' }]);
  });

  it('refuses a malformed request body with the field path', async () => {
    const body = await refused(
      () => create({ licenceType: 'food-premises-permit', premises: { ...KHLONG_TOEI_PREMISES, subdistrictCode: '1033' }, form: [], extra: 1 }),
      400,
    );
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: 'premises.subdistrictCode', problem: expect.stringContaining('6-digit') },
        { field: 'form', problem: 'form must be a JSON object' },
        { field: 'extra', problem: 'property extra should not exist' },
      ]),
    );
    const mismatch = await refused(() => create({ licenceType: 'food-premises-permit', premises: { ...KHLONG_TOEI_PREMISES, districtCode: '1201' } }), 400);
    expect(mismatch.details).toEqual(expect.arrayContaining([{ field: 'premises.districtCode', problem: 'district 1201 is not in province 10' }]));
    const unserved = await refused(() => create({ licenceType: 'food-premises-permit', premises: { ...KHLONG_TOEI_PREMISES, districtCode: '5001', provinceCode: '50', subdistrictCode: '500101' } }), 422);
    expect(unserved.message).toMatch(/No local office in this system serves subdistrict 500101/);
    const invalidJson = await refused(async () => t.http.post('/api/v1/applications').auth(await t.login('somchai'), { type: 'bearer' }).set('content-type', 'application/json').send('{"licenceType":'), 400);
    expect(invalidJson.message).toMatch(/not valid JSON/);
  });

  it('answers an event the state does not accept with 409 and the allowed events', async () => {
    const app = await createFoodApplication(t);
    const body = await refused(() => sendEvent(t, app.id, { as: 'somchai', type: 'APPROVE' }), 409);
    expect(body.message).toMatch(/APPROVE is not possible .* state 'draft'; you can send: SUBMIT, CANCEL/);
    expect(body.details).toEqual({ state: 'draft', status: 'draft', allowedEvents: ['SUBMIT', 'CANCEL', 'CHOOSE_DELIVERY'], acceptedEvents: ['SUBMIT', 'CANCEL', 'CHOOSE_DELIVERY', 'CLOSE'] });
    const unknown = await refused(() => sendEvent(t, app.id, { as: 'somchai', type: 'constructor' }), 400);
    expect(unknown.message).toMatch(/type must be one of/);
  });

  it('answers an event by the wrong role with 403', async () => {
    const app = await createFoodApplication(t);
    await drive(t, app.id, TO_AWAITING_PAYMENT.slice(0, 5));
    const body = await refused(() => sendEvent(t, app.id, { as: 'officer.khlongtoei', type: 'APPROVE' }), 403);
    expect(body.message).toMatch(/Only a approver of the responsible office may do this/);
    await refused(() => sendEvent(t, app.id, { as: 'somchai', type: 'REJECT', comment: 'no' }), 403);
    await refused(() => sendEvent(t, app.id, { as: 'auditor', type: 'APPROVE' }), 403);
    // An event that needs a reason, without one, is a 400 naming the field.
    const noReason = await refused(() => sendEvent(t, app.id, { as: 'approver.khlongtoei', type: 'REJECT' }), 400);
    expect(noReason.details).toEqual([{ field: 'comment', problem: expect.stringContaining('is required for REJECT') }]);
  });

  it('hides an application from another office and another applicant, leaking nothing', async () => {
    const app = await createFoodApplication(t);
    await drive(t, app.id, TO_AWAITING_PAYMENT.slice(0, 1));
    for (const outsider of ['officer.nonthaburi', 'approver.nonthaburi', 'suda', 'admin']) {
      const token = await t.login(outsider);
      const read = await t.http.get(`/api/v1/applications/${app.id}`).auth(token, { type: 'bearer' });
      expect([403, 404]).toContain(read.status);
      const act = await refused(() => sendEvent(t, app.id, { as: outsider, type: 'ACCEPT' }), read.status);
      const text = JSON.stringify([read.body, act]);
      for (const secret of ['ครัวคุณแม่', 'ถนนพระราม', 'somchai', app.trackingNumber]) expect(text).not.toContain(secret);
    }
    await t.http.get(`/api/v1/applications/${app.id}/timeline`).auth(await t.login('officer.nonthaburi'), { type: 'bearer' }).expect(404);
    await t.http.patch(`/api/v1/applications/${app.id}`).auth(await t.login('suda'), { type: 'bearer' }).send({ form: { seats: 1 } }).expect(404);
  });

  it('refuses a stale expectedVersion with 409 on events and on the form', async () => {
    const app = await createFoodApplication(t);
    const body = await refused(() => sendEvent(t, app.id, { as: 'somchai', type: 'SUBMIT', expectedVersion: 7 }), 409);
    expect(body.details).toEqual({ currentVersion: 1, expectedVersion: 7 });
    await refused(async () => t.http.patch(`/api/v1/applications/${app.id}`).auth(await t.login('somchai'), { type: 'bearer' }).send({ form: { seats: 5 }, expectedVersion: 2 }), 409);
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const locked = await refused(async () => t.http.patch(`/api/v1/applications/${app.id}`).auth(await t.login('somchai'), { type: 'bearer' }).send({ form: { seats: 5 } }), 409);
    expect(locked.message).toMatch(/only while a draft or waiting for more documents/);
  });

  it('lets exactly one of four simultaneous approvals win', async () => {
    const app = await createFoodApplication(t);
    const before = await drive(t, app.id, TO_AWAITING_PAYMENT.slice(0, 5));
    const token = await t.login('approver.khlongtoei');
    const eventsBefore = await t.count('application_events', `type = 'APPROVE'`);
    const outboxBefore = await t.count('outbox', `type = 'request-payment'`);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.http.post(`/api/v1/applications/${app.id}/events`).auth(token, { type: 'bearer' }).send({ type: 'APPROVE', data: FOOD_FEE_SET, expectedVersion: before.version }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    for (const loser of results.filter((r) => r.status === 409)) expect(loser.body.message).toEqual(expect.any(String));
    expect(await t.count('application_events', `type = 'APPROVE'`)).toBe(eventsBefore + 1);
    expect(await t.count('outbox', `type = 'request-payment'`)).toBe(outboxBefore + 1);

    // Without expectedVersion too: four tabs pressing "receive" at once.
    const second = await createFoodApplication(t);
    await drive(t, second.id, TO_AWAITING_PAYMENT.slice(0, 1));
    const officer = await t.login('officer.khlongtoei');
    const accepts = await Promise.all(
      Array.from({ length: 4 }, () => t.http.post(`/api/v1/applications/${second.id}/events`).auth(officer, { type: 'bearer' }).send({ type: 'RECEIVE' })),
    );
    expect(accepts.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const timeline = await t.http.get(`/api/v1/applications/${second.id}/timeline`).auth(officer, { type: 'bearer' }).expect(200);
    expect(timeline.body.entries.map((e: { event: string }) => e.event)).toEqual(['SUBMIT', 'RECEIVE']);
    expect(timeline.body.integrity.verified).toBe(true);
  });

  it('refuses a 2 MB JSON body with 413', async () => {
    const big = { licenceType: 'food-premises-permit', premises: KHLONG_TOEI_PREMISES, form: { businessName: 'ก'.repeat(700_000) } };
    const body = await refused(() => create(big), 413);
    expect(body.message).toMatch(/larger than/);
  });

  it('refuses unauthenticated and badly signed calls with 401', async () => {
    const app = await createFoodApplication(t);
    await refused(() => t.http.get('/api/v1/applications'), 401);
    await refused(() => t.http.post('/api/v1/applications').send({ licenceType: 'food-premises-permit' }), 401);
    await refused(() => t.http.post(`/api/v1/applications/${app.id}/events`).send({ type: 'SUBMIT' }), 401);
    const token = await t.login('somchai');
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await refused(() => t.http.get('/api/v1/applications').auth(forged, { type: 'bearer' }), 401);
    await refused(() => t.http.get('/api/v1/work-queue'), 401);
    await t.http.get('/api/v1/licence-types').expect(200);
    await t.http.get('/health').expect(200);
  });

  it('answers a malformed id with 400 and an unknown route with 404, both in the error shape', async () => {
    const token = await t.login('somchai');
    const bad = await t.http.get('/api/v1/applications/not-a-uuid').auth(token, { type: 'bearer' }).expect(400);
    expect(bad.body).toEqual({ statusCode: 400, error: 'Bad Request', code: 'INVALID_ID', message: expect.stringMatching(/must be a UUID/) });
    const missing = await t.http.get('/api/v1/nothing-here').auth(token, { type: 'bearer' }).expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'ROUTE_NOT_FOUND' });
  });
});
