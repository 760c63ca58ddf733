import { DataSource } from 'typeorm';
import { ApplicationConsentEntity, CURRENT_PRIVACY_NOTICE } from '@bizportal/licensing';
import { createFoodApplication, drive, footprint, PRIVACY_CONSENT, sendEvent } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The applicant's consent to the privacy notice at submission (issue 15 part 4): SUBMIT must carry
 * `data.privacyConsent {noticeVersion, agreed: true}` for the current version; it is stored in
 * `application_consents`, recorded whole in the SUBMIT history entry, and shown on the application.
 */
describe('Consent to the privacy notice at submission', () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const consentsOf = (applicationId: string) => t.app.get(DataSource).getRepository(ApplicationConsentEntity).findBy({ applicationId });

  beforeAll(async () => {
    t = await startTestApp({ PORTAL_CONTACT_EMAIL: 'bizportal@example.go.th' });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Everything a refused SUBMIT must leave as it was. */
  async function unchanged(id: string) {
    const app = (await t.http.get(`/api/v1/applications/${id}`).set(await as('somchai')).expect(200)).body;
    return { rows: await footprint(t), consents: await t.count('application_consents'), state: app.state, version: app.version, submittedAt: app.submittedAt, privacyConsent: app.privacyConsent };
  }

  it('names the current notice, what it covers and the contact (public)', async () => {
    const res = await t.http.get('/api/v1/policies').expect(200);
    expect(res.body).toEqual({
      privacyNotice: { version: CURRENT_PRIVACY_NOTICE.version, issuedOn: '2026-12-06', url: '/privacy', covers: CURRENT_PRIVACY_NOTICE.covers.map((p) => ({ code: p.code, label: p.label })) },
      contact: { email: 'bizportal@example.go.th' },
    });
    expect(res.body.privacyNotice.covers.map((p: { code: string }) => p.code)).toEqual(['application-decision', 'government-records', 'disclosure-to-agencies', 'payment', 'contact']);
  });

  it('refuses a submission without consent, with a wrong version or a refusal, and changes nothing', async () => {
    const { id } = await createFoodApplication(t);
    const before = await unchanged(id);
    expect(before).toMatchObject({ state: 'draft', submittedAt: null, privacyConsent: null });

    const cases: [string, Record<string, unknown> | undefined, number, string, string][] = [
      ['no data at all', undefined, 422, 'PRIVACY_CONSENT_REQUIRED', 'data.privacyConsent'],
      ['data without the consent', {}, 422, 'PRIVACY_CONSENT_REQUIRED', 'data.privacyConsent'],
      ['a notice that is not the current one', { privacyConsent: { noticeVersion: '0', agreed: true } }, 422, 'PRIVACY_NOTICE_NOT_CURRENT', 'data.privacyConsent.noticeVersion'],
      ['agreed: false', { privacyConsent: { noticeVersion: CURRENT_PRIVACY_NOTICE.version, agreed: false } }, 400, 'EVENT_INVALID', 'data.privacyConsent.agreed'],
      ['no version', { privacyConsent: { agreed: true } }, 400, 'EVENT_INVALID', 'data.privacyConsent'],
      ['a field of its own', { privacyConsent: { ...PRIVACY_CONSENT, scope: 'everything' } }, 400, 'EVENT_INVALID', 'data.privacyConsent'],
      ['something else beside it', { privacyConsent: PRIVACY_CONSENT, marketing: true }, 400, 'EVENT_INVALID', 'data'],
    ];
    for (const [what, data, status, code, field] of cases) {
      // A raw body: the test helpers add the consent to a SUBMIT only when it has no data.
      const res = await t.http.post(`/api/v1/applications/${id}/events`).set(await as('somchai')).send(data === undefined ? { type: 'SUBMIT' } : { type: 'SUBMIT', data });
      expect({ what, status: res.status, code: res.body.code }).toEqual({ what, status, code });
      expect(res.body.message).toMatch(/[\u0E00-\u0E7F].* \/ [A-Z]/); // Thai / English
      expect(JSON.stringify(res.body.details)).toContain(field);
      expect(await unchanged(id)).toEqual(before);
    }
    // The helper's own refusal path: a step that gives data is sent as written.
    expect((await sendEvent(t, id, { as: 'somchai', type: 'SUBMIT', data: {} })).body.code).toBe('PRIVACY_CONSENT_REQUIRED');
    expect(await unchanged(id)).toEqual(before);
  });

  it('asks first what the workflow asks: the office gets 403, an incomplete draft its missing documents', async () => {
    const { id } = await createFoodApplication(t);
    const before = await unchanged(id);
    const officer = await t.http.post(`/api/v1/applications/${id}/events`).set(await as('officer.khlongtoei')).send({ type: 'SUBMIT', data: { privacyConsent: PRIVACY_CONSENT } });
    expect([officer.status, officer.body.code]).toEqual([403, 'EVENT_FORBIDDEN']);
    expect(await unchanged(id)).toEqual(before);

    const bare = await createFoodApplication(t, 'somchai', {}, { documents: false });
    const incomplete = await t.http.post(`/api/v1/applications/${bare.id}/events`).set(await as('somchai')).send({ type: 'SUBMIT' });
    expect([incomplete.status, incomplete.body.code]).toEqual([422, 'EVENT_CONDITION_FAILED']);
    expect(await t.count('application_consents')).toBe(before.consents);
  });

  it('records the consent with the application and in the hash-chained SUBMIT entry, with the server’s time', async () => {
    const { id } = await createFoodApplication(t);
    const consentsBefore = await t.count('application_consents');
    const sentTime = '2001-01-01T00:00:00.000Z';
    const res = await t.http
      .post(`/api/v1/applications/${id}/events`)
      .set(await as('somchai'))
      // What the sender says of the time or the purposes is not what is recorded.
      .send({ type: 'SUBMIT', data: { privacyConsent: { ...PRIVACY_CONSENT, agreedAt: sentTime, covers: ['everything'] } } })
      .expect(200);
    expect(res.body.state).toBe('submitted');
    const consent = res.body.privacyConsent;
    expect(consent).toEqual({
      noticeVersion: CURRENT_PRIVACY_NOTICE.version,
      noticeIssuedOn: CURRENT_PRIVACY_NOTICE.issuedOn,
      agreedAt: res.body.submittedAt,
      covers: CURRENT_PRIVACY_NOTICE.covers.map((p) => ({ code: p.code, label: p.label })),
    });
    expect(await t.count('application_consents')).toBe(consentsBefore + 1);
    const me = (await t.http.get('/api/v1/auth/me').set(await as('somchai')).expect(200)).body;
    expect(await consentsOf(id)).toEqual([expect.objectContaining({ applicationId: id, agreedBy: me.id, noticeVersion: '1', noticeIssuedOn: '2026-12-06', covers: consent.covers.map((p: { code: string }) => p.code) })]);
    expect((await consentsOf(id))[0].agreedAt.toISOString()).toBe(res.body.submittedAt);

    // The office and auditors see it on the application; the history holds the same record, inside the chain.
    for (const who of ['officer.khlongtoei', 'auditor']) {
      expect((await t.http.get(`/api/v1/applications/${id}`).set(await as(who)).expect(200)).body.privacyConsent).toEqual(consent);
    }
    const timeline = (await t.http.get(`/api/v1/applications/${id}/timeline`).set(await as('somchai')).expect(200)).body;
    const submit = timeline.entries.find((e: { event: string }) => e.event === 'SUBMIT');
    expect(submit.data).toEqual({
      privacyConsent: { noticeVersion: '1', noticeIssuedOn: '2026-12-06', agreed: true, agreedAt: res.body.submittedAt, covers: consent.covers.map((p: { code: string }) => p.code) },
    });
    expect(submit.data.privacyConsent.agreedAt).not.toBe(sentTime);
    expect(timeline.integrity.verified).toBe(true);

    // Once only: a second SUBMIT is not accepted, and the one consent stays.
    const again = await sendEvent(t, id, { as: 'somchai', type: 'SUBMIT' });
    expect([again.status, again.body.code]).toEqual([409, 'EVENT_NOT_ACCEPTED']);
    expect(await consentsOf(id)).toHaveLength(1);
  });

  it('keeps drafts and other steps free of it: later steps need no consent', async () => {
    const { id } = await createFoodApplication(t);
    await drive(t, id, [{ as: 'somchai', type: 'SUBMIT' }, { as: 'officer.khlongtoei', type: 'RECEIVE' }]);
    const draft = await createFoodApplication(t);
    expect((await t.http.get(`/api/v1/applications/${draft.id}`).set(await as('somchai')).expect(200)).body.privacyConsent).toBeNull();
    // A draft seen without one shows it once submitted (nothing of its absence is kept), and on every later read.
    await drive(t, draft.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    for (let read = 0; read < 2; read++) {
      expect((await t.http.get(`/api/v1/applications/${draft.id}`).set(await as('somchai')).expect(200)).body.privacyConsent).toMatchObject({ noticeVersion: CURRENT_PRIVACY_NOTICE.version });
    }
  });
});
