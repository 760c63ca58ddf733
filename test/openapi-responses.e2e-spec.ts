import { writeFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ChainAudit, OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive, PRIVACY_CONSENT, TO_AWAITING_PAYMENT } from './support/flows';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

/**
 * The OpenAPI document's success schemas are what the API really answers: every operation
 * documents one, and real answers of a representative set of operations are validated against
 * them (Ajv). Objects are closed for the check (a property the document does not name fails), so
 * neither a new field nor a missing or retyped one can drift from the document silently.
 */

type Schema = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema?: Schema }>; headers?: Record<string, unknown> }> }>>;
  components: { schemas: Record<string, Schema> };
}

const BASE = '/api/v1';

/** supertest's parser for a binary answer (a PDF) into a Buffer. */
function binary(response: unknown, done: (error: Error | null, body: Buffer) => void) {
  const res = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** OpenAPI 3.0 `nullable` as JSON Schema, and every object closed to properties it does not name. */
function forAjv(schema: unknown, close = true): unknown {
  if (Array.isArray(schema)) return schema.map((item) => forAjv(item, close));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'example' || key === 'examples') out[key] = value;
    else if (key === '$ref' && typeof value === 'string') out[key] = value.replace('#/components/schemas/', 'openapi#/components/schemas/');
    // The parts of an allOf each see the whole object: only the referenced schemas stay closed.
    else out[key] = forAjv(value, key !== 'allOf');
  }
  if (close && out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string' && !out.allOf && !out.$ref) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

describe('OpenAPI success schemas', () => {
  let t: TestApp;
  let doc: Doc;
  let ajv: Ajv;
  const validators = new Map<string, ValidateFunction>();
  const checked = new Set<string>();
  const dump: Record<string, unknown> = {};

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    doc = (await t.http.get('/docs-json').expect(200)).body;
    ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    ajv.addSchema(forAjv({ components: doc.components }) as Schema, 'openapi');
  }, 60_000);
  afterAll(async () => {
    if (process.env.OPENAPI_DUMP) writeFileSync(process.env.OPENAPI_DUMP, JSON.stringify(dump, null, 2));
    await t.close();
  });

  const token = (username: string) => t.login(username).then((value) => `Bearer ${value}`);

  /** Validates a real answer against the document's schema for its operation, status and content type. */
  async function expectDocumented(method: string, url: string, res: { status: number; body: unknown; text?: string; headers: Record<string, string> }) {
    const path = Object.keys(doc.paths).find((p) => new RegExp(`^${(url.startsWith(BASE) ? p : p).replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url.startsWith(BASE) ? url.slice(BASE.length).split('?')[0] : url.split('?')[0]));
    if (!path) throw new Error(`${method} ${url}: no path of the document matches`);
    const operation = doc.paths[path][method];
    dump[`${method} ${path} ${res.status}`] = res.body;
    const response = operation?.responses[String(res.status)];
    if (!response) throw new Error(`${method} ${path} answered ${res.status}, which the document does not list (${JSON.stringify(res.body)})`);
    checked.add(`${method} ${path}`);
    const type = (res.headers['content-type'] ?? '').split(';')[0];
    if (!response.content) {
      expect({ status: res.status, type: type || null }).toEqual({ status: res.status, type: null });
      return;
    }
    const media = response.content[type];
    if (!media) throw new Error(`${method} ${path} ${res.status} answered ${type}; the document lists ${Object.keys(response.content).join(', ')}`);
    if (type !== 'application/json') return;
    const key = `${method} ${path} ${res.status}`;
    if (!validators.has(key)) validators.set(key, ajv.compile(forAjv(media.schema) as Schema));
    const validate = validators.get(key)!;
    if (!validate(res.body)) throw new Error(`${key}: the answer does not match the document:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }

  async function call(method: 'get' | 'post' | 'put' | 'patch' | 'delete', url: string, options: { as?: string; body?: object; status?: number } = {}) {
    let req = t.http[method](url);
    if (options.as) req = req.set('Authorization', await token(options.as));
    const res = await (options.body ? req.send(options.body) : req);
    if (options.status !== undefined) expect({ url, status: res.status, body: res.status === options.status ? undefined : res.body }).toEqual({ url, status: options.status, body: undefined });
    await expectDocumented(method, url, res);
    return res;
  }

  it('documents a success response for every operation', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'servers') continue;
        const success = Object.entries(op.responses).filter(([status]) => /^[23]\d\d$/.test(status));
        const described = success.some(([status, r]) => status === '204' || Object.keys(r.content ?? {}).length > 0 || (status.startsWith('3') && r.headers));
        if (!described) missing.push(`${method} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('catalogue, quiz, licence types, areas, holidays and health answer as documented', async () => {
    await call('get', '/health', { status: 200 });
    await call('get', `${BASE}/businesses`, { status: 200 });
    const business = await call('get', `${BASE}/businesses/restaurant`, { status: 200 });
    const answers = Object.fromEntries((business.body.quiz?.questions ?? []).map((q: { id: string; options: { id: string }[] }) => [q.id, q.options[0].id]));
    await call('post', `${BASE}/businesses/restaurant/quiz`, { body: { answers }, status: 200 });
    await call('get', `${BASE}/licence-types?q=${encodeURIComponent('อาหาร')}`, { status: 200 });
    await call('get', `${BASE}/licence-types/food-premises-permit`, { status: 200 });
    await call('get', `${BASE}/licence-types/food-premises-permit/workflow`, { status: 200 });
    await call('get', `${BASE}/licence-types/food-premises-permit/workflow?format=mermaid`, { status: 200 });
    await call('get', `${BASE}/areas`, { status: 200 });
    await call('get', `${BASE}/areas?parent=10`, { status: 200 });
    await call('get', `${BASE}/areas?parent=1033`, { status: 200 });
    await call('get', `${BASE}/holidays?year=2026`, { status: 200 });
  });

  it('the public statistics and open data answer as documented', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    await call('get', `${BASE}/statistics`, { status: 200 });
    await call('get', `${BASE}/statistics?licenceType=food-premises-permit&office=bma-khlong-toei`, { status: 200 });
    await call('get', `${BASE}/statistics/months?licenceType=food-premises-permit`, { status: 200 });
    await call('get', `${BASE}/statistics/licence-types`, { status: 200 });
    await call('get', `${BASE}/statistics/offices`, { status: 200 });
    await call('get', `${BASE}/statistics?from=2026-05&to=2026-04`, { status: 400 });
    await call('get', `${BASE}/statistics?licenceType=no-such-licence`, { status: 404 });
    await call('get', `${BASE}/open-data/processing-statistics.json`, { status: 200 });
    await call('get', `${BASE}/open-data/processing-statistics.csv`, { status: 200 });
    await call('get', `${BASE}/open-data/processing-statistics/dictionary`, { status: 200 });
    await call('get', `${BASE}/open-data/processing-statistics/ckan`, { status: 200 });
    await call('get', `${BASE}/open-data/catalog.jsonld`, { status: 200 });
  });

  it('sign-in, the session and the applicant’s data answer as documented', async () => {
    await call('get', `${BASE}/auth/dev-users`, { status: 200 });
    await call('post', `${BASE}/auth/dev-login`, { body: { username: 'somchai' }, status: 200 });
    await call('get', `${BASE}/auth/me`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/auth/me`, { as: 'officer.khlongtoei', status: 200 });
    await call('get', `${BASE}/me/applicant-data`, { as: 'somchai', status: 200 });
    const login = await t.http.post(`${BASE}/auth/dev-login`).send({ username: 'somchai' }).expect(200);
    const res = await t.http.post(`${BASE}/auth/logout`).set('Authorization', `Bearer ${login.body.accessToken}`);
    await expectDocumented('post', `${BASE}/auth/logout`, res);
    // Digital ID is not configured in the suites: the documented 503 for an API client, a 303 to the sign-in page for a browser.
    await expectDocumented('get', `${BASE}/auth/digital-id/login`, await t.http.get(`${BASE}/auth/digital-id/login`).set('Accept', 'application/json'));
    const browser = await t.http.get(`${BASE}/auth/digital-id/login`).set('Accept', 'text/html');
    expect([browser.status, browser.headers.location]).toEqual([303, '/sign-in?error=DIGITAL_ID_NOT_CONFIGURED']);
  });

  it('an application from creation to the licence answers as documented at every step', async () => {
    const runner = t.app.get(OutboxRunner);
    const created = await createFoodApplication(t);
    const res = await t.http.post(`${BASE}/applications`).set('Authorization', await token('somchai')).send({ licenceType: 'food-premises-permit', business: 'restaurant', premises: { address: '99 ถนนพระราม 4', provinceCode: '10', districtCode: '1033', subdistrictCode: '103301' }, form: {}, confirmApplicantData: true });
    await expectDocumented('post', `${BASE}/applications`, res);
    const id = created.id;
    await call('get', `${BASE}/applications`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/applications/${id}`, { as: 'somchai', status: 200 });
    await call('patch', `${BASE}/applications/${id}`, { as: 'somchai', body: { form: { seats: 81 } }, status: 200 });
    await call('post', `${BASE}/applications/${id}/events`, { as: 'somchai', body: { type: 'SUBMIT', data: { privacyConsent: PRIVACY_CONSENT } }, status: 200 });
    await call('get', `${BASE}/track/${created.trackingNumber}`, { status: 200 });
    // The night's history check anchors it: the open data and its proof.
    const { date } = await t.app.get(ChainAudit).runOnce();
    await call('get', `${BASE}/history-anchors`, { status: 200 });
    await call('get', `${BASE}/history-anchors/${date}`, { status: 200 });
    await call('get', `${BASE}/track/${created.trackingNumber}/history-proof`, { status: 200 });
    await call('get', `${BASE}/applications/${id}/timeline`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/work-queue`, { as: 'officer.khlongtoei', status: 200 });
    await call('get', `${BASE}/work-queue`, { as: 'head.khlongtoei', status: 200 });
    await call('post', `${BASE}/applications/${id}/claim`, { as: 'officer.khlongtoei', status: 200 });
    await call('post', `${BASE}/applications/${id}/release`, { as: 'officer.khlongtoei', status: 200 });
    const staff = (await call('get', `${BASE}/auth/me`, { as: 'officer.khlongtoei', status: 200 })).body as { id: string };
    await call('post', `${BASE}/applications/${id}/assign`, { as: 'head.khlongtoei', body: { userId: staff.id }, status: 200 });
    await call('post', `${BASE}/work-queue/reassign`, { as: 'head.khlongtoei', body: { applicationIds: [id], userId: staff.id }, status: 200 });
    await call('post', `${BASE}/applications/${id}/release`, { as: 'head.khlongtoei', status: 200 });
    await call('post', `${BASE}/work-queue/claim`, { as: 'officer.khlongtoei', body: { applicationIds: [id] }, status: 200 });
    await call('get', `${BASE}/work-queue?limit=1&status=submitted&kind=new&subdistrict=103301&licenceType=food-premises-permit`, { as: 'head.khlongtoei', status: 200 });
    await call('get', `${BASE}/work-queue/staff`, { as: 'head.khlongtoei', status: 200 });
    await call('get', `${BASE}/work-queue/dashboard`, { as: 'head.khlongtoei', status: 200 });
    const view = await call('post', `${BASE}/work-queue/views`, { as: 'officer.khlongtoei', body: { name: 'งานของฉัน', filter: { mine: true, overdue: true, status: 'submitted' } }, status: 201 });
    await call('get', `${BASE}/work-queue/views`, { as: 'officer.khlongtoei', status: 200 });
    await call('delete', `${BASE}/work-queue/views/${view.body.id}`, { as: 'officer.khlongtoei', status: 200 });
    await call('get', `${BASE}/applications/${id}/assignments`, { as: 'head.khlongtoei', status: 200 });
    await drive(t, id, TO_AWAITING_PAYMENT.slice(1));
    await runner.runOnce();
    await call('get', `${BASE}/applications/${id}/payments`, { as: 'somchai', status: 200 });
    await call('post', `${BASE}/applications/${id}/payments/counter`, { as: 'officer.khlongtoei', body: { receiptNumber: 'KT-OPENAPI-1', amountSatang: 200000 }, status: 201 });
    await runner.runOnce();
    const timeline = await call('get', `${BASE}/applications/${id}/timeline`, { as: 'somchai', status: 200 });
    const number = (timeline.body.entries as { event: string; data: { licenceNumber: string } }[]).find((e) => e.event === 'LICENCE_ISSUED')!.data.licenceNumber;
    const payments = await call('get', `${BASE}/applications/${id}/payments`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/applications/${id}`, { as: 'somchai', status: 200 });
    // The licence is issued: the applicant rates the service; her office reads it; the public reads the figures.
    await call('get', `${BASE}/applications/${id}/satisfaction`, { as: 'somchai', status: 200 });
    await call('post', `${BASE}/applications/${id}/satisfaction`, { as: 'somchai', body: { score: 5, comment: 'รวดเร็ว' }, status: 201 });
    await call('post', `${BASE}/applications/${id}/satisfaction`, { as: 'somchai', body: { score: 5 }, status: 409 });
    await call('get', `${BASE}/applications/${id}/satisfaction`, { as: 'officer.khlongtoei', status: 200 });
    await call('get', `${BASE}/satisfaction/office?limit=10`, { as: 'head.khlongtoei', status: 200 });
    await call('get', `${BASE}/statistics/satisfaction`, { status: 200 });
    await call('get', `${BASE}/statistics/satisfaction?from=2026-12&to=2026-01`, { status: 400 });
    await call('get', `${BASE}/policies`, { status: 200 });
    // Filing on someone's behalf (section 24): a grant, an application under it, its timeline, the revocation.
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const grant = await call('post', `${BASE}/grants`, { as: 'wanee', body: { principal: { type: 'juristic', registrationNumber: '0105560012342' }, agentNationalId: '1101400567898', licenceTypes: ['food-premises-permit'], validUntil }, status: 201 });
    await call('post', `${BASE}/grants`, { as: 'wanee', body: { agentNationalId: '1101400567898', allLicenceTypes: true, validUntil: '2020-01-01' }, status: 400 });
    await call('get', `${BASE}/grants`, { as: 'kanokporn', status: 200 });
    await call('get', `${BASE}/grants/${grant.body.id}`, { as: 'wanee', status: 200 });
    const onBehalf = await call('post', `${BASE}/applications`, { as: 'kanokporn', body: { licenceType: 'food-premises-permit', premises: KHLONG_TOEI_PREMISES, form: COMPLETE_FOOD_FORM, onBehalfOf: { grantId: grant.body.id } }, status: 201 });
    await call('get', `${BASE}/applications?limit=5`, { as: 'wanee', status: 200 });
    await call('post', `${BASE}/grants/${grant.body.id}/revoke`, { as: 'kanokporn', body: { reason: 'ยุติ' }, status: 403 });
    await call('post', `${BASE}/grants/${grant.body.id}/revoke`, { as: 'wanee', body: { reason: 'เปลี่ยนผู้ทำบัญชี' }, status: 200 });
    await call('get', `${BASE}/applications/${onBehalf.body.id}`, { as: 'kanokporn', status: 403 });
    await call('get', `${BASE}/applications/${onBehalf.body.id}/timeline`, { as: 'wanee', status: 200 });
    await call('get', `${BASE}/licences`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/licences/${encodeURIComponent(number)}`, { as: 'somchai', status: 200 });
    const pdf = await t.http.get(`${BASE}/licences/${encodeURIComponent(number)}/pdf`).set('Authorization', await token('somchai')).buffer(true).parse(binary as never);
    await expectDocumented('get', `${BASE}/licences/${encodeURIComponent(number)}/pdf`, { ...pdf, body: null });
    await call('get', `${BASE}/verify/${encodeURIComponent(number)}`, { status: 200 });
    const verified = await t.http.post(`${BASE}/verify`).attach('file', pdf.body as Buffer, 'licence.pdf');
    await expectDocumented('post', `${BASE}/verify`, verified);
    // A complaint about the licence: found, made with a photo, triaged, inspected, warned, answered; its public status and counts.
    await call('get', `${BASE}/complaints/licences?number=${encodeURIComponent(number)}`, { as: 'suda', status: 200 });
    await call('get', `${BASE}/complaints/licences?address=ab`, { as: 'suda', status: 400 });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const complaintPhoto = await t.http.post(`${BASE}/complaints/photos`).set('Authorization', await token('suda')).attach('file', png, 'photo.png');
    await expectDocumented('post', `${BASE}/complaints/photos`, complaintPhoto);
    const complaint = (
      await call('post', `${BASE}/complaints`, { as: 'suda', body: { licenceNumber: number, category: 'noise', description: 'เสียงดังทุกคืน / loud every night', anonymousToHolder: true, photoIds: [complaintPhoto.body.id] }, status: 201 })
    ).body as { id: string; reference: string };
    await call('post', `${BASE}/complaints`, { as: 'suda', body: { licenceNumber: number, category: 'noise', description: 'x', anonymousToHolder: true }, status: 400 });
    await call('get', `${BASE}/complaints/office`, { as: 'officer.khlongtoei', status: 200 });
    await call('post', `${BASE}/complaints/${complaint.id}/triage`, { as: 'officer.khlongtoei', body: { decision: 'accept', note: 'รับเรื่อง' }, status: 201 });
    await call('post', `${BASE}/complaints/${complaint.id}/inspection`, { as: 'officer.khlongtoei', body: { inspectedOn: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10), findings: 'พบจริง' }, status: 201 });
    const warnBy = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await call('post', `${BASE}/complaints/${complaint.id}/outcome`, { as: 'officer.khlongtoei', body: { outcome: 'warning', note: 'ให้แก้ไข', deadline: warnBy }, status: 201 });
    await call('post', `${BASE}/complaints/${complaint.id}/response`, { as: 'somchai', body: { text: 'แก้ไขแล้ว' }, status: 201 });
    await call('post', `${BASE}/complaints/${complaint.id}/response`, { as: 'somchai', body: { text: 'อีกครั้ง' }, status: 409 });
    await call('get', `${BASE}/complaints/${complaint.id}`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/complaints/${complaint.id}`, { as: 'officer.khlongtoei', status: 200 });
    await call('get', `${BASE}/complaints/mine`, { as: 'suda', status: 200 });
    const photoBytes = await t.http.get(`${BASE}/complaints/${complaint.id}/photos/${complaintPhoto.body.id}`).set('Authorization', await token('suda')).buffer(true).parse(binary as never);
    await expectDocumented('get', `${BASE}/complaints/${complaint.id}/photos/${complaintPhoto.body.id}`, { ...photoBytes, body: null });
    await call('get', `${BASE}/complaint-status/${complaint.reference}`, { status: 200 });
    await call('get', `${BASE}/complaint-status/RC-0000-NOTHING`, { status: 404 });
    await call('get', `${BASE}/statistics/complaints`, { status: 200 });
    const receipt = (payments.body.receipts as { receiptNumber: string }[] | undefined)?.[0]?.receiptNumber;
    if (receipt) {
      const receiptPdf = await t.http.get(`${BASE}/receipts/${encodeURIComponent(receipt)}/pdf`).set('Authorization', await token('somchai')).buffer(true).parse(binary as never);
      await expectDocumented('get', `${BASE}/receipts/${encodeURIComponent(receipt)}/pdf`, { ...receiptPdf, body: null });
    }
    await call('get', `${BASE}/notifications`, { as: 'somchai', status: 200 });
    const notifications = await call('get', `${BASE}/notifications?limit=5`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/notifications/unread-count`, { as: 'somchai', status: 200 });
    const first = (notifications.body as { id: string }[])[0];
    if (first) await call('post', `${BASE}/notifications/${first.id}/read`, { as: 'somchai', status: 200 });
    await call('post', `${BASE}/notifications/read-all`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/notifications/preferences`, { as: 'somchai', status: 200 });
    await call('put', `${BASE}/notifications/preferences`, { as: 'somchai', body: { language: 'en', email: { enabled: true, address: 'somchai@example.co.th' }, sms: { enabled: true, phone: '0812345678' } }, status: 200 });
    await call('put', `${BASE}/notifications/preferences`, { as: 'somchai', body: { language: 'th', email: { enabled: true, address: 'nope' }, sms: { enabled: false, phone: null } }, status: 400 });
    await call('post', `${BASE}/notifications/00000000-0000-4000-8000-000000000000/read`, { as: 'somchai', status: 404 });
    await call('get', `${BASE}/dev/sms`, { status: 200 });
    await call('get', `${BASE}/dev/mailbox`, { status: 404 });
  });

  it('the review workspace (information requests, inspections, photos) answers as documented', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const { id } = await createFoodApplication(t);
    await drive(t, id, [
      { as: 'somchai', type: 'SUBMIT' },
      {
        as: 'officer.khlongtoei',
        type: 'REQUEST_INFO',
        comment: 'ขอข้อมูลเพิ่มเติม',
        data: { items: [{ kind: 'document', documentCode: 'site-plan', reason: 'ไม่ชัด' }, { kind: 'information', question: 'เปิดกี่โมง' }] },
      },
    ]);
    const requests = await call('get', `${BASE}/applications/${id}/information-requests`, { as: 'somchai', status: 200 });
    const request = requests.body[0] as { id: string; items: { id: string; kind: string }[] };
    const question = request.items.find((i) => i.kind === 'information')!;
    await call('post', `${BASE}/applications/${id}/information-requests/${request.id}/items/${question.id}/answer`, { as: 'somchai', body: { text: 'เปิด 8 โมง' }, status: 200 });
    const docs = await call('get', `${BASE}/applications/${id}/documents`, { as: 'somchai', status: 200 });
    await call('get', `${BASE}/applications/${id}/information-requests`, { as: 'officer.khlongtoei', status: 200 });
    const uploaded = await t.http.post(`${BASE}/applications/${id}/inspection-photos`).set('Authorization', await token('officer.khlongtoei')).attach('file', png, 'photo.png');
    await expectDocumented('post', `${BASE}/applications/${id}/inspection-photos`, uploaded);
    const photo = await t.http.get(`${BASE}/applications/${id}/inspection-photos/${uploaded.body.id}`).set('Authorization', await token('somchai')).buffer(true).parse(binary as never);
    await expectDocumented('get', `${BASE}/applications/${id}/inspection-photos/${uploaded.body.id}`, { ...photo, body: null });
    const documentId = (docs.body.documents as { id: string }[])[0].id;
    const inline = await t.http.get(`${BASE}/applications/${id}/documents/${documentId}?disposition=inline`).set('Authorization', await token('officer.khlongtoei')).buffer(true).parse(binary as never);
    await expectDocumented('get', `${BASE}/applications/${id}/documents/${documentId}`, { ...inline, body: null });
    const inspected = await createFoodApplication(t);
    await drive(t, inspected.id, TO_AWAITING_PAYMENT.slice(0, 5));
    await call('get', `${BASE}/applications/${inspected.id}/inspections`, { as: 'somchai', status: 200 });
  });

  it('workflow and holiday administration answer as documented', async () => {
    await call('get', `${BASE}/admin/licence-types`, { as: 'admin', status: 200 });
    await call('get', `${BASE}/admin/licence-types/food-premises-permit/versions`, { as: 'admin', status: 200 });
    const version = await call('get', `${BASE}/admin/licence-types/food-premises-permit/versions/1`, { as: 'admin', status: 200 });
    await call('post', `${BASE}/admin/licence-types/food-premises-permit/versions/1/validate`, { as: 'admin', status: 200 });
    await call('post', `${BASE}/admin/licence-types/food-premises-permit/versions/1/simulate`, { as: 'admin', body: { events: [{ type: 'SUBMIT', as: { roles: ['applicant'] } }, { type: 'APPROVE', as: { roles: ['officer'] } }] }, status: 200 });
    const draft = await call('post', `${BASE}/admin/licence-types/food-premises-permit/versions`, { as: 'admin', body: { definition: version.body.definition }, status: 201 });
    await call('get', `${BASE}/admin/licence-types/food-premises-permit/diff?from=1&to=${draft.body.version}`, { as: 'admin', status: 200 });
    await createFoodApplication(t); // a live application on version 1, for the migration below
    await call('post', `${BASE}/admin/licence-types/food-premises-permit/versions/${draft.body.version}/publish`, { as: 'admin', status: 200 });
    // Running applications moved to the new version: the plan, the run, the list and the report.
    const machine = version.body.definition.machine as { states: Record<string, { type?: string }> };
    const stateMapping = Object.fromEntries(Object.keys(machine.states).filter((s) => machine.states[s].type !== 'final').map((s) => [s, s]));
    const migrations = `${BASE}/admin/licence-types/food-premises-permit/migrations`;
    const plan = { fromVersion: 1, toVersion: draft.body.version, stateMapping, skipRefused: true };
    await call('post', migrations, { as: 'admin', body: { ...plan, dryRun: true }, status: 200 });
    const run = await call('post', migrations, { as: 'admin', body: plan, status: 202 });
    for (let i = 0; i < 300 && (await t.http.get(`${migrations}/${run.body.id}`).set('Authorization', await token('admin'))).body.status === 'running'; i++) await new Promise((r) => setTimeout(r, 100));
    const report = await call('get', `${migrations}/${run.body.id}`, { as: 'admin', status: 200 });
    expect(report.body).toMatchObject({ status: 'completed', pending: 0 });
    await call('get', migrations, { as: 'admin', status: 200 });
    const definition = { ...version.body.definition, slug: 'openapi-check-permit' };
    await call('post', `${BASE}/admin/licence-types`, { as: 'admin', body: { definition }, status: 201 });
    await call('get', `${BASE}/admin/workflow-editor/schema`, { as: 'admin', status: 200 });
    await call('get', `${BASE}/admin/workflow-editor/vocabulary`, { as: 'admin', status: 200 });
    await call('post', `${BASE}/admin/workflow-editor/preview`, { as: 'admin', body: { definition: version.body.definition, licenceType: 'food-premises-permit' }, status: 200 });
    const broken = structuredClone(version.body.definition);
    broken.machine.states.checking.on.FLY = 'nowhere';
    await call('post', `${BASE}/admin/workflow-editor/preview`, { as: 'admin', body: { definition: broken }, status: 200 });
    await call('post', `${BASE}/admin/holidays`, { as: 'admin', body: { date: '2031-03-12', name: { th: 'วันหยุดพิเศษ', en: 'Special holiday' } }, status: 201 });
    // Business types and their Smart Quiz (issue 14 part 3).
    await call('get', `${BASE}/admin/businesses`, { as: 'admin', status: 200 });
    await call('get', `${BASE}/admin/businesses/restaurant/versions`, { as: 'admin', status: 200 });
    const spa = await call('post', `${BASE}/admin/businesses/spa/versions`, { as: 'admin', body: {}, status: 201 });
    const { bizPortalGroup: _group, sources: _sources, notes: _notes, ...spaContent } = spa.body.content;
    await call('put', `${BASE}/admin/businesses/spa/versions/2`, { as: 'admin', body: { revision: 1, content: { ...spaContent, description: { th: 'สปาและนวด', en: 'Spa and massage' } } }, status: 200 });
    await call('get', `${BASE}/admin/businesses/spa/versions/2`, { as: 'admin', status: 200 });
    await call('post', `${BASE}/admin/businesses/spa/versions/2/validate`, { as: 'admin', status: 200 });
    await call('post', `${BASE}/admin/businesses/spa/versions/2/publish`, { as: 'admin', body: { revision: 2 }, status: 200 });
    await call('get', `${BASE}/admin/businesses/spa/diff?from=1&to=2`, { as: 'admin', status: 200 });
    await call('get', `${BASE}/businesses/spa`, { status: 200 });
    await call('post', `${BASE}/admin/businesses`, { as: 'admin', body: { slug: 'bakery', content: { ...spaContent, name: { th: 'ร้านเบเกอรี่', en: 'Bakery' } } }, status: 201 });
    await call('delete', `${BASE}/admin/holidays/2031-03-12`, { as: 'admin', status: 200 });
    await call('post', `${BASE}/payments/reconcile`, { as: 'auditor' });
  });

  it('covered the representative operations', () => {
    const expected = ['get /businesses', 'post /businesses/{slug}/quiz', 'post /applications', 'get /applications/{id}', 'get /applications/{id}/timeline', 'get /track/{trackingNumber}', 'get /history-anchors', 'get /history-anchors/{date}', 'get /track/{trackingNumber}/history-proof', 'get /areas', 'get /licences', 'get /applications/{id}/payments', 'get /work-queue', 'get /auth/me', 'post /work-queue/claim', 'get /work-queue/staff', 'get /work-queue/dashboard', 'post /work-queue/views', 'get /work-queue/views', 'delete /work-queue/views/{id}', 'get /admin/businesses', 'post /admin/businesses', 'get /admin/businesses/{slug}/versions', 'post /admin/businesses/{slug}/versions', 'get /admin/businesses/{slug}/versions/{version}', 'put /admin/businesses/{slug}/versions/{version}', 'post /admin/businesses/{slug}/versions/{version}/validate', 'post /admin/businesses/{slug}/versions/{version}/publish', 'get /admin/businesses/{slug}/diff', 'get /businesses/{slug}', 'post /grants', 'get /grants', 'get /grants/{id}', 'post /grants/{id}/revoke'];
    expect(expected.filter((op) => !checked.has(op))).toEqual([]);
  });
});
