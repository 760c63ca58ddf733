import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { OutboxRunner } from '@bizportal/licensing';
import { validateEnvironment } from '../apps/api/src/environment';
import { createFoodApplication, drive, footprint, TO_AWAITING_PAYMENT } from './support/flows';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, placeholder, startTestApp, type TestApp } from './support/test-app';

const WANEE_ID = '1103700012346';
const SOMCHAI_ID = '1101700230708';
/** บริษัท ครัววาณี จำกัด: wanee and somchai are its authorised directors. */
const KRUA_WANEE = '0105560012342';
/** บริษัท สุดาการค้า จำกัด: suda is its sole director. */
const SUDA_TRADING = '0125562001232';
/** ห้างหุ้นส่วนจำกัด สมชายพาณิชย์: somchai's, dissolved. */
const DISSOLVED = '0103550004566';
const UNKNOWN = '0105599999997';
const WRONG_CHECK_DIGIT = '0105560012343';

describe('Applicant data from government data exchange (fixture connector)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' })));
  afterAll(() => t.close());

  const as = async (username: string) => ({ authorization: `Bearer ${await t.login(username)}` });
  const create = async (username: string, body: Record<string, unknown>) =>
    t.http.post('/api/v1/applications').set(await as(username)).send({ premises: KHLONG_TOEI_PREMISES, ...body });
  const companyRegistration = (registrationNumber: string, extra: Record<string, unknown> = {}) => ({
    licenceType: 'commercial-registration',
    form: { contactPhone: '0812345678' },
    applicant: { type: 'juristic', registrationNumber },
    confirmApplicantData: true,
    ...extra,
  });
  const row = async (id: string) => {
    const rows = await t.app.get(DataSource).query(
      `SELECT holder_type, holder_id, holder_name_th, applicant_data, applicant_data_source, applicant_data_fetched_at, applicant_data_confirmed_at FROM applications WHERE id = ${placeholder(1)}`,
      [id],
    );
    return rows[0] as Record<string, unknown>;
  };

  it("GET /me/applicant-data: her citizen record and the companies she directs, each with source and time", async () => {
    const before = Date.now();
    const res = await t.http.get('/api/v1/me/applicant-data').set(await as('wanee')).expect(200);
    expect(res.body.citizen).toMatchObject({
      nationalId: WANEE_ID,
      fullName: { th: 'นางวาณี ศรีสุข', en: 'Mrs Wanee Srisuk' },
      dateOfBirth: '1982-07-21',
      address: { subdistrict: { code: '103302' }, district: { code: '1033' }, province: { code: '10' }, text: expect.stringContaining('แขวงคลองตัน เขตคลองเตย') },
      source: 'fixture:dopa',
    });
    expect(Date.parse(res.body.citizen.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(res.body.companies).toEqual([
      expect.objectContaining({
        registrationNumber: KRUA_WANEE,
        name: { th: 'บริษัท ครัววาณี จำกัด', en: 'Krua Wanee Company Limited' },
        typeName: { th: 'บริษัทจำกัด', en: 'Company limited' },
        status: 'active',
        mayApply: true,
        registeredCapitalSatang: 200000000,
        authorisedDirectors: [
          { name: { th: 'นางวาณี ศรีสุข', en: 'Mrs Wanee Srisuk' }, you: true },
          { name: { th: 'นายสมชาย ใจดี', en: 'Mr Somchai Jaidee' }, you: false },
        ],
        signingRule: expect.objectContaining({ th: expect.stringContaining('กรรมการคนใดคนหนึ่ง') }),
        headOffice: expect.objectContaining({ subdistrict: expect.objectContaining({ code: '103301' }) }),
        source: 'fixture:dbd',
      }),
    ]);
    // Co-directors are shown by name, as on the DBD certificate: never by national ID.
    expect(JSON.stringify(res.body.companies)).not.toContain(SOMCHAI_ID);

    const somchai = await t.http.get('/api/v1/me/applicant-data').set(await as('somchai')).expect(200);
    expect(somchai.body.citizen.address.subdistrict.code).toBe('103301');
    expect(somchai.body.companies.map((c: { registrationNumber: string; mayApply: boolean }) => [c.registrationNumber, c.mayApply]).sort()).toEqual([
      [DISSOLVED, false],
      [KRUA_WANEE, true],
    ]);
    const suda = await t.http.get('/api/v1/me/applicant-data').set(await as('suda')).expect(200);
    expect(suda.body.citizen.address.subdistrict.code).toBe('120101');
    expect(suda.body.companies.map((c: { registrationNumber: string }) => c.registrationNumber)).toEqual([SUDA_TRADING]);

    expect((await t.http.get('/api/v1/me/applicant-data').set(await as('officer.khlongtoei')).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    expect((await t.http.get('/api/v1/me/applicant-data').expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');
  });

  it('an application for herself (the default) stores her civil-registry record, its source and time', async () => {
    const before = new Date();
    const app = await createFoodApplication(t, 'somchai', { confirmApplicantData: undefined }); // she confirms later
    const view = await t.http.get(`/api/v1/applications/${app.id}`).set(await as('somchai')).expect(200);
    expect(view.body.holder).toMatchObject({
      type: 'person',
      id: SOMCHAI_ID,
      name: { th: 'นายสมชาย ใจดี', en: 'Mr Somchai Jaidee' },
      dataSource: 'fixture:dopa',
      confirmedAt: null,
      juristicPerson: null,
      applicantRecord: { nationalId: SOMCHAI_ID, address: expect.objectContaining({ subdistrict: expect.objectContaining({ code: '103301' }) }) },
    });
    expect(new Date(view.body.holder.fetchedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const stored = await row(app.id);
    expect(stored).toMatchObject({ holder_type: 'person', holder_id: SOMCHAI_ID, applicant_data_source: 'fixture:dopa', applicant_data_confirmed_at: null });
    expect(JSON.parse(String(stored.applicant_data)).citizen.record.nationalId).toBe(SOMCHAI_ID);
  });

  let companyApplication = '';

  it('pre-fills the form from the company record, and stores the confirmed snapshot with source and time', async () => {
    const before = Date.now();
    const res = await create('wanee', companyRegistration(KRUA_WANEE));
    expect(res.status).toBe(201);
    companyApplication = res.body.id;
    expect(res.body.form).toEqual({ contactPhone: '0812345678', businessName: 'บริษัท ครัววาณี จำกัด', capitalBaht: 2000000 });
    expect(res.body.formProblems).toEqual([]);
    expect(res.body.holder).toMatchObject({
      type: 'juristic',
      id: KRUA_WANEE,
      name: { th: 'บริษัท ครัววาณี จำกัด', en: 'Krua Wanee Company Limited' },
      dataSource: 'fixture:dbd',
      actingDirector: { name: { th: 'นางวาณี ศรีสุข', en: 'Mrs Wanee Srisuk' } },
      juristicPerson: expect.objectContaining({ registrationNumber: KRUA_WANEE, status: 'active' }),
      applicantRecord: expect.objectContaining({ nationalId: WANEE_ID, source: 'fixture:dopa' }),
    });
    for (const time of [res.body.holder.fetchedAt, res.body.holder.confirmedAt]) {
      expect(Date.parse(time)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(time)).toBeLessThanOrEqual(Date.now());
    }
    const stored = await row(companyApplication);
    expect(stored).toMatchObject({ holder_type: 'juristic', holder_id: KRUA_WANEE, holder_name_th: 'บริษัท ครัววาณี จำกัด', applicant_data_source: 'fixture:dbd' });
    expect(stored.applicant_data_fetched_at).not.toBeNull();
    expect(stored.applicant_data_confirmed_at).not.toBeNull();
    const snapshot = JSON.parse(String(stored.applicant_data));
    expect(snapshot.juristicPerson).toMatchObject({ source: 'fixture:dbd', record: { registrationNumber: KRUA_WANEE } });
    expect(snapshot.citizen).toMatchObject({ source: 'fixture:dopa', record: { nationalId: WANEE_ID } });
  });

  it('keeps what the applicant typed: only empty fields are pre-filled', async () => {
    const res = await create('somchai', companyRegistration(KRUA_WANEE, { form: { contactPhone: '0812345678', businessName: 'ครัววาณี สาขาพระราม 4' } }));
    expect(res.status).toBe(201);
    expect(res.body.form).toEqual({ contactPhone: '0812345678', businessName: 'ครัววาณี สาขาพระราม 4', capitalBaht: 2000000 });
    expect(res.body.holder.actingDirector.name.en).toBe('Mr Somchai Jaidee');
  });

  it.each([
    {
      why: 'a company she does not direct (403)',
      who: 'wanee',
      body: companyRegistration(SUDA_TRADING),
      status: 403,
      message: /You are not an authorised director of Suda Trading Company Limited \(0125562001232\)/,
    },
    { why: 'a stranger acting for wanee’s company (403)', who: 'suda', body: companyRegistration(KRUA_WANEE), status: 403, message: /not an authorised director/ },
    { why: 'a dissolved partnership (422)', who: 'somchai', body: companyRegistration(DISSOLVED), status: 422, message: /"Dissolved": only an active juristic person can apply/ },
    {
      why: 'a registration number with a wrong check digit (400)',
      who: 'wanee',
      body: companyRegistration(WRONG_CHECK_DIGIT),
      status: 400,
      message: /applicant\.registrationNumber: .*check digit does not match/,
      field: 'applicant.registrationNumber',
    },
    { why: 'an unknown registration number (404)', who: 'wanee', body: companyRegistration(UNKNOWN), status: 404, message: /No juristic person is registered under 0105599999997/, field: 'applicant.registrationNumber', code: 'JURISTIC_PERSON_NOT_FOUND' },
    { why: 'a national ID instead of a registration number (400)', who: 'wanee', body: companyRegistration(WANEE_ID), status: 400, message: /starts with 0/, field: 'applicant.registrationNumber' },
    { why: 'juristic without a number (400)', who: 'wanee', body: companyRegistration(KRUA_WANEE, { applicant: { type: 'juristic' } }), status: 400, message: /registrationNumber is required/ },
    { why: 'a number for a person (400)', who: 'wanee', body: companyRegistration(KRUA_WANEE, { applicant: { type: 'person', registrationNumber: KRUA_WANEE } }), status: 400, message: /only for applicant.type juristic/ },
    { why: 'an unknown applicant type (400)', who: 'wanee', body: companyRegistration(KRUA_WANEE, { applicant: { type: 'company', registrationNumber: KRUA_WANEE } }), status: 400, message: /applicant.type must be person or juristic/ },
    { why: 'an unknown applicant field (400)', who: 'wanee', body: companyRegistration(KRUA_WANEE, { applicant: { type: 'juristic', registrationNumber: KRUA_WANEE, idCardCopy: 'x' } }), status: 400, message: /idCardCopy should not exist/ },
    { why: 'refusing to confirm the data (400)', who: 'wanee', body: companyRegistration(KRUA_WANEE, { confirmApplicantData: false }), status: 400, message: /confirmApplicantData must be true/, field: 'confirmApplicantData' },
  ])('refuses $why, storing nothing', async ({ who, body, status, message, field, code }) => {
    const before = await footprint(t);
    const res = await create(who, body);
    expect(res.status).toBe(status);
    expect(res.body.message).toMatch(message);
    if (field) expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    if (code) expect(res.body.code).toBe(code);
    expect(await footprint(t)).toEqual(before);
  });

  it('a second director sees the company’s application (list and get) but not the applicant’s own record; a stranger does not see it', async () => {
    const somchai = await as('somchai');
    const seen = await t.http.get(`/api/v1/applications/${companyApplication}`).set(somchai).expect(200);
    expect(seen.body.holder).toMatchObject({ type: 'juristic', id: KRUA_WANEE, applicantRecord: null, actingDirector: { name: { en: 'Mrs Wanee Srisuk' } } });
    const text = JSON.stringify(seen.body);
    expect(text).not.toContain(WANEE_ID);
    expect(text).not.toContain('200/15'); // wanee's house number
    expect(seen.body.availableEvents).toEqual([]);
    const list = await t.http.get('/api/v1/applications?limit=100').set(somchai).expect(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(companyApplication);
    // Seeing is not acting: only the director who applied submits it.
    await t.http.post(`/api/v1/applications/${companyApplication}/events`).set(somchai).send({ type: 'SUBMIT' }).expect(404);

    const suda = await as('suda');
    await t.http.get(`/api/v1/applications/${companyApplication}`).set(suda).expect(404);
    const sudaList = await t.http.get('/api/v1/applications?limit=100').set(suda).expect(200);
    expect(sudaList.body.items.map((a: { id: string }) => a.id)).not.toContain(companyApplication);

    // The office handling it sees the applicant's record: it needs her address.
    const office = await t.http.get(`/api/v1/applications/${companyApplication}`).set(await as('officer.khlongtoei')).expect(200);
    expect(office.body.holder.applicantRecord).toMatchObject({ nationalId: WANEE_ID });
  });

  it('a licence issued for a company names the company as holder', async () => {
    const app = await createFoodApplication(t, 'wanee', { applicant: { type: 'juristic', registrationNumber: KRUA_WANEE }, confirmApplicantData: true, form: COMPLETE_FOOD_FORM });
    await drive(t, app.id, TO_AWAITING_PAYMENT.map((step) => (step.as === 'somchai' ? { ...step, as: 'wanee' } : step)));
    const runner = t.app.get(OutboxRunner);
    await runner.runOnce();
    const invoices = (await t.http.get(`/api/v1/applications/${app.id}/payments`).set(await as('wanee')).expect(200)).body.invoices;
    expect(invoices).toHaveLength(1);
    const amountSatang = invoices[0].amountSatang;
    await t.http
      .post(`/api/v1/applications/${app.id}/payments/counter`)
      .set(await as('officer.khlongtoei'))
      .send({ receiptNumber: 'KT-2570-0777', amountSatang })
      .expect(201);
    await runner.runOnce();
    const view = await t.http.get(`/api/v1/applications/${app.id}`).set(await as('wanee')).expect(200);
    expect(view.body.status).toBe('completed');
    const licences = await t.http.get('/api/v1/licences').set(await as('wanee')).expect(200);
    expect(licences.body).toHaveLength(1);
    const detail = await t.http.get(`/api/v1/licences/${encodeURIComponent(licences.body[0].number)}`).set(await as('wanee')).expect(200);
    expect(detail.body).toMatchObject({ applicationId: app.id, holder: { type: 'juristic', id: KRUA_WANEE, name: 'บริษัท ครัววาณี จำกัด' } });
    const verify = await t.http.get(`/api/v1/verify/${encodeURIComponent(licences.body[0].number)}`).expect(200);
    expect(JSON.stringify(verify.body.holder)).not.toContain('วาณี ศรีสุข');
  });
});

describe('Applicant data when the data exchange is down (HTTP connector, closed port)', () => {
  let t: TestApp;
  beforeAll(async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    // A second API in this file needs its own module registry: the first one's configuration is fixed when loaded.
    await jest.isolateModulesAsync(async () => {
      const isolated = require('./support/test-app') as typeof import('./support/test-app');
      t = await isolated.startTestApp({ DATA_EXCHANGE: 'http', DATA_EXCHANGE_URL: `http://127.0.0.1:${port}/gdx`, DATA_EXCHANGE_TIMEOUT_MS: '1000' });
    });
  });
  afterAll(() => t?.close());

  it('answers 503 and stores nothing', async () => {
    const token = { authorization: `Bearer ${await t.login('somchai')}` };
    const before = await footprint(t);
    const res = await t.http
      .post('/api/v1/applications')
      .set(token)
      .send({ licenceType: 'food-premises-permit', premises: KHLONG_TOEI_PREMISES, form: COMPLETE_FOOD_FORM, confirmApplicantData: true });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('DATA_EXCHANGE_UNAVAILABLE');
    expect(res.body.message).toMatch(/ระบบเชื่อมโยงข้อมูลภาครัฐ.*The government data exchange is unavailable/);
    expect(await footprint(t)).toEqual(before);
    expect((await t.http.get('/api/v1/me/applicant-data').set(token).expect(503)).body.code).toBe('DATA_EXCHANGE_UNAVAILABLE');
    const juristic = await t.http
      .post('/api/v1/applications')
      .set(token)
      .send({ licenceType: 'commercial-registration', premises: KHLONG_TOEI_PREMISES, applicant: { type: 'juristic', registrationNumber: KRUA_WANEE } });
    expect(juristic.status).toBe(503);
    expect(juristic.body.code).toBe('DATA_EXCHANGE_UNAVAILABLE');
    // A bad check digit is still a 400: it never reaches the exchange.
    const bad = await t.http
      .post('/api/v1/applications')
      .set(token)
      .send({ licenceType: 'commercial-registration', premises: KHLONG_TOEI_PREMISES, applicant: { type: 'juristic', registrationNumber: WRONG_CHECK_DIGIT } });
    expect(bad.status).toBe(400);
    expect(await footprint(t)).toEqual(before);
    // Her own applications and licences are still listed while the register cannot say which companies she directs.
    await t.http.get('/api/v1/applications').set(token).expect(200);
    expect((await t.http.get('/api/v1/licences').set(token).expect(200)).body).toEqual([]);
  });
});

describe('DATA_EXCHANGE in the environment', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://db/bizportal',
    JWT_SECRET: 'x'.repeat(40),
    CSRF_SECRET: 'c'.repeat(40),
    OMISE_API_HOST: 'api.omise.co',
    OMISE_PUBLIC_KEY: 'pkey_live_1',
    OMISE_SECRET_KEY: 'skey_live_1',
    OMISE_WEBHOOK_SECRET: 'c2VjcmV0c2VjcmV0c2VjcmV0',
    SIGNING_P12_BASE64: 'AAAA',
    TSA_URL: 'https://tsa.example.go.th/tsr',
  };
  it('defaults to the fixture outside production and refuses it in production', () => {
    expect(validateEnvironment({ NODE_ENV: 'development' }).DATA_EXCHANGE).toBe('fixture');
    expect(() => validateEnvironment({ ...production, DATA_EXCHANGE: 'fixture' })).toThrow(/DATA_EXCHANGE=fixture is for development only/);
    expect(() => validateEnvironment(production)).toThrow(/needs DATA_EXCHANGE_URL/);
    expect(validateEnvironment({ ...production, DATA_EXCHANGE_URL: 'https://gdx.example.go.th/v1' }).DATA_EXCHANGE).toBe('http');
    expect(() => validateEnvironment({ NODE_ENV: 'development', DATA_EXCHANGE: 'soap' })).toThrow(/DATA_EXCHANGE must be fixture or http/);
  });
});
