import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { createOmiseMock, type OmiseMock } from '../apps/omise-mock/src/omise-mock';
import { listRouteAccess, type RouteAccess } from '@bizportal/identity';
import { DataSource } from 'typeorm';
import { ChainAudit, OutboxRunner, WorkflowMigrationEntity } from '@bizportal/licensing';
import { signWebhook } from '@bizportal/payments';
import { createFoodApplication, drive, PRIVACY_CONSENT, TO_AWAITING_PAYMENT } from './support/flows';
import { attachRequiredDocuments, samplePdf } from './support/documents';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

const MIGRATION_ID = '7d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f60';

/**
 * The authorization matrix: every route the app registers, called as every persona, with the exact
 * set of personas let through. A route added without a row here fails the first test, so its rule
 * has to be thought about. Everyone not allowed gets 401 (anonymous) or 403/404 (signed in), unless a
 * row says otherwise for one persona (a refusal by state, e.g. 409, which is not about access).
 * Every answer, allowed or refused, is also searched for the other side's data: the other
 * applicant's application ids, tracking numbers, national ID and name, and so the other office's
 * applications.
 */

const PERSONAS = [
  'anonymous',
  'somchai', // applicant A
  'suda', // applicant B
  'officer.khlongtoei', // office X (bma-khlong-toei)
  'approver.khlongtoei',
  'head.khlongtoei',
  'officer.nonthaburi', // office Y (nonthaburi-city)
  'approver.nonthaburi',
  'head.nonthaburi',
  'admin', // workflow_admin
  'sysadmin', // system_admin: onboards local offices
  'auditor',
] as const;
type Persona = (typeof PERSONAS)[number];

const EVERYONE: readonly Persona[] = PERSONAS;
const SIGNED_IN = PERSONAS.filter((p) => p !== 'anonymous');
const APPLICANTS: readonly Persona[] = ['somchai', 'suda'];
const STAFF: readonly Persona[] = ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei', 'officer.nonthaburi', 'approver.nonthaburi', 'head.nonthaburi'];
/** Who may read applicant A's application in office X (canSeeApplication). */
const SEE_A: readonly Persona[] = ['somchai', 'officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei', 'auditor'];
/** Who imports statements and enters bank payments: officers and heads of office. */
const BILL_STAFF: readonly Persona[] = ['officer.khlongtoei', 'head.khlongtoei', 'officer.nonthaburi', 'head.nonthaburi'];

/** Whose data each persona may meet in an answer: A (somchai, office X) and B (suda, office Y). */
const SEES: Record<Persona, ('A' | 'B')[]> = {
  anonymous: [],
  somchai: ['A'],
  suda: ['B'],
  'officer.khlongtoei': ['A'],
  'approver.khlongtoei': ['A'],
  'head.khlongtoei': ['A'],
  'officer.nonthaburi': ['B'],
  'approver.nonthaburi': ['B'],
  'head.nonthaburi': ['B'],
  admin: [],
  sysadmin: [],
  auditor: ['A', 'B'],
};

const NONTHABURI_PREMISES = { address: '5 ถนนประชาราษฎร์ ตำบลสวนใหญ่ อำเภอเมืองนนทบุรี นนทบุรี 11000', provinceCode: '12', districtCode: '1201', subdistrictCode: '120101' };
const KEYS = { publicKey: 'pkey_test_local', secretKey: 'skey_test_local' };
const SECRET = randomBytes(32).toString('base64');
const HOLIDAY = '2031-03-04'; // a Tuesday

interface Row {
  /** The concrete URL, fixture ids substituted. */
  url: () => string;
  allowed: readonly Persona[];
  body?: (as: Persona) => object | string;
  headers?: (as: Persona) => Record<string, string>;
  /** A PDF to send as the multipart field `file`. */
  upload?: () => Buffer;
  /** Text fields sent with the upload. */
  fields?: () => Record<string, string>;
  /**
   * Set when the request is built to pass authorization but then fail (validation, or a state that
   * refuses it) so that the fixtures survive: allowed personas must get anything but 401/403/404.
   */
  authorizationOnly?: string;
  /** Refusals that are not about access (state, all-or-nothing validation): the exact status for that persona. */
  refused?: Partial<Record<Persona, number>>;
  /** Run before each persona's call. */
  before?: (as: Persona) => Promise<void>;
  /** Why the answers need not be searched for the other side's data. */
  noLeakCheck?: string;
}

describe('Authorization matrix: every route as every persona', () => {
  let t: TestApp;
  let mock: OmiseMock;
  let runner: OutboxRunner;
  let routes: RouteAccess[];
  const tokens = new Map<Persona, string>();

  /** The fixtures: A's applications in office X (issued, draft, submitted, awaiting payment), B's in office Y. */
  const f = {
    a1: { id: '', trackingNumber: '' }, // issued: licence, counter payment, receipt
    a2: { id: '', trackingNumber: '' }, // draft
    a3: { id: '', trackingNumber: '' }, // submitted, awaiting an officer of X
    a4: { id: '', trackingNumber: '' }, // awaiting payment, a PromptPay payment started
    b1: { id: '', trackingNumber: '' }, // suda's, submitted in Nonthaburi
    a5: { id: '', trackingNumber: '' }, // draft without documents (a2 is submitted by the events row)
    savedView: '', // a saved work-queue view of officer.khlongtoei, made before each DELETE call
    licence: '',
    receipt: '',
    qrPayment: '',
    /** A counter entry of office X whose references match nothing: money kept for that office. */
    billImport: '',
    pdf: Buffer.alloc(0) as Buffer,
    document: '', // one of a1's uploaded documents
    documentPdf: Buffer.alloc(0) as Buffer,
    a6: { id: '', trackingNumber: '' }, // waiting for the applicant's answer to an information request
    request: '', // a6's open information request
    question: '', // its question
    photo: '', // an inspection photo of a1
    anchorDate: '', // the history anchor made over the fixtures
    invitation: '', // an open staff invitation of bma-khlong-toei, made before the DELETE calls
    grant: '', // somchai's grant to suda as his agent for the food premises permit
    complaint: { id: '', reference: '', photo: '' }, // suda's complaint about a1's licence, accepted by office X, with a photo
    bundle: '', // A's bundle of two drafts in office X
    hearing: { id: '', document: '', comment: '', hideable: '', photo: '' }, // A's factory hearing, open in office X; suda's comments
  };
  const markers: Record<'A' | 'B', string[]> = { A: [], B: [] };
  let spareToken = '';
  let somchaiNotification = '';

  const bearer = (as: Persona) => ({ Authorization: `Bearer ${tokens.get(as)}` });
  const enc = encodeURIComponent;

  beforeAll(async () => {
    mock = createOmiseMock({ ...KEYS, webhookSecret: SECRET, webhookUrl: () => 'http://127.0.0.1:9/none', webhookRetryDelaysMs: [], log: () => undefined });
    const { port } = await mock.listen(0, '127.0.0.1');
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false', OMISE_LOCAL_PORT: String(port), OMISE_WEBHOOK_SECRET: SECRET, OMISE_TIMEOUT_MS: '2000', PAYMENT_RECONCILE_INTERVAL_MS: '0', DEV_MAILBOX_URL: 'http://localhost:1080' });
    runner = t.app.get(OutboxRunner);
    routes = listRouteAccess(t.app);
    for (const p of SIGNED_IN) tokens.set(p, await t.login(p));

    const a1 = await createFoodApplication(t, 'somchai');
    await drive(t, a1.id, TO_AWAITING_PAYMENT);
    await runner.runOnce();
    await t.http.post(`/api/v1/applications/${a1.id}/payments/counter`).set(bearer('officer.khlongtoei')).send({ receiptNumber: 'KT-MATRIX-1', amountSatang: 200000 }).expect(201);
    await runner.runOnce();
    const issued = (await t.http.get(`/api/v1/applications/${a1.id}/timeline`).set(bearer('somchai')).expect(200)).body.entries.find((e: { event: string }) => e.event === 'LICENCE_ISSUED');
    f.licence = issued.data.licenceNumber;
    f.receipt = (await t.http.get(`/api/v1/applications/${a1.id}/payments`).set(bearer('somchai')).expect(200)).body.receipts[0].receiptNumber;
    f.pdf = (await t.http.get(`/api/v1/licences/${enc(f.licence)}/pdf`).set(bearer('somchai')).buffer(true).expect(200)).body as Buffer;
    f.a1 = a1;
    f.document = (await t.http.get(`/api/v1/applications/${a1.id}/documents`).set(bearer('somchai')).expect(200)).body.documents[0].id;
    f.documentPdf = await samplePdf();
    f.a2 = await createFoodApplication(t, 'somchai');
    f.a5 = await createFoodApplication(t, 'somchai', {}, { documents: false });
    f.a3 = await createFoodApplication(t, 'somchai');
    await drive(t, f.a3.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    f.a4 = await createFoodApplication(t, 'somchai');
    await drive(t, f.a4.id, TO_AWAITING_PAYMENT);
    await runner.runOnce();
    f.qrPayment = (await t.http.post(`/api/v1/applications/${f.a4.id}/payments`).set(bearer('somchai')).send({ method: 'promptpay' }).expect(201)).body.id;
    f.billImport = (
      await t.http
        .post('/api/v1/bill-payments/counter-entries')
        .set(bearer('officer.khlongtoei'))
        .send({ ref1: '1', ref2: '', amountSatang: 1000, paidAt: new Date(Date.now() - 3_600_000).toISOString(), bankCode: '006', bankReference: 'FT-MATRIX-1' })
        .expect(201)
    ).body.id;
    somchaiNotification = (await t.http.get('/api/v1/notifications').set(bearer('somchai')).expect(200)).body[0].id;
    // A finished migration of no applications, for its report's route (a real run would move the fixtures).
    await t.app.get(DataSource).getRepository(WorkflowMigrationEntity).insert({
      id: MIGRATION_ID, licenceType: 'food-premises-permit', fromVersion: 1, toVersion: 1, stateMapping: {}, filter: null, allowActorChange: [], skipRefused: false,
      status: 'completed', total: 0, moved: 0, refused: 0, skipped: 0, batches: 0, resumed: 0, requestedBy: 'user-admin', requestedByName: 'admin',
      createdAt: new Date(), finishedAt: new Date(), claimedBy: null, heartbeatAt: null,
    });
    f.b1 = await createFoodApplication(t, 'suda', { premises: NONTHABURI_PREMISES });
    await drive(t, f.b1.id, [{ as: 'suda', type: 'SUBMIT' }]);
    f.a6 = await createFoodApplication(t, 'somchai');
    await drive(t, f.a6.id, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'REQUEST_INFO', comment: 'ขอข้อมูล', data: { items: [{ kind: 'information', question: 'เปิดกี่โมง' }] } },
    ]);
    const requests = (await t.http.get(`/api/v1/applications/${f.a6.id}/information-requests`).set(bearer('somchai')).expect(200)).body;
    f.request = requests[0].id;
    f.question = requests[0].items[0].id;
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    f.photo = (await t.http.post(`/api/v1/applications/${f.a1.id}/inspection-photos`).set(bearer('officer.khlongtoei')).attach('file', png, 'photo.png').expect(201)).body.id;
    f.anchorDate = (await t.app.get(ChainAudit).runOnce()).date;
    const untilDay = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    f.grant = (await t.http.post('/api/v1/grants').set(bearer('somchai')).send({ agentNationalId: '3101005678123', licenceTypes: ['food-premises-permit'], validUntil: untilDay }).expect(201)).body.id;
    f.complaint.photo = (await t.http.post('/api/v1/complaints/photos').set(bearer('suda')).attach('file', png, 'photo.png').expect(201)).body.id;
    const complaint = (
      await t.http
        .post('/api/v1/complaints')
        .set(bearer('suda'))
        .send({ licenceNumber: f.licence, category: 'noise', description: 'เสียงดังทุกคืนหลังเที่ยงคืน / loud every night', anonymousToHolder: true, photoIds: [f.complaint.photo] })
        .expect(201)
    ).body;
    f.complaint = { ...f.complaint, id: complaint.id, reference: complaint.reference };
    await t.http.post(`/api/v1/complaints/${complaint.id}/triage`).set(bearer('officer.khlongtoei')).send({ decision: 'accept', note: 'รับเรื่อง' }).expect(201);
    f.bundle = (
      await t.http
        .post('/api/v1/bundles')
        .set(bearer('somchai'))
        .send({ business: 'restaurant', licenceTypes: ['food-premises-permit', 'signboard-tax'], premises: KHLONG_TOEI_PREMISES, form: { businessName: 'ครัวคุณแม่' } })
        .expect(201)
    ).body.id;

    // A class-2 factory hearing of somchai's, opened by office X, with two comments of suda's (the first with a photo).
    const factory = (
      await t.http
        .post('/api/v1/applications')
        .set(bearer('somchai'))
        .send({ licenceType: 'factory-class2-public-hearing', premises: KHLONG_TOEI_PREMISES, form: { businessName: 'โรงน้ำแข็งทดสอบ', contactPhone: '0812345678' }, confirmApplicantData: true })
        .expect(201)
    ).body;
    await attachRequiredDocuments(t, factory.id, 'somchai');
    for (const [who, type, data] of [
      ['somchai', 'SUBMIT', { privacyConsent: PRIVACY_CONSENT }],
      ['officer.khlongtoei', 'RECEIVE', undefined],
      ['officer.khlongtoei', 'ACCEPT', undefined],
    ] as const) {
      await t.http.post(`/api/v1/applications/${factory.id}/events`).set(bearer(who)).send({ type, ...(data ? { data } : {}) }).expect(200);
    }
    f.hearing.document = (await t.http.get(`/api/v1/applications/${factory.id}/documents`).set(bearer('somchai')).expect(200)).body.documents[0].id;
    await t.http
      .post(`/api/v1/applications/${factory.id}/events`)
      .set(bearer('officer.khlongtoei'))
      .send({ type: 'OPEN_HEARING', data: { notice: 'ประกาศรับฟังความคิดเห็นของประชาชน โรงน้ำแข็งทดสอบ / public hearing', publishedDocumentIds: [f.hearing.document] } })
      .expect(200);
    f.hearing.id = (await t.http.get(`/api/v1/applications/${factory.id}`).set(bearer('somchai')).expect(200)).body.hearingId;
    f.hearing.photo = (await t.http.post('/api/v1/hearing-comments/photos').set(bearer('suda')).attach('file', png, 'photo.png').expect(201)).body.id;
    f.hearing.comment = (await t.http.post(`/api/v1/hearings/${f.hearing.id}/comments`).set(bearer('suda')).send({ stance: 'oppose', text: 'เสียงดัง', photoIds: [f.hearing.photo] }).expect(201)).body.id;
    f.hearing.hideable = (await t.http.post(`/api/v1/hearings/${f.hearing.id}/comments`).set(bearer('suda')).send({ stance: 'neutral', text: 'ข้อความที่จะถูกซ่อน' }).expect(201)).body.id;

    // What would betray a leak: ids and tracking numbers of each side's applications, and the applicant's national ID and names as stored.
    for (const [side, owner, apps] of [['A', 'somchai', [f.a1, f.a2, f.a3, f.a4, f.a6]], ['B', 'suda', [f.b1]]] as const) {
      const view = (await t.http.get(`/api/v1/applications/${apps[0].id}`).set(bearer(owner)).expect(200)).body;
      expect(view.holder).toMatchObject({ type: 'person', id: expect.stringMatching(/^\d{13}$/) });
      markers[side].push(...apps.flatMap((a) => [a.id, a.trackingNumber]), view.holder.id, view.holder.name.th, view.holder.name.en, view.applicant.displayName.th, view.applicant.displayName.en);
      markers[side] = [...new Set(markers[side])];
    }
    expect(markers.A).toEqual(expect.arrayContaining(['1101700230708']));
    expect(markers.B).toEqual(expect.arrayContaining(['3101005678123']));
  });
  afterAll(async () => {
    await t?.close();
    await mock?.close();
  });

  const webhookEvent = (as: Persona) => JSON.stringify({ object: 'event', id: `evnt_matrix_${as}`, key: 'customer.create', data: { object: 'customer', id: 'cust_1' } });
  const definition = () => ({ definition: { not: 'a workflow' } });

  /** One row per route: METHOD and path as the app registers them. */
  const MATRIX: Record<string, Row> = {
    // Sign-in and the caller herself.
    'POST /api/v1/auth/dev-login': { url: () => '/api/v1/auth/dev-login', allowed: EVERYONE, body: (as) => ({ username: as === 'anonymous' ? 'admin' : as }) },
    'GET /api/v1/auth/dev-users': {
      url: () => '/api/v1/auth/dev-users',
      allowed: EVERYONE,
      noLeakCheck: 'the embedded demo’s sign-in list (usernames and display names, no national IDs); 404 whenever dev login is off, as in production',
    },
    'GET /api/v1/auth/csrf': { url: () => '/api/v1/auth/csrf', allowed: EVERYONE },
    'GET /api/v1/auth/me': { url: () => '/api/v1/auth/me', allowed: SIGNED_IN },
    // Each persona signs out of a session of its own, so the tokens the other rows use stay valid.
    'POST /api/v1/auth/logout': {
      url: () => '/api/v1/auth/logout',
      allowed: SIGNED_IN,
      before: async (as) => {
        spareToken = as === 'anonymous' ? '' : (await t.http.post('/api/v1/auth/dev-login').send({ username: as }).expect(200)).body.accessToken;
      },
      headers: (as): Record<string, string> => (as === 'anonymous' ? {} : { Authorization: `Bearer ${spareToken}` }),
    },
    'GET /api/v1/auth/digital-id/login': { url: () => '/api/v1/auth/digital-id/login', allowed: EVERYONE, authorizationOnly: 'Digital ID is not configured here: 503 for everyone' },
    'GET /api/v1/auth/digital-id/callback': { url: () => '/api/v1/auth/digital-id/callback', allowed: EVERYONE, authorizationOnly: 'no code or state: 400 for everyone' },
    'GET /api/v1/me/applicant-data': { url: () => '/api/v1/me/applicant-data', allowed: APPLICANTS },
    'GET /api/v1/notifications': { url: () => '/api/v1/notifications', allowed: SIGNED_IN },
    'GET /api/v1/dev/mailbox': { url: () => '/api/v1/dev/mailbox', allowed: EVERYONE, authorizationOnly: 'a 302 to the local mailbox for everyone (404 in production)' },
    'GET /api/v1/dev/sms': { url: () => '/api/v1/dev/sms', allowed: EVERYONE, noLeakCheck: 'the local SMS provider of development (404 in production); no one here asked for SMS' },
    'GET /api/v1/notifications/unread-count': { url: () => '/api/v1/notifications/unread-count', allowed: SIGNED_IN },
    'POST /api/v1/notifications/read-all': { url: () => '/api/v1/notifications/read-all', allowed: SIGNED_IN },
    // Only her own: anyone else gets 404.
    'POST /api/v1/notifications/:id/read': { url: () => `/api/v1/notifications/${somchaiNotification}/read`, allowed: ['somchai'] },
    'GET /api/v1/notifications/preferences': { url: () => '/api/v1/notifications/preferences', allowed: SIGNED_IN },
    'PUT /api/v1/notifications/preferences': {
      url: () => '/api/v1/notifications/preferences',
      allowed: SIGNED_IN,
      body: () => ({ language: 'th', email: { enabled: false, address: null }, sms: { enabled: false, phone: null } }),
    },

    // Reference data.
    'GET /api/v1/areas': { url: () => '/api/v1/areas?parent=1201', allowed: EVERYONE },
    'GET /api/v1/holidays': { url: () => '/api/v1/holidays?year=2026', allowed: EVERYONE },
    'GET /api/v1/businesses': { url: () => '/api/v1/businesses', allowed: EVERYONE },
    'GET /api/v1/businesses/:slug': { url: () => '/api/v1/businesses/restaurant', allowed: EVERYONE },
    'POST /api/v1/businesses/:slug/quiz': { url: () => '/api/v1/businesses/restaurant/quiz', allowed: EVERYONE, body: () => ({ answers: {} }) },
    'GET /api/v1/licence-types': { url: () => '/api/v1/licence-types?q=food', allowed: EVERYONE },
    'GET /api/v1/licence-types/:slug': { url: () => '/api/v1/licence-types/food-premises-permit', allowed: EVERYONE },
    'GET /api/v1/licence-types/:slug/workflow': { url: () => '/api/v1/licence-types/food-premises-permit/workflow', allowed: EVERYONE },
    'GET /health': { url: () => '/health', allowed: EVERYONE },

    // Workflow administration and the holiday calendar: workflow_admin only.
    'GET /api/v1/admin/licence-types': { url: () => '/api/v1/admin/licence-types', allowed: ['admin'] },
    'POST /api/v1/admin/licence-types': { url: () => '/api/v1/admin/licence-types', allowed: ['admin'], body: definition, authorizationOnly: 'an invalid definition (400), so nothing is created' },
    'GET /api/v1/admin/licence-types/:slug/versions': { url: () => '/api/v1/admin/licence-types/food-premises-permit/versions', allowed: ['admin'] },
    'POST /api/v1/admin/licence-types/:slug/versions': {
      url: () => '/api/v1/admin/licence-types/food-premises-permit/versions',
      allowed: ['admin'],
      body: definition,
      authorizationOnly: 'an invalid definition (400), so no draft is made',
    },
    'GET /api/v1/admin/licence-types/:slug/versions/:version': { url: () => '/api/v1/admin/licence-types/food-premises-permit/versions/1', allowed: ['admin'] },
    'POST /api/v1/admin/licence-types/:slug/versions/:version/validate': { url: () => '/api/v1/admin/licence-types/food-premises-permit/versions/1/validate', allowed: ['admin'] },
    'POST /api/v1/admin/licence-types/:slug/versions/:version/simulate': {
      url: () => '/api/v1/admin/licence-types/food-premises-permit/versions/1/simulate',
      allowed: ['admin'],
      body: () => ({ events: [] }),
    },
    'POST /api/v1/admin/licence-types/:slug/versions/:version/publish': {
      url: () => '/api/v1/admin/licence-types/food-premises-permit/versions/1/publish',
      allowed: ['admin'],
      authorizationOnly: 'version 1 is already published (409)',
    },
    'GET /api/v1/admin/licence-types/:slug/diff': { url: () => '/api/v1/admin/licence-types/food-premises-permit/diff?from=1&to=1', allowed: ['admin'] },
    // Business types and the Smart Quiz as data (issue 14 part 3): workflow_admin only.
    'GET /api/v1/admin/businesses': { url: () => '/api/v1/admin/businesses', allowed: ['admin'] },
    'POST /api/v1/admin/businesses': {
      url: () => '/api/v1/admin/businesses',
      allowed: ['admin'],
      body: () => ({ slug: 'matrix-shop', content: { name: { th: '', en: '' } } }),
      authorizationOnly: 'malformed content (400), so nothing is created',
    },
    'GET /api/v1/admin/businesses/:slug/versions': { url: () => '/api/v1/admin/businesses/restaurant/versions', allowed: ['admin'] },
    'POST /api/v1/admin/businesses/:slug/versions': {
      url: () => '/api/v1/admin/businesses/restaurant/versions',
      allowed: ['admin'],
      body: () => ({ from: 'first' }),
      authorizationOnly: 'a version that is not a number (400), so no draft is made',
    },
    'GET /api/v1/admin/businesses/:slug/versions/:version': { url: () => '/api/v1/admin/businesses/restaurant/versions/1', allowed: ['admin'] },
    'PUT /api/v1/admin/businesses/:slug/versions/:version': {
      url: () => '/api/v1/admin/businesses/restaurant/versions/1',
      allowed: ['admin'],
      body: () => ({ revision: 1, content: {} }),
      authorizationOnly: 'version 1 is published (409), so nothing changes',
    },
    'POST /api/v1/admin/businesses/:slug/versions/:version/validate': { url: () => '/api/v1/admin/businesses/restaurant/versions/1/validate', allowed: ['admin'] },
    'POST /api/v1/admin/businesses/:slug/versions/:version/publish': {
      url: () => '/api/v1/admin/businesses/restaurant/versions/1/publish',
      allowed: ['admin'],
      body: () => ({}),
      authorizationOnly: 'version 1 is already published (409)',
    },
    'GET /api/v1/admin/businesses/:slug/diff': { url: () => '/api/v1/admin/businesses/restaurant/diff?from=1&to=1', allowed: ['admin'] },
    'POST /api/v1/admin/licence-types/:slug/migrations': {
      url: () => '/api/v1/admin/licence-types/food-premises-permit/migrations',
      allowed: ['admin'],
      body: () => ({ fromVersion: 1, toVersion: 1, stateMapping: { draft: 'draft' }, dryRun: true }),
      authorizationOnly: 'the same version on both sides (422), so nothing is planned or moved',
    },
    'GET /api/v1/admin/licence-types/:slug/migrations': { url: () => '/api/v1/admin/licence-types/food-premises-permit/migrations', allowed: ['admin'] },
    'GET /api/v1/admin/licence-types/:slug/migrations/:id': { url: () => `/api/v1/admin/licence-types/food-premises-permit/migrations/${MIGRATION_ID}`, allowed: ['admin'] },
    'GET /api/v1/admin/workflow-editor/schema': { url: () => '/api/v1/admin/workflow-editor/schema', allowed: ['admin'] },
    'GET /api/v1/admin/workflow-editor/vocabulary': { url: () => '/api/v1/admin/workflow-editor/vocabulary', allowed: ['admin'] },
    'POST /api/v1/admin/workflow-editor/preview': { url: () => '/api/v1/admin/workflow-editor/preview', allowed: ['admin'], body: () => ({ definition: { slug: 'matrix-preview' } }) },
    'POST /api/v1/admin/holidays': {
      url: () => '/api/v1/admin/holidays',
      allowed: ['admin'],
      body: () => ({ date: HOLIDAY, name: { th: 'วันหยุดทดสอบ', en: 'Matrix holiday' } }),
    },
    'DELETE /api/v1/admin/holidays/:date': {
      url: () => `/api/v1/admin/holidays/${HOLIDAY}`,
      allowed: ['admin'],
      before: async () => {
        await t.http.post('/api/v1/admin/holidays').set(bearer('admin')).send({ date: HOLIDAY, name: { th: 'วันหยุดทดสอบ', en: 'Matrix holiday' } });
      },
    },

    // Local offices (system administrators).
    'GET /api/v1/admin/offices': { url: () => '/api/v1/admin/offices?province=10&limit=5', allowed: ['sysadmin'] },
    'POST /api/v1/admin/offices': {
      url: () => '/api/v1/admin/offices',
      allowed: ['sysadmin'],
      body: () => ({ id: 'bma-khlong-toei', name: { th: 'ซ้ำ', en: 'Taken' }, kind: 'sao', provinceCode: '10' }),
      authorizationOnly: 'the id is taken (409), so nothing is created',
    },
    'GET /api/v1/admin/offices/:id': { url: () => '/api/v1/admin/offices/bma-khlong-toei', allowed: ['sysadmin'] },
    'PUT /api/v1/admin/offices/:id/subdistricts': {
      url: () => '/api/v1/admin/offices/bma-khlong-toei/subdistricts',
      allowed: ['sysadmin'],
      body: () => ({ subdistricts: [] }),
      authorizationOnly: 'a seeded office’s areas come from the file (409), so nothing changes',
    },
    'POST /api/v1/admin/offices/:id/invitations': {
      url: () => '/api/v1/admin/offices/bma-khlong-toei/invitations',
      allowed: ['sysadmin'],
      body: () => ({ nationalId: '1101700230709', roles: ['officer'] }),
      authorizationOnly: 'a bad check digit (400), so nothing is invited',
    },
    'DELETE /api/v1/admin/offices/:id/invitations/:invitationId': {
      url: () => `/api/v1/admin/offices/bma-khlong-toei/invitations/${f.invitation}`,
      allowed: ['sysadmin'],
      before: async () => {
        if (f.invitation) return;
        const res = await t.http.post('/api/v1/admin/offices/bma-khlong-toei/invitations').set(bearer('sysadmin')).send({ nationalId: '3101005678123', roles: ['officer'] });
        f.invitation = res.body.id;
      },
    },

    // Applications.
    'POST /api/v1/applications': {
      url: () => '/api/v1/applications',
      allowed: APPLICANTS,
      // Each in her own office, so the markers keep meaning "the other side".
      body: (as) => ({ licenceType: 'food-premises-permit', business: 'restaurant', premises: as === 'suda' ? NONTHABURI_PREMISES : KHLONG_TOEI_PREMISES, form: COMPLETE_FOOD_FORM }),
    },
    'GET /api/v1/applications': { url: () => '/api/v1/applications', allowed: [...APPLICANTS, ...STAFF, 'auditor'] },
    // Bundles (issue 17 part 2): the applicant who started one, and no one else; each of its applications keeps its own rule.
    'POST /api/v1/bundles': {
      url: () => '/api/v1/bundles',
      allowed: APPLICANTS,
      body: (as) => ({ business: 'restaurant', licenceTypes: ['food-premises-permit', 'signboard-tax'], premises: as === 'suda' ? NONTHABURI_PREMISES : KHLONG_TOEI_PREMISES }),
    },
    'GET /api/v1/bundles': { url: () => '/api/v1/bundles', allowed: APPLICANTS },
    'GET /api/v1/bundles/:id': { url: () => `/api/v1/bundles/${f.bundle}`, allowed: ['somchai'] },
    'POST /api/v1/bundles/:id/submit': {
      url: () => `/api/v1/bundles/${f.bundle}/submit`,
      allowed: ['somchai'],
      body: () => ({ privacyConsent: PRIVACY_CONSENT }),
      authorizationOnly: 'its drafts lack documents and the applicant’s confirmation (422), so nothing is submitted',
    },
    'POST /api/v1/bundles/:id/payments': {
      url: () => `/api/v1/bundles/${f.bundle}/payments`,
      allowed: ['somchai'],
      body: () => ({ method: 'promptpay' }),
      authorizationOnly: 'no fee of the bundle is due yet: 409 BUNDLE_NOTHING_TO_PAY, nothing written',
    },
    'GET /api/v1/applications/:id': { url: () => `/api/v1/applications/${f.a1.id}`, allowed: SEE_A },
    'PATCH /api/v1/applications/:id': { url: () => `/api/v1/applications/${f.a2.id}`, allowed: ['somchai'], body: () => ({ form: { seats: 81 } }) },
    // SUBMIT of A's draft: only she may; the office and auditors see it but are not its actor (403).
    'POST /api/v1/applications/:id/events': { url: () => `/api/v1/applications/${f.a2.id}/events`, allowed: ['somchai'], body: () => ({ type: 'SUBMIT', data: { privacyConsent: PRIVACY_CONSENT } }) },
    'GET /api/v1/applications/:id/timeline': { url: () => `/api/v1/applications/${f.a1.id}/timeline`, allowed: SEE_A },
    // Documents: only the applicant uploads (to her draft, replacing the site plan each time); whoever sees the application reads them.
    'POST /api/v1/applications/:id/documents': {
      url: () => `/api/v1/applications/${f.a5.id}/documents`,
      allowed: ['somchai'],
      upload: () => f.documentPdf,
      fields: () => ({ code: 'site-plan' }),
    },
    'GET /api/v1/applications/:id/documents': { url: () => `/api/v1/applications/${f.a1.id}/documents`, allowed: SEE_A },
    'GET /api/v1/applications/:id/documents/:documentId': { url: () => `/api/v1/applications/${f.a1.id}/documents/${f.document}`, allowed: SEE_A },
    // The review workspace: whoever sees the application reads requests, inspections and photos; the applicant answers; her office uploads photos.
    'GET /api/v1/applications/:id/information-requests': { url: () => `/api/v1/applications/${f.a6.id}/information-requests`, allowed: SEE_A },
    'POST /api/v1/applications/:id/information-requests/:requestId/items/:itemId/answer': {
      url: () => `/api/v1/applications/${f.a6.id}/information-requests/${f.request}/items/${f.question}/answer`,
      allowed: ['somchai'],
      body: () => ({ text: 'เปิด 8 โมงเช้า' }),
    },
    'GET /api/v1/applications/:id/inspections': { url: () => `/api/v1/applications/${f.a1.id}/inspections`, allowed: SEE_A },
    'POST /api/v1/applications/:id/inspection-photos': {
      url: () => `/api/v1/applications/${f.a3.id}/inspection-photos`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      upload: () => f.documentPdf,
      authorizationOnly: 'a PDF is not a photo (415), so nothing is stored',
    },
    // The officer's pre-check (issue 17 part 5): the staff of the application's office who review it, and no one else.
    'GET /api/v1/applications/:id/precheck': { url: () => `/api/v1/applications/${f.a3.id}/precheck`, allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'] },
    'POST /api/v1/applications/:id/precheck': { url: () => `/api/v1/applications/${f.a3.id}/precheck`, allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'] },
    'GET /api/v1/applications/:id/inspection-photos/:photoId': { url: () => `/api/v1/applications/${f.a1.id}/inspection-photos/${f.photo}`, allowed: SEE_A },
    'GET /api/v1/track/:trackingNumber': { url: () => `/api/v1/track/${f.a1.trackingNumber}`, allowed: EVERYONE },
    'GET /api/v1/track/:trackingNumber/history-proof': { url: () => `/api/v1/track/${f.a1.trackingNumber}/history-proof`, allowed: EVERYONE },
    'GET /api/v1/history-anchors': { url: () => '/api/v1/history-anchors', allowed: EVERYONE },
    'GET /api/v1/history-anchors/:date': { url: () => `/api/v1/history-anchors/${f.anchorDate}`, allowed: EVERYONE },
    // Public statistics and open data (issue 15): figures only, no application, name or number of anyone.
    'GET /api/v1/statistics': { url: () => '/api/v1/statistics', allowed: EVERYONE },
    'GET /api/v1/statistics/months': { url: () => '/api/v1/statistics/months?licenceType=food-premises-permit', allowed: EVERYONE },
    'GET /api/v1/statistics/licence-types': { url: () => '/api/v1/statistics/licence-types', allowed: EVERYONE },
    'GET /api/v1/statistics/offices': { url: () => '/api/v1/statistics/offices?office=bma-khlong-toei', allowed: EVERYONE },
    'GET /api/v1/open-data/processing-statistics.csv': { url: () => '/api/v1/open-data/processing-statistics.csv', allowed: EVERYONE },
    'GET /api/v1/open-data/processing-statistics.json': { url: () => '/api/v1/open-data/processing-statistics.json', allowed: EVERYONE },
    'GET /api/v1/open-data/processing-statistics/dictionary': { url: () => '/api/v1/open-data/processing-statistics/dictionary', allowed: EVERYONE },
    'GET /api/v1/open-data/processing-statistics/ckan': { url: () => '/api/v1/open-data/processing-statistics/ckan', allowed: EVERYONE },
    'GET /api/v1/open-data/catalog.jsonld': { url: () => '/api/v1/open-data/catalog.jsonld', allowed: EVERYONE },
    'GET /api/v1/applications/:id/acknowledgement.pdf': { url: () => `/api/v1/applications/${f.a3.id}/acknowledgement.pdf`, allowed: SEE_A },
    // The office's preview while a licence waits for its signer (test/signer-approval covers the 200): a3 does not, so its staff get 409.
    'GET /api/v1/applications/:id/licence-preview.pdf': {
      url: () => `/api/v1/applications/${f.a3.id}/licence-preview.pdf`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      authorizationOnly: 'a3 is submitted, not waiting for the signer: its office gets 409 LICENCE_PREVIEW_NOT_AVAILABLE',
    },

    // Messages (a3 is submitted): everyone who sees it reads the thread; the applicant and her office write and mark read.
    'GET /api/v1/applications/:id/messages': { url: () => `/api/v1/applications/${f.a3.id}/messages`, allowed: SEE_A },
    'POST /api/v1/applications/:id/messages': {
      url: () => `/api/v1/applications/${f.a3.id}/messages`,
      allowed: ['somchai', 'officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      body: (as) => ({ body: `ข้อความจาก ${as}` }),
    },
    'POST /api/v1/applications/:id/messages/read': {
      url: () => `/api/v1/applications/${f.a3.id}/messages/read`,
      allowed: ['somchai', 'officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
    },

    // The work queue and assignment (a3 awaits an officer of X).
    'GET /api/v1/work-queue': { url: () => '/api/v1/work-queue', allowed: STAFF },
    'POST /api/v1/work-queue/reassign': {
      url: () => '/api/v1/work-queue/reassign',
      allowed: ['head.khlongtoei'],
      body: () => ({ applicationIds: [f.a3.id], userId: 'user-officer-kt' }),
      // All or nothing: the other office's head is told the id she sent is not in her office, nothing more.
      refused: { 'head.nonthaburi': 422 },
    },
    'POST /api/v1/work-queue/claim': {
      url: () => '/api/v1/work-queue/claim',
      allowed: ['officer.khlongtoei'],
      body: () => ({ applicationIds: [f.a3.id] }),
      before: async () => {
        await t.http.post(`/api/v1/applications/${f.a3.id}/release`).set(bearer('head.khlongtoei')).expect(200);
      },
      // All or none: it waits for an officer (not an approver), and is not the other office's.
      refused: { 'approver.khlongtoei': 422, 'officer.nonthaburi': 422, 'approver.nonthaburi': 422 },
    },
    'GET /api/v1/work-queue/staff': { url: () => '/api/v1/work-queue/staff', allowed: STAFF },
    'GET /api/v1/work-queue/dashboard': { url: () => '/api/v1/work-queue/dashboard', allowed: ['head.khlongtoei', 'head.nonthaburi'] },
    'GET /api/v1/work-queue/views': { url: () => '/api/v1/work-queue/views', allowed: STAFF },
    'POST /api/v1/work-queue/views': { url: () => '/api/v1/work-queue/views', allowed: STAFF, body: (as) => ({ name: `มุมมอง ${as}`, filter: { overdue: true } }) },
    // Each call deletes a view officer.khlongtoei has just saved: only she may.
    'DELETE /api/v1/work-queue/views/:id': {
      url: () => `/api/v1/work-queue/views/${f.savedView}`,
      allowed: ['officer.khlongtoei'],
      before: async () => {
        const saved = await t.http.post('/api/v1/work-queue/views').set(bearer('officer.khlongtoei')).send({ name: `ชั่วคราว ${randomBytes(4).toString('hex')}`, filter: {} }).expect(201);
        f.savedView = saved.body.id as string;
      },
    },
    'POST /api/v1/applications/:id/claim': {
      url: () => `/api/v1/applications/${f.a3.id}/claim`,
      allowed: ['officer.khlongtoei'],
      // It waits for an officer, not an approver.
      refused: { 'approver.khlongtoei': 409 },
    },
    'POST /api/v1/applications/:id/release': {
      url: () => `/api/v1/applications/${f.a3.id}/release`,
      allowed: ['officer.khlongtoei', 'head.khlongtoei'],
      // Held by the officer before each call: only the holder and the head of office may release it.
      before: async () => {
        await t.http.post(`/api/v1/applications/${f.a3.id}/claim`).set(bearer('officer.khlongtoei')).expect(200);
      },
    },
    'POST /api/v1/applications/:id/assign': { url: () => `/api/v1/applications/${f.a3.id}/assign`, allowed: ['head.khlongtoei'], body: () => ({ userId: 'user-officer2-kt' }) },
    'GET /api/v1/applications/:id/assignments': { url: () => `/api/v1/applications/${f.a3.id}/assignments`, allowed: SEE_A },

    // Payments (a1 paid at the counter, a4 with a PromptPay payment pending).
    // Starting again returns the same pending payment, so the fixture survives.
    'POST /api/v1/applications/:id/payments': { url: () => `/api/v1/applications/${f.a4.id}/payments`, allowed: ['somchai'], body: () => ({ method: 'promptpay' }) },
    'GET /api/v1/applications/:id/payments': { url: () => `/api/v1/applications/${f.a1.id}/payments`, allowed: SEE_A },
    'POST /api/v1/applications/:id/payments/counter': {
      url: () => `/api/v1/applications/${f.a1.id}/payments/counter`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei'],
      body: () => ({ receiptNumber: 'KT-MATRIX-2', amountSatang: 200000 }),
      authorizationOnly: 'a1 is already paid and issued: its staff get 409',
    },
    'GET /api/v1/payments/:id/qr': { url: () => `/api/v1/payments/${f.qrPayment}/qr`, allowed: SEE_A },
    'GET /api/v1/payments/:id/return': { url: () => `/api/v1/payments/${f.qrPayment}/return`, allowed: EVERYONE },
    'GET /api/v1/payments/gateway': {
      url: () => '/api/v1/payments/gateway',
      allowed: EVERYONE,
      noLeakCheck: "the gateway's public key and vault origin, which every payer's browser needs to make a card token",
    },
    'GET /api/v1/receipts/:number/pdf': { url: () => `/api/v1/receipts/${enc(f.receipt)}/pdf`, allowed: SEE_A },
    'POST /api/v1/payments/omise/webhook': {
      url: () => '/api/v1/payments/omise/webhook',
      allowed: EVERYONE,
      body: webhookEvent,
      headers: (as) => {
        const timestamp = String(Math.floor(Date.now() / 1000));
        return { 'content-type': 'application/json', 'omise-signature': signWebhook(webhookEvent(as), SECRET, timestamp), 'omise-signature-timestamp': timestamp };
      },
    },
    'POST /api/v1/payments/reconcile': { url: () => '/api/v1/payments/reconcile', allowed: ['auditor'] },
    // Bill payment: the slip of a4's open fee for whoever may see a4 (auditors read it too); the office's statements for its officers and head.
    'GET /api/v1/applications/:id/bill-payment': { url: () => `/api/v1/applications/${f.a4.id}/bill-payment`, allowed: SEE_A },
    'GET /api/v1/applications/:id/bill-payment/slip.pdf': { url: () => `/api/v1/applications/${f.a4.id}/bill-payment/slip.pdf`, allowed: SEE_A },
    'GET /api/v1/bill-payments': { url: () => '/api/v1/bill-payments', allowed: BILL_STAFF },
    'GET /api/v1/bill-payments/biller': { url: () => '/api/v1/bill-payments/biller', allowed: BILL_STAFF },
    'GET /api/v1/bill-payments/imports/:id': { url: () => `/api/v1/bill-payments/imports/${f.billImport}`, allowed: ['officer.khlongtoei', 'head.khlongtoei'] },
    'POST /api/v1/bill-payments/statements': {
      url: () => '/api/v1/bill-payments/statements',
      allowed: BILL_STAFF,
      upload: () => f.documentPdf,
      authorizationOnly: 'a PDF is not a bank statement (422, naming its first line), so nothing is imported',
    },
    'POST /api/v1/bill-payments/counter-entries': {
      url: () => '/api/v1/bill-payments/counter-entries',
      allowed: BILL_STAFF,
      body: () => ({ ref1: '1', amountSatang: 0 }),
      authorizationOnly: 'an entry without its date, bank or amount (400), so nothing is recorded',
    },
    // Held money: each office sees its own; a4's payment is pending, not held, so its office's staff get 409.
    'GET /api/v1/held-payments': { url: () => '/api/v1/held-payments', allowed: STAFF },
    'POST /api/v1/payments/:id/refund': {
      url: () => `/api/v1/payments/${f.qrPayment}/refund`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      body: () => ({ reason: 'ตรวจสิทธิ์ / matrix' }),
      authorizationOnly: "a4's payment is pending, not held: its office's staff get 409",
    },
    'POST /api/v1/payments/:id/accept': {
      url: () => `/api/v1/payments/${f.qrPayment}/accept`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      body: () => ({ reason: 'ตรวจสิทธิ์ / matrix' }),
      authorizationOnly: "a4's payment is pending, not held: its office's staff get 409",
    },

    // The policies and the satisfaction statistics: open to everyone, with no personal data.
    'GET /api/v1/policies': { url: () => '/api/v1/policies', allowed: EVERYONE },
    'GET /api/v1/statistics/satisfaction': { url: () => '/api/v1/statistics/satisfaction', allowed: EVERYONE },
    'GET /api/v1/statistics/satisfaction/cells': { url: () => '/api/v1/statistics/satisfaction/cells', allowed: EVERYONE },
    // Rating the service (a1's licence is issued): only its applicant rates; she and the officers and head of its office read it with the comment.
    'POST /api/v1/applications/:id/satisfaction': { url: () => `/api/v1/applications/${f.a1.id}/satisfaction`, allowed: ['somchai'], body: () => ({ score: 4, comment: 'ดีมาก' }) },
    'GET /api/v1/applications/:id/satisfaction': { url: () => `/api/v1/applications/${f.a1.id}/satisfaction`, allowed: ['somchai', 'officer.khlongtoei', 'head.khlongtoei'] },
    'GET /api/v1/satisfaction/office': { url: () => '/api/v1/satisfaction/office', allowed: BILL_STAFF },

    // Grants (section 24): somchai grants suda; both read it, only he revokes it (suda, his agent, 403).
    'POST /api/v1/grants': {
      url: () => '/api/v1/grants',
      allowed: APPLICANTS,
      body: () => ({ agentNationalId: '1101400567898', licenceTypes: ['food-premises-permit'], validUntil: '2020-01-01' }),
      authorizationOnly: 'a grant past its date (400), so nothing is stored',
    },
    'GET /api/v1/grants': { url: () => '/api/v1/grants', allowed: APPLICANTS, noLeakCheck: 'a grant names its principal and its agent, and each of them lists it' },
    'GET /api/v1/grants/:id': { url: () => `/api/v1/grants/${f.grant}`, allowed: ['somchai', 'suda'], noLeakCheck: 'a grant names its principal and its agent, and each of them reads it' },
    'POST /api/v1/grants/:id/revoke': { url: () => `/api/v1/grants/${f.grant}/revoke`, allowed: ['somchai'], body: () => ({ reason: 'ตรวจสิทธิ์ / matrix' }), noLeakCheck: 'the principal revokes the grant that names his agent' },

    // Licences (issued from a1).
    'GET /api/v1/licences': { url: () => '/api/v1/licences', allowed: SIGNED_IN },
    // The head of office is not among those who see a licence (LicencesService.visible), although she sees its application.
    'GET /api/v1/licences/:number': { url: () => `/api/v1/licences/${enc(f.licence)}`, allowed: SEE_A },
    'GET /api/v1/licences/:number/pdf': { url: () => `/api/v1/licences/${enc(f.licence)}/pdf`, allowed: SEE_A },
    'GET /api/v1/verify/:number': { url: () => `/api/v1/verify/${enc(f.licence)}`, allowed: EVERYONE },
    // Complaints about licensed premises (issue 17 part 4): made by signed-in citizens, handled by the issuing office.
    'GET /api/v1/complaints/licences': { url: () => `/api/v1/complaints/licences?number=${enc(f.licence)}`, allowed: SIGNED_IN },
    'POST /api/v1/complaints/photos': { url: () => '/api/v1/complaints/photos', allowed: APPLICANTS, upload: () => f.documentPdf, authorizationOnly: 'a PDF, not a photo (415), so nothing is stored' },
    'POST /api/v1/complaints': {
      url: () => '/api/v1/complaints',
      // Somchai holds the licence: no complaint about his own (422).
      allowed: ['suda'],
      body: () => ({ licenceNumber: f.licence, category: 'noise', description: 'เสียงดังทุกคืนหลังเที่ยงคืน / loud every night', anonymousToHolder: false }),
      refused: { somchai: 422 },
    },
    'GET /api/v1/complaints/mine': { url: () => '/api/v1/complaints/mine', allowed: APPLICANTS },
    'GET /api/v1/complaints/office': { url: () => '/api/v1/complaints/office', allowed: STAFF },
    'GET /api/v1/complaints/:id': {
      url: () => `/api/v1/complaints/${f.complaint.id}`,
      allowed: ['suda', 'somchai', 'officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei', 'auditor'],
      noLeakCheck: 'the office handling a complaint sees who made it (suda, side B) by design; the holder (somchai) is checked in test/complaints.e2e-spec.ts not to',
    },
    'GET /api/v1/complaints/:id/photos/:photoId': {
      url: () => `/api/v1/complaints/${f.complaint.id}/photos/${f.complaint.photo}`,
      allowed: ['suda', 'officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei', 'auditor'],
    },
    'POST /api/v1/complaints/:id/triage': {
      url: () => `/api/v1/complaints/${f.complaint.id}/triage`,
      allowed: ['officer.khlongtoei', 'head.khlongtoei'],
      body: () => ({ decision: 'dismiss', note: 'ไม่รับ' }),
      authorizationOnly: 'the complaint is already accepted (409), so nothing changes',
    },
    'POST /api/v1/complaints/:id/inspection': {
      url: () => `/api/v1/complaints/${f.complaint.id}/inspection`,
      allowed: ['officer.khlongtoei', 'head.khlongtoei'],
      body: () => ({ inspectedOn: '2099-01-01', findings: 'x' }),
      authorizationOnly: 'an inspection dated in the future (409), so nothing changes',
    },
    'POST /api/v1/complaints/:id/outcome': {
      url: () => `/api/v1/complaints/${f.complaint.id}/outcome`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      body: () => ({ outcome: 'no_action', note: 'x' }),
      authorizationOnly: 'not inspected yet (409), so nothing changes',
    },
    'POST /api/v1/complaints/:id/response': { url: () => `/api/v1/complaints/${f.complaint.id}/response`, allowed: ['somchai'], body: () => ({ text: 'ชี้แจง / our answer' }) },
    'GET /api/v1/complaint-status/:reference': { url: () => `/api/v1/complaint-status/${f.complaint.reference}`, allowed: EVERYONE },
    'GET /api/v1/statistics/complaints': { url: () => '/api/v1/statistics/complaints', allowed: EVERYONE },
    'POST /api/v1/verify': { url: () => '/api/v1/verify', allowed: EVERYONE, upload: () => f.pdf },
    // Public hearings (issue 18): read by anyone, commented on by citizens, handled by the office of the application.
    'GET /api/v1/hearings': { url: () => '/api/v1/hearings?province=10', allowed: EVERYONE },
    'GET /api/v1/hearings/feed.atom': { url: () => '/api/v1/hearings/feed.atom', allowed: EVERYONE },
    'GET /api/v1/hearings/mine': { url: () => '/api/v1/hearings/mine', allowed: APPLICANTS },
    'GET /api/v1/hearings/:id': { url: () => `/api/v1/hearings/${f.hearing.id}`, allowed: EVERYONE },
    'GET /api/v1/hearings/:id/documents/:documentId': { url: () => `/api/v1/hearings/${f.hearing.id}/documents/${f.hearing.document}`, allowed: EVERYONE },
    'GET /api/v1/hearings/:id/comments/:commentId/photos/:photoId': { url: () => `/api/v1/hearings/${f.hearing.id}/comments/${f.hearing.comment}/photos/${f.hearing.photo}`, allowed: EVERYONE },
    'POST /api/v1/hearing-comments/photos': { url: () => '/api/v1/hearing-comments/photos', allowed: APPLICANTS, upload: () => f.documentPdf, authorizationOnly: 'a PDF, not a photo (415), so nothing is stored' },
    'POST /api/v1/hearings/:id/comments': {
      url: () => `/api/v1/hearings/${f.hearing.id}/comments`,
      allowed: APPLICANTS,
      body: () => ({ stance: 'support', text: '\u200B' }),
      authorizationOnly: 'an invisible-only text (400 COMMENT_EMPTY), so nothing is stored',
    },
    'POST /api/v1/hearings/:id/answers': {
      url: () => `/api/v1/hearings/${f.hearing.id}/answers`,
      allowed: ['somchai'],
      body: () => ({ commentIds: [f.hearing.comment], text: 'ชี้แจง / our answer' }),
      authorizationOnly: 'the hearing is still open (409 HEARING_NOT_ANSWERING), so nothing is stored',
    },
    'GET /api/v1/hearing-follows': { url: () => '/api/v1/hearing-follows', allowed: APPLICANTS },
    'POST /api/v1/hearing-follows': { url: () => '/api/v1/hearing-follows', allowed: APPLICANTS, body: () => ({ subdistrictCode: '103301' }) },
    'DELETE /api/v1/hearing-follows/:subdistrictCode': {
      url: () => '/api/v1/hearing-follows/103301',
      allowed: APPLICANTS,
      before: async (as) => {
        if (as === 'somchai' || as === 'suda') await t.http.post('/api/v1/hearing-follows').set(bearer(as)).send({ subdistrictCode: '103301' }).expect(201);
      },
    },
    'GET /api/v1/office/hearings/:id': {
      url: () => `/api/v1/office/hearings/${f.hearing.id}`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      noLeakCheck: 'the office handling a hearing sees who commented (suda, side B) by design; the public view is checked in test/hearings.e2e-spec.ts not to',
    },
    'GET /api/v1/office/hearings/:id/comments/:commentId/photos/:photoId': {
      url: () => `/api/v1/office/hearings/${f.hearing.id}/comments/${f.hearing.comment}/photos/${f.hearing.photo}`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
    },
    'POST /api/v1/office/hearings/:id/comments/:commentId/hide': {
      url: () => `/api/v1/office/hearings/${f.hearing.id}/comments/${f.hearing.hideable}/hide`,
      allowed: ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei'],
      body: () => ({ reason: 'ถ้อยคำไม่เหมาะสม / improper' }),
      authorizationOnly: 'the first of the office’s calls hides it (200); the next ones are told it is hidden already (409)',
      noLeakCheck: 'the office’s view names the commenters (suda, side B) by design',
    },
    'GET /api/v1/open-data/hearings.csv': { url: () => '/api/v1/open-data/hearings.csv', allowed: EVERYONE },
    'GET /api/v1/open-data/hearings.json': { url: () => '/api/v1/open-data/hearings.json', allowed: EVERYONE },
  };

  async function call(row: Row, as: Persona): Promise<Response> {
    const [method] = keyOf(row).split(' ');
    let req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](row.url());
    if (as !== 'anonymous') req = req.set(bearer(as));
    if (row.headers) req = req.set(row.headers(as));
    if (row.fields) for (const [name, value] of Object.entries(row.fields())) req = req.field(name, value);
    if (row.upload) return req.attach('file', row.upload(), { filename: 'licence.pdf', contentType: 'application/pdf' });
    return row.body ? req.send(row.body(as)) : req;
  }
  const keyOf = (row: Row) => Object.entries(MATRIX).find(([, r]) => r === row)![0];

  /** The other side's markers in an answer, leaving out what the caller sent herself (a 404 names the id asked for). */
  function leaks(as: Persona, row: Row, res: Response): string[] {
    const sent = `${row.url()} ${row.body ? JSON.stringify(row.body(as)) : ''}`;
    const text = typeof res.text === 'string' && res.text.length > 0 ? res.text : Buffer.isBuffer(res.body) ? '' : JSON.stringify(res.body);
    const foreign = (['A', 'B'] as const).filter((side) => !SEES[as].includes(side)).flatMap((side) => markers[side]);
    return foreign.filter((m) => m && !sent.includes(m) && text.includes(m));
  }

  it('has exactly one row for every route the app registers', () => {
    const registered = routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(new Set(registered).size).toBe(registered.length);
    expect(Object.keys(MATRIX).sort()).toEqual(registered);
  });

  it('each row agrees with the rule its route declares', () => {
    const roles = new Map<Persona, string[]>();
    return t.http
      .get('/api/v1/auth/dev-users')
      .expect(200)
      .then((res) => {
        for (const u of res.body as { username: string; roles: string[] }[]) roles.set(u.username as Persona, u.roles);
        const problems = routes.flatMap((route) => {
          const row = MATRIX[`${route.method} ${route.path}`];
          if (!row || !route.rule) return [];
          const wrong: string[] = [];
          if ((route.rule.who === 'public') !== row.allowed.includes('anonymous')) wrong.push(`is ${route.rule.who} but the row ${row.allowed.includes('anonymous') ? 'lets' : 'does not let'} anonymous in`);
          if (route.rule.who === 'roles') {
            for (const p of row.allowed) if (!roles.get(p)?.some((r) => route.rule!.roles.includes(r as never))) wrong.push(`allows ${p}, who has none of ${route.rule.roles.join(', ')}`);
          }
          return wrong.map((w) => `${route.method} ${route.path} ${w}`);
        });
        expect(problems).toEqual([]);
      });
  });

  describe.each(Object.keys(MATRIX))('%s', (key) => {
    it('lets exactly the allowed personas through, and no answer carries another applicant’s or office’s data', async () => {
      const row = MATRIX[key];
      // Refused callers first: a refusal must change nothing, and the allowed calls may then change the fixture.
      const order = [...PERSONAS.filter((p) => !row.allowed.includes(p)), ...PERSONAS.filter((p) => row.allowed.includes(p))];
      const problems: string[] = [];
      for (const as of order) {
        await row.before?.(as);
        const res = await call(row, as);
        const allowed = row.allowed.includes(as);
        const accessRefusal = [401, 403, 404].includes(res.status);
        const detail = `${as}: ${res.status} ${res.type === 'application/json' ? JSON.stringify(res.body).slice(0, 160) : res.type}`;
        if (allowed && row.authorizationOnly ? accessRefusal : allowed && (res.status < 200 || res.status > 299)) problems.push(`${detail} — should be let through`);
        if (!allowed) {
          const expected = row.refused?.[as];
          if (expected !== undefined ? res.status !== expected : as === 'anonymous' ? res.status !== 401 : res.status !== 403 && res.status !== 404) {
            problems.push(`${detail} — should be refused with ${expected ?? (as === 'anonymous' ? 401 : '403/404')}`);
          }
        }
        if (!row.noLeakCheck) for (const m of leaks(as, row, res)) problems.push(`${as}: the answer (${res.status}) contains ${m}`);
      }
      expect(problems).toEqual([]);
    });
  });

  it('the routes Express serves beside the Nest controllers are only the public licence page and the API documentation', async () => {
    const nest = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const express = t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    // Handlers are bound for one method each; a path bound for every method is Nest's middleware for it (e.g. the global prefix).
    const others = express.router.stack
      .filter((layer) => layer.route && Object.keys(layer.route.methods).length === 1)
      .map((layer) => `${Object.keys(layer.route!.methods)[0].toUpperCase()} ${layer.route!.path.replace(/(.)\/$/, '$1')}`)
      .filter((r) => !nest.has(r));
    expect(others.filter((r) => !r.startsWith('GET /docs'))).toEqual(['GET /verify/:number']);
    // The QR code's page: public, a masked name only.
    for (const as of ['anonymous', 'suda'] as const) {
      const req = t.http.get(`/verify/${enc(f.licence)}`);
      const res = await (as === 'anonymous' ? req : req.set(bearer(as))).expect(200);
      expect(markers.A.filter((m) => res.text.includes(m))).toEqual([]);
    }
  });

  it('the webhook is refused without the gateway’s signature, whoever calls', async () => {
    for (const as of ['anonymous', 'auditor'] as const) {
      const req = t.http.post('/api/v1/payments/omise/webhook').set('content-type', 'application/json');
      await (as === 'anonymous' ? req : req.set(bearer(as))).send(webhookEvent(as)).expect(401);
    }
  });
});
