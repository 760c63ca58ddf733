import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AgentGrantEntity } from '@bizportal/licensing';
import { samplePdf, uploadDocument } from './support/documents';
import { createFoodApplication, drive, footprint, sendEvent } from './support/flows';
import { KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

const KRUA_WANEE = '0105560012342'; // wanee's company; somchai is its other authorised director
const SOMCHAI_PARTNERSHIP = '0103550004566'; // dissolved
const KANOKPORN = '1101400567898'; // the demo accountant
const SUDA = '3101005678123';
const NOT_IN_REGISTRY = '1101700230716'; // a valid check digit, but no such citizen
const FOOD = 'food-premises-permit';

function bangkokDay(daysAhead: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Filing on someone's behalf (issue 17 part 3): a person, or a company through an authorised director, grants an agent
 * the right to file for some licence types until a date; the agent files and acts; both are recorded; revoking or
 * expiry stops her at once.
 */
describe('Grants: filing on someone’s behalf', () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const post = async (username: string, url: string, body: unknown) => t.http.post(url).set(await as(username)).send(body as object);
  const get = async (username: string, url: string) => t.http.get(url).set(await as(username));
  const grantRows = async () => ({ grants: await t.count('agent_grants'), events: await t.count('agent_grant_events') });
  const forKruaWanee = { principal: { type: 'juristic', registrationNumber: KRUA_WANEE }, agentNationalId: KANOKPORN, licenceTypes: [FOOD], validUntil: bangkokDay(30) };
  let companyGrant = '';
  let companyApplication = '';

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a company director grants the accountant the food premises permit: the registry names the agent, the history the director', async () => {
    const res = await post('wanee', '/api/v1/grants', forKruaWanee);
    expect(res.status).toBe(201);
    companyGrant = res.body.id;
    expect(res.body).toMatchObject({
      principal: { type: 'juristic', id: KRUA_WANEE, name: { th: 'บริษัท ครัววาณี จำกัด' } },
      agent: { nationalId: KANOKPORN, name: { th: 'นางสาวกนกพร บุญประเสริฐ', en: 'Ms Kanokporn Boonprasert' } },
      allLicenceTypes: false,
      licenceTypes: [{ slug: FOOD, name: { th: expect.stringContaining('อาหาร') } }],
      validUntil: bangkokDay(30),
      status: 'active',
      youAre: 'principal',
      grantedBy: { id: 'user-wanee', name: { th: 'นางวาณี ศรีสุข' } },
      history: [{ type: 'granted', by: { id: 'user-wanee' }, reason: null }],
    });
    // It ends at midnight in Bangkok after its last day.
    expect(res.body.endsAt).toBe(new Date(Date.parse(`${bangkokDay(31)}T00:00:00+07:00`)).toISOString());
  });

  it('refuses bad grants with a clear 4xx and stores nothing, a grant past its date included', async () => {
    const before = await grantRows();
    const cases: [string, unknown, number, string][] = [
      ['wanee', { ...forKruaWanee, validUntil: bangkokDay(-1) }, 400, 'GRANT_VALID_UNTIL_PAST'],
      ['wanee', { ...forKruaWanee, validUntil: bangkokDay(400) }, 400, 'GRANT_VALID_UNTIL_TOO_FAR'],
      ['wanee', { ...forKruaWanee, validUntil: '2027-02-30' }, 400, 'VALIDATION_FAILED'],
      ['wanee', { ...forKruaWanee, validUntil: '30/06/2570' }, 400, 'VALIDATION_FAILED'],
      ['wanee', { ...forKruaWanee, agentNationalId: '1101400567890' }, 400, 'VALIDATION_FAILED'],
      ['wanee', { ...forKruaWanee, agentNationalId: NOT_IN_REGISTRY }, 404, 'CITIZEN_NOT_FOUND'],
      ['wanee', { ...forKruaWanee, agentNationalId: '1103700012346' }, 422, 'GRANT_AGENT_IS_PRINCIPAL'],
      ['wanee', { ...forKruaWanee, licenceTypes: [] }, 400, 'GRANT_LICENCE_TYPES_INVALID'],
      ['wanee', { ...forKruaWanee, allLicenceTypes: true }, 400, 'GRANT_LICENCE_TYPES_INVALID'],
      ['wanee', { ...forKruaWanee, licenceTypes: ['no-such-licence'] }, 400, 'LICENCE_TYPE_UNKNOWN'],
      ['wanee', { ...forKruaWanee, licenceTypes: 'food-premises-permit' }, 400, 'VALIDATION_FAILED'],
      ['wanee', { ...forKruaWanee, principal: { type: 'juristic' } }, 400, 'VALIDATION_FAILED'],
      ['suda', forKruaWanee, 403, 'NOT_AUTHORISED_DIRECTOR'],
      ['somchai', { ...forKruaWanee, principal: { type: 'juristic', registrationNumber: SOMCHAI_PARTNERSHIP } }, 422, 'JURISTIC_PERSON_NOT_ACTIVE'],
      // One in force per principal and agent: somchai, the other director, cannot grant her again.
      ['somchai', forKruaWanee, 409, 'GRANT_ALREADY_ACTIVE'],
    ];
    for (const [who, body, status, code] of cases) {
      const res = await post(who, '/api/v1/grants', body);
      expect([JSON.stringify(body), res.status, res.body.code]).toEqual([JSON.stringify(body), status, code]);
      expect(res.body.message).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(await grantRows()).toEqual(before);
    const past = await post('wanee', '/api/v1/grants', { ...forKruaWanee, validUntil: bangkokDay(-1) });
    expect(past.body.details).toEqual([{ field: 'validUntil', problem: `must be ${bangkokDay(0)} or later` }]);
  });

  it('lists grants for the principal’s side (any director) and for the agent; anyone else is told it does not exist', async () => {
    const ids = (list: { id: string }[]) => list.map((g) => g.id);
    expect(ids((await get('wanee', '/api/v1/grants')).body.given)).toEqual([companyGrant]);
    expect(ids((await get('somchai', '/api/v1/grants')).body.given)).toEqual([companyGrant]);
    const agent = (await get('kanokporn', '/api/v1/grants')).body;
    expect([ids(agent.given), ids(agent.held), agent.held[0].youAre]).toEqual([[], [companyGrant], 'agent']);
    expect((await get('suda', '/api/v1/grants')).body).toEqual({ given: [], held: [] });
    expect((await get('kanokporn', `/api/v1/grants/${companyGrant}`)).body.history).toHaveLength(1);
    const other = await get('suda', `/api/v1/grants/${companyGrant}`);
    expect([other.status, other.body.code]).toEqual([404, 'GRANT_NOT_FOUND']);
    expect((await get('officer.khlongtoei', '/api/v1/grants')).status).toBe(403);
  });

  it('the accountant files for the company: the holder is the company, both are recorded, and the directors see it', async () => {
    const before = await footprint(t);
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ onBehalfOf: { grantId: companyGrant }, applicant: { type: 'person' } }, 400, 'VALIDATION_FAILED'],
      [{ onBehalfOf: { grantId: 'not-a-uuid' } }, 400, 'VALIDATION_FAILED'],
      [{ onBehalfOf: { grantId: '6f1c2a52-1d0e-4c55-9b1e-3a7f1e2b9c10' } }, 404, 'GRANT_NOT_FOUND'],
      [{ onBehalfOf: { grantId: companyGrant }, licenceType: 'health-hazard-permit-food' }, 403, 'GRANT_NOT_FOR_LICENCE_TYPE'],
    ];
    for (const [overrides, status, code] of refusals) {
      const res = await t.http.post('/api/v1/applications').set(await as('kanokporn')).send({ licenceType: FOOD, business: 'restaurant', premises: KHLONG_TOEI_PREMISES, form: {}, ...overrides });
      expect([res.status, res.body.code]).toEqual([status, code]);
    }
    // Another applicant cannot use her grant.
    const stolen = await t.http.post('/api/v1/applications').set(await as('suda')).send({ licenceType: FOOD, premises: KHLONG_TOEI_PREMISES, onBehalfOf: { grantId: companyGrant } });
    expect([stolen.status, stolen.body.code]).toEqual([404, 'GRANT_NOT_FOUND']);
    expect(await footprint(t)).toEqual(before);

    const app = await createFoodApplication(t, 'kanokporn', { onBehalfOf: { grantId: companyGrant } });
    companyApplication = app.id;
    const view = (await get('kanokporn', `/api/v1/applications/${app.id}`)).body;
    expect(view).toMatchObject({
      applicant: { id: 'user-kanokporn', displayName: { th: 'นางสาวกนกพร บุญประเสริฐ' } },
      onBehalfOf: { grantId: companyGrant, agentName: { th: 'นางสาวกนกพร บุญประเสริฐ' }, principal: { type: 'juristic', name: { th: 'บริษัท ครัววาณี จำกัด' } } },
      holder: { type: 'juristic', id: KRUA_WANEE },
    });
    // Biz Portal's power of attorney, for an agency that still asks for paper: optional, offered only on an agent's filing.
    const documents = (await get('kanokporn', `/api/v1/applications/${app.id}/documents`)).body;
    expect(documents.requirements).toContainEqual({ code: 'power-of-attorney', label: expect.objectContaining({ th: expect.stringContaining('หนังสือมอบอำนาจ') }), required: false });
    expect(documents.missing.map((m: { code: string }) => m.code)).not.toContain('power-of-attorney');
    expect((await uploadDocument(t, app.id, 'kanokporn', 'power-of-attorney', await samplePdf('หนังสือมอบอำนาจ'))).status).toBe(201);
    const own = await createFoodApplication(t, 'somchai', {}, { documents: false });
    const refused = await uploadDocument(t, own.id, 'somchai', 'power-of-attorney', await samplePdf('หนังสือมอบอำนาจ'));
    expect([refused.status, refused.body.code]).toEqual([400, 'DOCUMENT_CODE_UNKNOWN']);
    await drive(t, app.id, [{ as: 'kanokporn', type: 'SUBMIT' }]);
    const timeline = (await get('wanee', `/api/v1/applications/${app.id}/timeline`)).body;
    const submit = timeline.entries.find((e: { event: string }) => e.event === 'SUBMIT');
    expect(submit.actor.id).toBe('user-kanokporn');
    expect(submit.onBehalfOf).toEqual({ grantId: companyGrant, agentName: { th: 'นางสาวกนกพร บุญประเสริฐ', en: 'Ms Kanokporn Boonprasert' }, principal: { type: 'juristic', name: { th: 'บริษัท ครัววาณี จำกัด', en: 'Krua Wanee Company Limited' } } });
    expect(submit.data.onBehalfOf.grantId).toBe(companyGrant);
    expect(timeline.integrity.verified).toBe(true);
    // The acknowledgement of receipt says who filed it, and as what.
    const ack = await t.http.get(`/api/v1/applications/${app.id}/acknowledgement.pdf`).set(await as('wanee')).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(ack.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-grant-'));
    writeFileSync(join(dir, 'ack.pdf'), ack.body as Buffer);
    expect(execFileSync('pdftotext', ['-layout', join(dir, 'ack.pdf'), '-'], { encoding: 'utf8' })).toMatch(/filed by นางสาวกนกพร บุญประเสริฐ\s+ผู้รับมอบอำนาจ/);

    for (const who of ['wanee', 'somchai', 'kanokporn']) {
      const listed = (await get(who, '/api/v1/applications')).body.items.map((i: { id: string }) => i.id);
      expect([who, listed.includes(app.id)]).toEqual([who, true]);
    }
    expect((await get('suda', `/api/v1/applications/${app.id}`)).status).toBe(404);
    // The director reads it but does not act on it: the agent does.
    const byDirector = await sendEvent(t, app.id, { as: 'wanee', type: 'CANCEL' });
    expect(byDirector.status).toBe(404);
  });

  it('only the principal’s side revokes, with a reason; the agent is stopped at once (403) and the office is not', async () => {
    const byAgent = await post('kanokporn', `/api/v1/grants/${companyGrant}/revoke`, { reason: 'ขอยุติ' });
    expect([byAgent.status, byAgent.body.code]).toEqual([403, 'GRANT_ONLY_PRINCIPAL']);
    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }, { reason: 'a\u0007b' }]) {
      const res = await post('wanee', `/api/v1/grants/${companyGrant}/revoke`, body);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await get('wanee', `/api/v1/grants/${companyGrant}`)).body.status).toBe('active');

    const revoked = await post('somchai', `/api/v1/grants/${companyGrant}/revoke`, { reason: '  เปลี่ยนสำนักงานบัญชี  ' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokeReason: 'เปลี่ยนสำนักงานบัญชี', history: [{ type: 'granted' }, { type: 'revoked', by: { id: 'user-somchai' }, reason: 'เปลี่ยนสำนักงานบัญชี' }] });
    const again = await post('wanee', `/api/v1/grants/${companyGrant}/revoke`, { reason: 'อีกครั้ง' });
    expect([again.status, again.body.code]).toEqual([409, 'GRANT_ALREADY_REVOKED']);

    const before = await footprint(t);
    const refused = [
      await get('kanokporn', `/api/v1/applications/${companyApplication}`),
      await get('kanokporn', `/api/v1/applications/${companyApplication}/timeline`),
      await sendEvent(t, companyApplication, { as: 'kanokporn', type: 'CANCEL' }),
      await post('kanokporn', `/api/v1/applications/${companyApplication}/messages`, { body: 'สอบถาม' }),
      await get('kanokporn', `/api/v1/applications/${companyApplication}/documents`),
      await t.http.post('/api/v1/applications').set(await as('kanokporn')).send({ licenceType: FOOD, premises: KHLONG_TOEI_PREMISES, onBehalfOf: { grantId: companyGrant } }),
    ];
    for (const [i, res] of refused.entries()) {
      expect([i, res.status, res.body.code]).toEqual([i, 403, 'GRANT_NOT_ACTIVE']);
      expect(res.body.message).toMatch(/ถูกเพิกถอนแล้ว.* has been revoked/);
    }
    expect(await footprint(t)).toEqual(before);
    // She still sees in her list what she filed; the directors and the office carry on.
    expect((await get('kanokporn', '/api/v1/applications')).body.items.map((i: { id: string }) => i.id)).toContain(companyApplication);
    expect((await get('wanee', `/api/v1/applications/${companyApplication}`)).status).toBe(200);
    await drive(t, companyApplication, [{ as: 'officer.khlongtoei', type: 'RECEIVE' }]);
  });

  it('a person grants every licence type; the agent files for her, she sees it; past its date the grant stops the agent and makes way for a new one', async () => {
    const granted = await post('suda', '/api/v1/grants', { agentNationalId: KANOKPORN, allLicenceTypes: true, validUntil: bangkokDay(0) });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ principal: { type: 'person', id: SUDA, name: { th: 'นางสาวสุดา รักไทย' } }, allLicenceTypes: true, licenceTypes: [], status: 'active' });
    const app = await createFoodApplication(t, 'kanokporn', { onBehalfOf: { grantId: granted.body.id } });
    const view = (await get('suda', `/api/v1/applications/${app.id}`)).body;
    expect(view).toMatchObject({ holder: { type: 'person', name: { th: 'นางสาวสุดา รักไทย' } }, onBehalfOf: { principal: { type: 'person', name: { th: 'นางสาวสุดา รักไทย' } } } });
    expect((await get('suda', '/api/v1/applications')).body.items.map((i: { id: string }) => i.id)).toContain(app.id);
    expect((await get('somchai', `/api/v1/applications/${app.id}`)).status).toBe(404);

    // Past its date (as if midnight had come): refused at once, in the list as expired.
    await t.app.get(DataSource).getRepository(AgentGrantEntity).update({ id: granted.body.id }, { endsAt: new Date(Date.now() - 1000) });
    const refused = await sendEvent(t, app.id, { as: 'kanokporn', type: 'SUBMIT' });
    expect([refused.status, refused.body.code]).toEqual([403, 'GRANT_NOT_ACTIVE']);
    expect(refused.body.message).toMatch(/สิ้นสุดแล้ว.* has expired/);
    expect((await get('suda', '/api/v1/grants')).body.given[0].status).toBe('expired');

    const renewed = await post('suda', '/api/v1/grants', { agentNationalId: KANOKPORN, licenceTypes: [FOOD], validUntil: bangkokDay(10) });
    expect(renewed.status).toBe(201);
    const old = (await get('suda', `/api/v1/grants/${granted.body.id}`)).body;
    expect([old.status, old.history.map((h: { type: string }) => h.type)]).toEqual(['expired', ['granted', 'expired']]);
    // The application stays under the grant it was filed under.
    expect((await sendEvent(t, app.id, { as: 'kanokporn', type: 'SUBMIT' })).status).toBe(403);
  });
});
