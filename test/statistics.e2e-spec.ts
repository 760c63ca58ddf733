import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DataSource } from 'typeorm';
import { ApplicationEntity, ApplicationEventEntity, chainedEvent, OutboxRunner, sampleApplicationRow, StatisticsRebuild, type ApplicationEventEntity as EventRow } from '@bizportal/licensing';
import { createFoodApplication, drive, sendEvent, TO_AWAITING_PAYMENT, type Step } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';
import { parse } from 'csv-parse/sync';

const BASE = '/api/v1';
const LT = 'food-premises-permit';
const OFFICE = 'bma-khlong-toei';
const at = (local: string) => new Date(`${local}+07:00`);

/** The CSV as a standard parser reads it (csv-parse, RFC 4180: quoted fields, doubled quotes; every record the same width). */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

/** The DCAT-AP shape this portal follows, as a JSON Schema: what a CKAN harvester (ckanext-dcat) needs of a dataset. */
const LOCALIZED = {
  type: 'array',
  allOf: [
    { contains: { type: 'object', required: ['@language', '@value'], properties: { '@language': { const: 'th' }, '@value': { type: 'string', minLength: 1 } } } },
    { contains: { type: 'object', required: ['@language', '@value'], properties: { '@language': { const: 'en' }, '@value': { type: 'string', minLength: 1 } } } },
  ],
};
const IRI = { type: 'object', required: ['@id'], properties: { '@id': { type: 'string', format: 'uri' } } };
const DCAT_SHAPE = {
  type: 'object',
  required: ['@context', '@type', 'dcat:dataset'],
  properties: {
    '@context': { type: 'object', required: ['dcat', 'dct'], properties: { dcat: { const: 'http://www.w3.org/ns/dcat#' }, dct: { const: 'http://purl.org/dc/terms/' } } },
    '@type': { const: 'dcat:Catalog' },
    'dcat:dataset': {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['@type', 'dct:title', 'dct:description', 'dct:publisher', 'dct:license', 'dct:modified', 'dct:temporal', 'dcat:keyword', 'dcat:distribution'],
        properties: {
          '@type': { const: 'dcat:Dataset' },
          'dct:title': LOCALIZED,
          'dct:description': LOCALIZED,
          'dct:publisher': { type: 'object', required: ['@type', 'foaf:name'], properties: { '@type': { const: 'foaf:Agent' }, 'foaf:name': LOCALIZED } },
          'dct:license': { type: 'object', required: ['@id'], properties: { '@id': { const: 'https://creativecommons.org/licenses/by/4.0/' } } },
          'dct:modified': { type: 'object', required: ['@value'], properties: { '@value': { type: 'string', format: 'date-time' } } },
          'dct:temporal': {
            type: 'object',
            required: ['@type', 'dcat:startDate', 'dcat:endDate'],
            properties: {
              '@type': { const: 'dct:PeriodOfTime' },
              'dcat:startDate': { type: 'object', properties: { '@value': { type: 'string', format: 'date' } } },
              'dcat:endDate': { type: 'object', properties: { '@value': { type: 'string', format: 'date' } } },
            },
          },
          'dcat:keyword': { type: 'array', minItems: 1, items: { type: 'object', required: ['@language', '@value'] } },
          'dcat:distribution': {
            type: 'array',
            minItems: 2,
            items: {
              type: 'object',
              required: ['@type', 'dcat:downloadURL', 'dcat:mediaType', 'dct:license', 'dct:modified'],
              properties: { '@type': { const: 'dcat:Distribution' }, 'dcat:downloadURL': IRI, 'dcat:mediaType': IRI },
            },
          },
        },
      },
    },
  },
};

type Seeded = [type: string, from: string, to: string, status: string, local: string, data?: Record<string, unknown>];

// One app for the file (the app module reads the environment once): the seeded history first, then the random walks.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
}, 60_000);
afterAll(() => t.close());

describe('Public statistics from a seeded history (rebuilt) — the worked example', () => {
  let version: number;
  const tracking: string[] = [];

  /** An application of Khlong Toei's food premises permit with the given history, written as the portal writes it. */
  async function seed(name: string, events: Seeded[], dueAt: Date | null = null) {
    const ds = t.app.get(DataSource);
    const id = randomUUID();
    const trackingNumber = `ST${name}${Date.now().toString().slice(-8)}`;
    tracking.push(trackingNumber);
    const last = events[events.length - 1];
    const created = at(events[0][4]);
    await ds.getRepository(ApplicationEntity).insert(
      sampleApplicationRow({
        id,
        trackingNumber,
        licenceType: LT,
        workflowVersion: version,
        agencyId: OFFICE,
        state: last[2],
        status: last[3] as ApplicationEntity['status'],
        awaitingActor: last[2] === 'checking' ? 'officer' : null,
        version: events.length + 1,
        createdAt: created,
        stateEnteredAt: at(last[4]),
        updatedAt: at(last[4]),
        dueAt,
      }),
    );
    let prev: EventRow | null = null;
    for (const [type, from, to, status, local, data] of events) {
      const row = chainedEvent(prev, randomUUID(), { type, actor: { id: 'seed', roles: ['officer'], agencyId: OFFICE }, data }, { applicationId: id, fromState: from, toState: to, status: status as EventRow['status'], at: at(local) });
      await ds.getRepository(ApplicationEventEntity).insert(row);
      prev = row;
    }
  }
  const paid = (method: string): Record<string, unknown> => ({ paymentId: randomUUID(), method, amountSatang: 200000 });
  const submitted = (local: string): Seeded[] => [
    ['SUBMIT', 'draft', 'submitted', 'submitted', local],
    ['RECEIVE', 'submitted', 'checking', 'checking', local.replace(/T(\d\d)/, (_, h) => `T${String(Number(h) + 1).padStart(2, '0')}`)],
  ];

  beforeAll(async () => {
    const ds = t.app.get(DataSource);
    version = Number((await ds.query(`SELECT current_version AS v FROM licence_types WHERE slug = '${LT}'`))[0].v);
    // A — the worked example of statistics-clock.spec.ts: submitted Thu 9 April 09:00; documents asked Fri 10 April
    // 09:00 (the clock stops); resubmitted Mon 20 April 09:00; approved Wed 22 April 10:00 and waiting for the fee (stops);
    // paid Fri 24 April 10:00 by PromptPay; licence issued Mon 27 April 11:00. Whole span 9 working days (10, 16, 17,
    // 20–24, 27 April; 13–15 April Songkran), less 3 (16, 17, 20) and 2 (23, 24) waiting for the applicant = 4.
    await seed('A', [
      ...submitted('2026-04-09T09:00:00'),
      ['REQUEST_INFO', 'checking', 'needs_documents', 'needs_documents', '2026-04-10T09:00:00'],
      ['RESUBMIT', 'needs_documents', 'checking', 'checking', '2026-04-20T09:00:00'],
      ['ACCEPT', 'checking', 'inspection', 'inspection', '2026-04-20T10:00:00'],
      ['RECORD_INSPECTION', 'inspection', 'consideration', 'under_consideration', '2026-04-21T10:00:00'],
      ['APPROVE', 'consideration', 'awaiting_payment', 'awaiting_payment', '2026-04-22T10:00:00'],
      ['PAYMENT_SUCCEEDED', 'awaiting_payment', 'issuing', 'issuing', '2026-04-24T10:00:00', paid('promptpay')],
      ['LICENCE_ISSUED', 'issuing', 'completed', 'completed', '2026-04-27T11:00:00', { licenceNumber: 'X', pdfSha256: '0'.repeat(64) }],
    ]);
    // B: Mon 20 → Tue 21 April = 1 day; C: Mon 20 → Wed 22 April = 2 days; F: Fri 24 16:00 → Mon 27 April 09:00 over the
    // weekend = 1 day. Each paid (card, PromptPay, bill payment).
    const quick = (name: string, start: string, end: string, method: string) =>
      seed(name, [
        ...submitted(start),
        ['APPROVE', 'checking', 'awaiting_payment', 'awaiting_payment', end.replace('T15', 'T08')],
        ['PAYMENT_SUCCEEDED', 'awaiting_payment', 'issuing', 'issuing', end.replace('T15', 'T08').replace(':00:00', ':30:00'), paid(method)],
        ['LICENCE_ISSUED', 'issuing', 'completed', 'completed', end],
      ]);
    await quick('B', '2026-04-20T09:00:00', '2026-04-21T15:00:00', 'card');
    await quick('C', '2026-04-20T09:00:00', '2026-04-22T15:00:00', 'promptpay');
    await seed('F', [
      ['SUBMIT', 'draft', 'submitted', 'submitted', '2026-04-24T16:00:00'],
      ['APPROVE', 'submitted', 'awaiting_payment', 'awaiting_payment', '2026-04-27T08:00:00'],
      ['PAYMENT_SUCCEEDED', 'awaiting_payment', 'issuing', 'issuing', '2026-04-27T08:30:00', paid('billpay')],
      ['LICENCE_ISSUED', 'issuing', 'completed', 'completed', '2026-04-27T09:00:00', { licenceNumber: 'Y', pdfSha256: '0'.repeat(64) }],
    ]);
    // D: submitted Mon 2 March 10:00, completed Fri 17 April 10:00: March 4–6, 9–13, 16–20, 23–27, 30–31 = 20 (3 March
    // Makha Bucha) + April 1–3, 7–10, 16–17 = 9 (6 April Chakri Day, 13–15 Songkran) = 29 ≤ 30: on time (34 without the
    // holidays: late). Paid at the counter in the decision's step's month.
    await seed('D', [
      ...submitted('2026-03-02T10:00:00'),
      ['APPROVE', 'checking', 'awaiting_payment', 'awaiting_payment', '2026-04-17T08:00:00'],
      ['PAYMENT_SUCCEEDED', 'awaiting_payment', 'issuing', 'issuing', '2026-04-17T08:00:00', paid('counter')],
      ['LICENCE_ISSUED', 'issuing', 'completed', 'completed', '2026-04-17T08:00:00', { licenceNumber: 'Z', pdfSha256: '0'.repeat(64) }],
    ]);
    // E: submitted Mon 2 March 10:00, rejected Thu 23 April 10:00: 29 + 20–23 April = 33 > 30: late.
    await seed('E', [...submitted('2026-03-02T10:00:00'), ['REJECT', 'checking', 'rejected', 'rejected', '2026-04-23T10:00:00']]);
    // G: submitted 20 March, still waiting for an officer, due 24 March (overdue now); H–K: submitted in March, due in 2027.
    await seed('G', submitted('2026-03-20T09:00:00'), at('2026-03-24T09:00:00'));
    for (const name of ['H', 'I', 'J', 'K']) await seed(name, submitted('2026-03-23T09:00:00'), at('2027-01-10T09:00:00'));
    await t.app.get(StatisticsRebuild).rebuild();
  }, 120_000);

  const q = `licenceType=${LT}&office=${OFFICE}&from=2026-03&to=2026-04`;

  it('answers the period’s figures as worked out by hand, with no sign-in', async () => {
    // April's decisions: A 4, B 1, C 2, D 29, E 33 (rejected), F 1 → sorted 1, 1, 2, 4, 29, 33: median (3rd of 6) 2, p90
    // (6th) 33. On time: all but E = 5 of 6. Received: March D, E, G, H, I, J, K = 7; April A, B, C, F = 4 → 11.
    const res = await t.http.get(`${BASE}/statistics?${q}`).expect(200);
    expect(res.body.period).toEqual({ from: '2026-03', to: '2026-04' });
    expect(res.body.statutoryDays).toBe(30);
    expect(res.body.figures).toEqual({
      received: 11,
      completed: 5,
      rejected: null,
      withdrawn: 0,
      decided: 6,
      medianProcessingDays: 2,
      p90ProcessingDays: 33,
      judged: 6,
      onTime: 5,
      onTimeShare: 0.8333,
      payments: 5,
      paymentChannels: [
        { method: 'promptpay', payments: null, share: 0.4 },
        { method: 'card', payments: null, share: 0.2 },
        { method: 'counter', payments: null, share: 0.2 },
        { method: 'billpay', payments: null, share: 0.2 },
      ],
      suppressed: ['rejected', 'paymentChannels.promptpay.payments', 'paymentChannels.card.payments', 'paymentChannels.counter.payments', 'paymentChannels.billpay.payments'],
    });
    // In progress now: G, H, I, J, K = 5 (shown); overdue: G alone = 1 (suppressed).
    expect(res.body.now).toEqual({ inProgress: 5, overdue: null, suppressed: ['overdue'] });
    expect(res.body.measurement.en).toContain('waited for the applicant');
    // The histogram behind it: A's 4 days (9 without leaving out the applicant's time).
    const [row] = await t.app.get(DataSource).query(`SELECT durations FROM statistics_monthly WHERE licence_type = '${LT}' AND agency_id = '${OFFICE}' AND month = '2026-04'`);
    expect(JSON.parse(row.durations)).toEqual({ '1': 2, '2': 1, '4': 1, '29': 1, '33': 1 });
  });

  it('gives a month series with the backlog at each month’s end, suppressing 4 and showing 5', async () => {
    const res = await t.http.get(`${BASE}/statistics/months?${q}`).expect(200);
    const [march, april] = res.body.months;
    expect(march).toMatchObject({ month: '2026-03', inProgressAtMonthEnd: 7, figures: { received: 7, completed: 0, decided: 0, medianProcessingDays: null } });
    // April: 4 received → suppressed; 5 completed → shown; 1 rejected → suppressed.
    expect(april).toMatchObject({ month: '2026-04', inProgressAtMonthEnd: 5, figures: { received: null, completed: 5, rejected: null, decided: 6, medianProcessingDays: 2, p90ProcessingDays: 33 } });
    expect(april.figures.suppressed).toEqual(expect.arrayContaining(['received', 'rejected']));
  });

  it('breaks the figures down per licence type and per office', async () => {
    const types = await t.http.get(`${BASE}/statistics/licence-types?from=2026-03&to=2026-04`).expect(200);
    expect(types.body.items).toHaveLength(1);
    expect(types.body.items[0]).toMatchObject({ licenceType: { slug: LT, name: { en: expect.any(String) } }, statutoryDays: 30, figures: { received: 11, completed: 5 }, now: { inProgress: 5 } });
    const offices = await t.http.get(`${BASE}/statistics/offices?from=2026-03&to=2026-04`).expect(200);
    expect(offices.body.items).toEqual([expect.objectContaining({ office: { id: OFFICE, name: { th: expect.any(String), en: expect.any(String) } }, figures: expect.objectContaining({ decided: 6 }) })]);
    const all = await t.http.get(`${BASE}/statistics?from=2026-03&to=2026-04`).expect(200);
    expect(all.body.figures).toMatchObject({ received: 11, decided: 6, medianProcessingDays: 2 });
    expect(all.body.statutoryDays).toBeNull();
  });

  it('refuses bad filters with stable codes in Thai and English', async () => {
    const bad = await t.http.get(`${BASE}/statistics?from=2026-13`).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const reversed = await t.http.get(`${BASE}/statistics/months?from=2026-05&to=2026-04`).expect(400);
    expect(reversed.body).toMatchObject({ code: 'STATISTICS_MONTH_RANGE_INVALID', message: expect.stringContaining('เดือน') });
    expect((await t.http.get(`${BASE}/statistics?from=2010-01&to=2026-04`).expect(400)).body.code).toBe('STATISTICS_MONTH_RANGE_TOO_LONG');
    expect((await t.http.get(`${BASE}/statistics/offices?licenceType=no-such-licence`).expect(404)).body.code).toBe('STATISTICS_LICENCE_TYPE_UNKNOWN');
    expect((await t.http.get(`${BASE}/statistics/licence-types?office=no-such-office`).expect(404)).body.code).toBe('STATISTICS_OFFICE_UNKNOWN');
  });

  it('publishes a CSV that parses, matches the JSON and the dictionary, and holds no personal data', async () => {
    const csv = await t.http.get(`${BASE}/open-data/processing-statistics.csv`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers.etag).toMatch(/^".+"$/);
    const text = csv.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    const dictionary = (await t.http.get(`${BASE}/open-data/processing-statistics/dictionary`).expect(200)).body;
    expect(header).toEqual(dictionary.columns.map((c: { name: string }) => c.name));
    for (const c of dictionary.columns) expect(c).toEqual({ name: expect.any(String), title: { th: expect.any(String), en: expect.any(String) }, type: expect.stringMatching(/^(string|integer|number)$/), unit: c.unit, description: { th: expect.any(String), en: expect.any(String) } });
    const cell = (month: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === month && r[1] === LT && r[4] === OFFICE)![i]]));
    expect(cell('2026-04')).toMatchObject({ received: '', completed: '5', rejected: '', decided: '6', median_processing_days: '2', p90_processing_days: '33', on_time_share: '0.8333', statutory_days: '30', share_promptpay: '0.4', suppressed: 'received;rejected' });
    expect(cell('2026-03')).toMatchObject({ received: '7', completed: '0', median_processing_days: '' });
    for (const secret of [...tracking, 'สมชาย', 'Somchai', '1101700230708', 'ถนนพระราม']) expect(text).not.toContain(secret);
    const json = await t.http.get(`${BASE}/open-data/processing-statistics.json`).expect(200);
    expect(json.body.rows).toHaveLength(rows.length);
    expect(json.body.rows.find((r: { month: string }) => r.month === '2026-04')).toMatchObject({ received: null, completed: 5, suppressed: ['received', 'rejected'] });
    expect(json.body.suppression).toEqual({ threshold: 5, secondarySuppression: false });
    // The validators: the same tag or a later date answers 304 with no body.
    await t.http.get(`${BASE}/open-data/processing-statistics.csv`).set('If-None-Match', csv.headers.etag).expect(304);
    await t.http.get(`${BASE}/open-data/processing-statistics.json`).set('If-Modified-Since', json.headers['last-modified']).expect(304);
    await t.http.get(`${BASE}/open-data/processing-statistics.json`).set('If-None-Match', '"other"').expect(200);
  });

  it('describes the dataset in DCAT-AP JSON-LD and as CKAN’s package_show', async () => {
    const res = await t.http.get(`${BASE}/open-data/catalog.jsonld`).expect(200);
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const doc = JSON.parse(res.text);
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    const validate = ajv.compile(DCAT_SHAPE);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    const dataset = doc['dcat:dataset'][0];
    expect(dataset['dct:temporal']['dcat:startDate']['@value']).toBe('2026-03-01');
    expect(dataset['dcat:distribution'].map((d: Record<string, { '@id': string }>) => d['dcat:mediaType']['@id'])).toEqual(expect.arrayContaining(['https://www.iana.org/assignments/media-types/text/csv']));
    const csvUrl = dataset['dcat:distribution'][0]['dcat:downloadURL']['@id'] as string;
    await t.http.get(new URL(csvUrl).pathname).expect(200);
    // A shape the validator refuses: no English title.
    const broken = structuredClone(doc);
    broken['dcat:dataset'][0]['dct:title'] = broken['dcat:dataset'][0]['dct:title'].filter((x: { '@language': string }) => x['@language'] === 'th');
    expect(validate(broken)).toBe(false);
    const ckan = (await t.http.get(`${BASE}/open-data/processing-statistics/ckan`).expect(200)).body;
    expect(ckan).toMatchObject({ success: true, result: { name: 'bizportal-processing-statistics', license_id: 'CC-BY-4.0', num_resources: 3, resources: expect.arrayContaining([expect.objectContaining({ format: 'CSV', mimetype: 'text/csv' })]) } });
  });
});

/** A seeded generator: the same walk every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('Aggregates kept by the transitions equal a rebuild from scratch (random walks)', () => {
  const dump = async () => {
    const ds = t.app.get(DataSource);
    const monthly = await ds.query('SELECT licence_type, agency_id, month, received, completed, rejected, withdrawn, judged, on_time, paid_promptpay, paid_card, paid_counter, paid_billpay, durations FROM statistics_monthly ORDER BY licence_type, agency_id, month');
    const backlog = await ds.query('SELECT licence_type, agency_id, open FROM statistics_backlog WHERE open <> 0 ORDER BY licence_type, agency_id');
    const clocks = await ds.query('SELECT application_id, licence_type, agency_id, submitted_at, paused_since, paused_days FROM statistics_clocks ORDER BY application_id');
    const norm = (rows: Record<string, unknown>[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'durations' ? JSON.parse(String(v)) : v instanceof Date ? v.toISOString() : typeof v === 'string' && /^\d+$/.test(v) && k !== 'month' ? Number(v) : v])));
    return { monthly: norm(monthly), backlog: norm(backlog), clocks: norm(clocks) };
  };

  it('after random steps through the API (submit, office steps, payment, issue, cancel, reject)', async () => {
    const rand = random(20261206);
    const runner = t.app.get(OutboxRunner);
    const pay = async (id: string, n: number) => {
      await runner.runOnce();
      const token = await t.login('officer.khlongtoei');
      await t.http.post(`${BASE}/applications/${id}/payments/counter`).set('Authorization', `Bearer ${token}`).send({ receiptNumber: `KT-STAT-${n}`, amountSatang: 200000 }).expect(201);
      await runner.runOnce();
    };
    for (let n = 0; n < 8; n++) {
      const app = await createFoodApplication(t, 'somchai');
      const depth = Math.floor(rand() * (TO_AWAITING_PAYMENT.length + 1));
      await drive(t, app.id, TO_AWAITING_PAYMENT.slice(0, depth) as Step[]);
      const ending = rand();
      if (depth === TO_AWAITING_PAYMENT.length && ending < 0.6) await pay(app.id, n);
      else if (depth === TO_AWAITING_PAYMENT.length - 1 && ending < 0.5) await drive(t, app.id, [{ as: 'approver.khlongtoei', type: 'REJECT', comment: 'ไม่ผ่านเกณฑ์' }]);
      else if (depth >= 1 && ending < 0.3) {
        const res = await sendEvent(t, app.id, { as: 'somchai', type: 'CANCEL', comment: 'ยกเลิก' });
        expect([200, 409]).toContain(res.status);
      }
    }
    const live = await dump();
    expect(live.monthly.length).toBeGreaterThan(0);
    await t.app.get(StatisticsRebuild).rebuild();
    expect(await dump()).toEqual(live);
  }, 240_000);
});
