import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import request from 'supertest';
import { AreasService, readAreasFile } from '@bizportal/identity';
import { createDigitalIdMock, DEMO_CITIZENS, type DigitalIdMock } from '../apps/digital-id-mock/src/digital-id-mock';
import { createFoodApplication, sendEvent } from './support/flows';
import { placeholder, REPO_ROOT, startTestApp, type TestApp } from './support/test-app';

const CLIENT_ID = 'bizportal-offices-e2e';
const CLIENT_SECRET = randomBytes(24).toString('base64url');
const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/auth/digital-id/callback';
const KANYA = '3509900112237'; // demo citizen of the local Digital ID provider, no portal account
const PRASIT = '3500100123457';
const CHIANG_MAI_PREMISES = { address: '12 ถนนราชดำเนิน ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่ เชียงใหม่ 50200', provinceCode: '50', districtCode: '5001', subdistrictCode: '500101' };
const NEW_OFFICE = { id: 'chiang-mai-city', name: { th: 'เทศบาลนครเชียงใหม่', en: 'Chiang Mai City Municipality' }, kind: 'city_municipality', provinceCode: '50' };

/**
 * Local offices adopting the portal (issue 14 part 4): a system administrator onboards an office outside Bangkok and
 * Nonthaburi, gives it subdistricts, invites its staff by national ID; the invited person's first Digital ID sign-in
 * makes her its officer; a new application in its subdistrict is routed to it and reaches her queue. All in one
 * running app: nothing is restarted. Then every refusal, with its code, leaving nothing written.
 */
describe('onboarding local offices (admin API, no restart)', () => {
  let mock: DigitalIdMock;
  let t: TestApp;

  beforeAll(async () => {
    mock = await createDigitalIdMock({ clients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [REDIRECT_URI] }], accounts: DEMO_CITIZENS });
    t = await startTestApp({
      DIGITAL_ID_ISSUER: mock.issuer,
      DIGITAL_ID_CLIENT_ID: CLIENT_ID,
      DIGITAL_ID_CLIENT_SECRET: CLIENT_SECRET,
      DIGITAL_ID_REDIRECT_URI: REDIRECT_URI,
      DIGITAL_ID_TIMEOUT_MS: '2000',
    });
    // The start seeds the whole country's areas (about 10 s on PostgreSQL on a shared 2-core machine).
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await mock.close();
  });

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const admin = () => as('sysadmin');
  /** A Digital ID sign-in as an API client: {accessToken, user}. */
  async function digitalIdSignIn(who: string): Promise<{ accessToken: string; user: { roles: string[]; agencyId: string | null } }> {
    const client = request.agent(t.app.getHttpServer());
    const login = await client.get('/api/v1/auth/digital-id/login').set('Accept', 'application/json');
    const back = await mock.driveSignIn(login.headers.location, who);
    const res = await client.get(`/api/v1/auth/digital-id/callback${back.search}`).set('Accept', 'application/json');
    expect(res.status).toBe(200);
    return res.body;
  }
  const rows = async () => ({
    agencies: await t.count('agencies'),
    agencyAreas: await t.count('agency_areas'),
    assigned: await t.count('agency_areas', 'assigned_by IS NOT NULL'),
    invitations: await t.count('staff_invitations'),
    open: await t.count('staff_invitations', 'accepted_at IS NULL AND revoked_at IS NULL'),
    users: await t.count('users'),
  });
  /** The refusal's status and code, and that no row of the office tables or accounts changed. */
  async function refused(call: () => Promise<request.Response>, status: number, code: string) {
    const before = await rows();
    const res = await call();
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(await rows()).toEqual(before);
    return res;
  }
  const localOfficeOf = async (district: string, subdistrict: string) =>
    ((await t.http.get(`/api/v1/areas?parent=${district}`).expect(200)).body.items as { code: string; localOffice: { id: string } | null }[]).find((i) => i.code === subdistrict)!.localOffice;

  it('lists the whole country’s areas: 77 provinces, Chiang Mai’s districts and subdistricts with Thai names standing for English where no official one is known', async () => {
    const provinces = (await t.http.get('/api/v1/areas').expect(200)).body.items as { code: string; areasListed: boolean }[];
    expect(provinces).toHaveLength(77);
    expect(provinces.every((p) => p.areasListed)).toBe(true);
    const districts = (await t.http.get('/api/v1/areas?parent=50').expect(200)).body.items as { code: string; name: { th: string; en: string } }[];
    expect(districts).toHaveLength(25);
    expect(districts[0]).toEqual(expect.objectContaining({ code: '5001', name: { th: 'เมืองเชียงใหม่', en: 'เมืองเชียงใหม่' } }));
    const subdistricts = (await t.http.get('/api/v1/areas?parent=5001').expect(200)).body.items as { code: string; postcodes: string[]; localOffice: unknown }[];
    expect(subdistricts.find((s) => s.code === '500101')).toEqual(expect.objectContaining({ postcodes: ['50200'], localOffice: null }));
    // Bangkok keeps its English names and its offices.
    expect((await t.http.get('/api/v1/areas?parent=1033').expect(200)).body.items[0]).toEqual(expect.objectContaining({ code: '103301', name: { th: 'คลองเตย', en: 'Khlong Toei' }, localOffice: expect.objectContaining({ id: 'bma-khlong-toei' }) }));
    // Premises in Chiang Mai are now checked against the real areas: a subdistrict of another district is refused.
    const wrong = await t.http
      .post('/api/v1/applications')
      .set(await as('somchai'))
      .send({ licenceType: 'food-premises-permit', business: 'restaurant', premises: { ...CHIANG_MAI_PREMISES, subdistrictCode: '500199' }, form: {}, confirmApplicantData: true });
    expect({ status: wrong.status, code: wrong.body.code }).toEqual({ status: 400, code: 'PREMISES_AREA_UNKNOWN' });
  });

  it('onboards an office in Chiang Mai, gives it subdistricts, invites an officer by national ID; her first Digital ID sign-in makes her its officer, and a new application there reaches her queue', async () => {
    // Before: no office serves Si Phum, so a local licence there is refused by the routing.
    const before = await t.http
      .post('/api/v1/applications')
      .set(await as('somchai'))
      .send({ licenceType: 'food-premises-permit', business: 'restaurant', premises: CHIANG_MAI_PREMISES, form: {}, confirmApplicantData: true });
    expect(before.status).toBe(422);

    const created = await t.http.post('/api/v1/admin/offices').set(await admin()).send(NEW_OFFICE).expect(201);
    expect(created.body).toEqual(
      expect.objectContaining({
        id: 'chiang-mai-city',
        kind: { id: 'city_municipality', label: { th: 'เทศบาลนคร', en: 'City municipality' } },
        province: { id: '50', name: { th: 'เชียงใหม่', en: 'Chiang Mai' } },
        onboarded: true,
        subdistrictCount: 0,
        staff: [],
        invitations: [],
      }),
    );
    const set = await t.http
      .put('/api/v1/admin/offices/chiang-mai-city/subdistricts')
      .set(await admin())
      .send({ subdistricts: ['500101', '500102', '500103', '500104', '500101'] })
      .expect(200);
    expect(set.body.subdistricts.map((s: { code: string }) => s.code)).toEqual(['500101', '500102', '500103', '500104']);
    expect(set.body.subdistricts[0]).toEqual(expect.objectContaining({ name: { th: 'ศรีภูมิ', en: 'ศรีภูมิ' }, district: { id: '5001', name: { th: 'เมืองเชียงใหม่', en: 'เมืองเชียงใหม่' } }, assignedBy: 'user-sysadmin' }));
    // The area picker sees it at once.
    expect(await localOfficeOf('5001', '500101')).toEqual({ id: 'chiang-mai-city', name: NEW_OFFICE.name });

    const invited = await t.http.post('/api/v1/admin/offices/chiang-mai-city/invitations').set(await admin()).send({ nationalId: KANYA, roles: ['officer'] }).expect(201);
    expect(invited.body).toEqual(expect.objectContaining({ agencyId: 'chiang-mai-city', nationalIdMasked: 'X-XXXX-XXXXX-23-7', roles: ['officer'], status: 'pending', acceptedAt: null, createdBy: 'user-sysadmin' }));
    expect(JSON.stringify(invited.body)).not.toContain(KANYA);
    const list = await t.http.get('/api/v1/admin/offices?province=50').set(await admin()).expect(200);
    expect(list.body).toEqual({ items: [expect.objectContaining({ id: 'chiang-mai-city', subdistrictCount: 4, staffCount: 0, pendingInvitations: 1 })], nextAfter: null });

    // Her first sign-in with Digital ID: the invitation becomes her account's roles and office.
    const kanya = await digitalIdSignIn('kanya');
    expect(kanya.user.roles).toEqual(['officer']);
    expect(kanya.user.agencyId).toBe('chiang-mai-city');
    const detail = await t.http.get('/api/v1/admin/offices/chiang-mai-city').set(await admin()).expect(200);
    expect(detail.body.invitations[0]).toEqual(expect.objectContaining({ status: 'accepted', acceptedUserId: expect.any(String) }));
    expect(detail.body.staff).toEqual([expect.objectContaining({ displayName: { th: 'นางสาวกัญญา ท้องถิ่นดี', en: 'Ms Kanya Thongthindee' }, roles: ['officer'] })]);
    expect(detail.body).toEqual(expect.objectContaining({ staffCount: 1, pendingInvitations: 0 }));
    // Accepted: no longer revocable.
    await refused(async () => t.http.delete(`/api/v1/admin/offices/chiang-mai-city/invitations/${invited.body.id}`).set(await admin()), 409, 'STAFF_INVITATION_ACCEPTED');

    // An application in Si Phum is routed to the new office and reaches her queue; she cannot see Khlong Toei's.
    const application = await createFoodApplication(t, 'somchai', { premises: CHIANG_MAI_PREMISES });
    expect((await sendEvent(t, application.id, { as: 'somchai', type: 'SUBMIT' })).status).toBe(200);
    const officer = { Authorization: `Bearer ${kanya.accessToken}` };
    const read = await t.http.get(`/api/v1/applications/${application.id}`).set(officer).expect(200);
    expect(read.body.agency.id).toBe('chiang-mai-city');
    const queue = await t.http.get('/api/v1/work-queue').set(officer).expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([application.id]);
    const received = await t.http.post(`/api/v1/applications/${application.id}/events`).set(officer).send({ type: 'RECEIVE' });
    expect(received.status).toBe(200);
    const bangkok = await createFoodApplication(t, 'suda');
    await t.http.get(`/api/v1/applications/${bangkok.id}`).set(officer).expect(404);
    expect((await t.http.get('/api/v1/work-queue').set(await as('officer.khlongtoei')).expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(application.id);
  });

  it('hands a subdistrict over only when asked; the area picker and routing follow at once, and re-seeding the areas file does not take it back', async () => {
    await t.http.post('/api/v1/admin/offices').set(await admin()).send({ id: 'sao-chang-phueak', name: { th: 'องค์การบริหารส่วนตำบลทดลองช้างเผือก', en: 'Chang Phueak Test SAO' }, kind: 'sao', provinceCode: '50' }).expect(201);
    const taken = await refused(async () => t.http.put('/api/v1/admin/offices/sao-chang-phueak/subdistricts').set(await admin()).send({ subdistricts: ['500104', '500107'] }), 409, 'OFFICE_SUBDISTRICT_TAKEN');
    expect(taken.body.details).toEqual([{ subdistrict: '500104', office: { id: 'chiang-mai-city', name: NEW_OFFICE.name } }]);
    await refused(async () => t.http.put('/api/v1/admin/offices/sao-chang-phueak/subdistricts').set(await admin()).send({ subdistricts: ['500104', '500107'], handOver: ['500107'] }), 400, 'OFFICE_HANDOVER_NOT_SERVED');
    const handed = await t.http.put('/api/v1/admin/offices/sao-chang-phueak/subdistricts').set(await admin()).send({ subdistricts: ['500104', '500107'], handOver: ['500104'] }).expect(200);
    expect(handed.body.subdistrictCount).toBe(2);
    expect(await localOfficeOf('5001', '500104')).toEqual(expect.objectContaining({ id: 'sao-chang-phueak' }));
    expect((await t.http.get('/api/v1/admin/offices/chiang-mai-city').set(await admin()).expect(200)).body.subdistrictCount).toBe(3);
    const there = await createFoodApplication(t, 'somchai', { premises: { ...CHIANG_MAI_PREMISES, subdistrictCode: '500104' } }, { documents: false });
    expect((await t.http.get(`/api/v1/applications/${there.id}`).set(await as('somchai')).expect(200)).body.agency.id).toBe('sao-chang-phueak');

    // A Bangkok khwaeng handed over from a district office seeded by the file stays with the new office after the file is seeded again.
    await t.http.post('/api/v1/admin/offices').set(await admin()).send({ id: 'bkk-test-office', name: { th: 'หน่วยงานทดลอง กรุงเทพมหานคร', en: 'Test office, Bangkok' }, kind: 'city_municipality', provinceCode: '10' }).expect(201);
    await t.http.put('/api/v1/admin/offices/bkk-test-office/subdistricts').set(await admin()).send({ subdistricts: ['103303'], handOver: ['103303'] }).expect(200);
    await t.app.get(AreasService).seed(readAreasFile(join(REPO_ROOT, 'workflows')));
    expect(await localOfficeOf('1033', '103303')).toEqual(expect.objectContaining({ id: 'bkk-test-office' }));
    expect(await localOfficeOf('1033', '103301')).toEqual(expect.objectContaining({ id: 'bma-khlong-toei' }));
    // Giving it back to no one leaves it unserved (the file's office does not reclaim a row set by an administrator until one is).
    await t.http.put('/api/v1/admin/offices/bkk-test-office/subdistricts').set(await admin()).send({ subdistricts: [] }).expect(200);
    expect(await localOfficeOf('1033', '103303')).toBeNull();
  });

  it('refuses bad offices and jurisdictions with stable codes and writes nothing', async () => {
    const post = (body: object) => async () => t.http.post('/api/v1/admin/offices').set(await admin()).send(body);
    await refused(post({ ...NEW_OFFICE, id: 'Not An Id' }), 400, 'VALIDATION_FAILED');
    await refused(post({ ...NEW_OFFICE, id: 'bma-khlong-toei' }), 409, 'OFFICE_ID_TAKEN');
    await refused(post({ ...NEW_OFFICE, id: 'chiang-mai-city' }), 409, 'OFFICE_ID_TAKEN');
    await refused(post({ ...NEW_OFFICE, id: 'nowhere-office', provinceCode: '99' }), 400, 'OFFICE_PROVINCE_UNKNOWN');
    await refused(post({ ...NEW_OFFICE, id: 'nowhere-office', kind: 'province' }), 400, 'VALIDATION_FAILED');
    await refused(post({ ...NEW_OFFICE, id: 'nowhere-office', name: { th: 'ก' } }), 400, 'VALIDATION_FAILED');

    const put = (id: string, body: object) => async () => t.http.put(`/api/v1/admin/offices/${id}/subdistricts`).set(await admin()).send(body);
    await refused(put('chiang-mai-city', { subdistricts: ['509999'] }), 400, 'OFFICE_SUBDISTRICT_UNKNOWN');
    await refused(put('chiang-mai-city', { subdistricts: ['5001'] }), 400, 'VALIDATION_FAILED');
    await refused(put('chiang-mai-city', { subdistricts: ['500101', '103301'] }), 400, 'OFFICE_SUBDISTRICT_OUTSIDE_PROVINCE');
    await refused(put('bma-khlong-toei', { subdistricts: ['103301'] }), 409, 'OFFICE_MANAGED_BY_FILE');
    await refused(put('no-such-office', { subdistricts: [] }), 404, 'OFFICE_NOT_FOUND');
    await refused(put('food-and-drug-administration', { subdistricts: [] }), 404, 'OFFICE_NOT_FOUND');
    await refused(async () => t.http.get('/api/v1/admin/offices/no-such-office').set(await admin()), 404, 'OFFICE_NOT_FOUND');
    expect((await t.http.get('/api/v1/admin/offices/chiang-mai-city').set(await admin())).body.subdistrictCount).toBe(3);
  });

  it('refuses bad invitations with stable codes and writes nothing; a revoked invitation gives nothing at sign-in', async () => {
    const invite = (id: string, body: object) => async () => t.http.post(`/api/v1/admin/offices/${id}/invitations`).set(await admin()).send(body);
    await refused(invite('chiang-mai-city', { nationalId: '3500100123458', roles: ['officer'] }), 400, 'STAFF_NATIONAL_ID_INVALID');
    await refused(invite('chiang-mai-city', { nationalId: '350010012345', roles: ['officer'] }), 400, 'STAFF_NATIONAL_ID_INVALID');
    await refused(invite('chiang-mai-city', { nationalId: PRASIT, roles: ['workflow_admin'] }), 400, 'STAFF_ROLE_NOT_ALLOWED');
    await refused(invite('chiang-mai-city', { nationalId: PRASIT, roles: ['officer', 'system_admin'] }), 400, 'STAFF_ROLE_NOT_ALLOWED');
    await refused(invite('chiang-mai-city', { nationalId: PRASIT, roles: [] }), 400, 'VALIDATION_FAILED');
    await refused(invite('no-such-office', { nationalId: PRASIT, roles: ['officer'] }), 404, 'OFFICE_NOT_FOUND');
    // Kanya is the office's officer now: an invitation does not move staff.
    await refused(invite('sao-chang-phueak', { nationalId: KANYA, roles: ['approver'] }), 409, 'STAFF_ACCOUNT_HAS_ROLES');

    const first = await t.http.post('/api/v1/admin/offices/chiang-mai-city/invitations').set(await admin()).send({ nationalId: PRASIT, roles: ['approver', 'signer'] }).expect(201);
    await refused(invite('sao-chang-phueak', { nationalId: PRASIT, roles: ['officer'] }), 409, 'STAFF_INVITATION_OPEN');
    const revoked = await t.http.delete(`/api/v1/admin/offices/chiang-mai-city/invitations/${first.body.id}`).set(await admin()).expect(200);
    expect(revoked.body).toEqual(expect.objectContaining({ status: 'revoked', revokedAt: expect.any(String) }));
    await refused(async () => t.http.delete(`/api/v1/admin/offices/chiang-mai-city/invitations/${first.body.id}`).set(await admin()), 409, 'STAFF_INVITATION_REVOKED');
    await refused(async () => t.http.delete(`/api/v1/admin/offices/sao-chang-phueak/invitations/${first.body.id}`).set(await admin()), 404, 'STAFF_INVITATION_NOT_FOUND');
    await refused(async () => t.http.delete('/api/v1/admin/offices/chiang-mai-city/invitations/not-a-uuid').set(await admin()), 400, 'INVALID_ID');

    // Revoked before he signed in: his sign-in makes him an applicant, nothing more.
    const prasit = await digitalIdSignIn('prasit');
    expect(prasit.user.roles).toEqual(['applicant']);
    expect(prasit.user.agencyId).toBeNull();
    expect(await t.count('staff_invitations', `national_id = ${placeholder(1)} AND accepted_at IS NOT NULL`, [PRASIT])).toBe(0);

    // An applicant account can be invited; her open session ends when she accepts (next sign-in).
    const again = await t.http.post('/api/v1/admin/offices/sao-chang-phueak/invitations').set(await admin()).send({ nationalId: PRASIT, roles: ['head_of_office'] }).expect(201);
    const head = await digitalIdSignIn('prasit');
    expect(head.user.roles).toEqual(['head_of_office']);
    expect(head.user.agencyId).toBe('sao-chang-phueak');
    const old = await t.http.get('/api/v1/auth/me').set({ Authorization: `Bearer ${prasit.accessToken}` });
    expect({ status: old.status, code: old.body.code }).toEqual({ status: 401, code: 'SESSION_REVOKED' });
    expect((await t.http.get('/api/v1/admin/offices/sao-chang-phueak').set(await admin()).expect(200)).body.invitations[0]).toEqual(expect.objectContaining({ id: again.body.id, status: 'accepted' }));
  });

  it('lets only system administrators in', async () => {
    const routes: [string, string, object?][] = [
      ['get', '/api/v1/admin/offices'],
      ['post', '/api/v1/admin/offices', { ...NEW_OFFICE, id: 'who-may-office' }],
      ['get', '/api/v1/admin/offices/chiang-mai-city'],
      ['put', '/api/v1/admin/offices/chiang-mai-city/subdistricts', { subdistricts: [] }],
      ['post', '/api/v1/admin/offices/chiang-mai-city/invitations', { nationalId: '1509900345677', roles: ['officer'] }],
      ['delete', `/api/v1/admin/offices/chiang-mai-city/invitations/00000000-0000-4000-8000-000000000000`],
    ];
    for (const [method, url, body] of routes) {
      const anonymous = await (t.http as unknown as Record<string, (u: string) => request.Test>)[method](url).send(body);
      expect([url, anonymous.status, anonymous.body.code]).toEqual([url, 401, 'AUTHENTICATION_REQUIRED']);
      for (const who of ['somchai', 'officer.khlongtoei', 'head.khlongtoei', 'admin', 'auditor']) {
        const before = await rows();
        const res = await (t.http as unknown as Record<string, (u: string) => request.Test>)[method](url).set(await as(who)).send(body);
        expect([url, who, res.status, res.body.code]).toEqual([url, who, 403, 'ROLE_FORBIDDEN']);
        expect(await rows()).toEqual(before);
      }
    }
    const list = await t.http.get('/api/v1/admin/offices?limit=2').set(await admin()).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual(['bkk-test-office', 'bma-bang-bon']);
    expect(list.body.nextAfter).toBe('bma-bang-bon');
    const next = await t.http.get(`/api/v1/admin/offices?limit=2&after=${list.body.nextAfter}`).set(await admin()).expect(200);
    expect(next.body.items[0].id > 'bma-bang-bon').toBe(true);
  });
});
