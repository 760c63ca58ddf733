import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Omise from 'omise';
import QRCode from 'qrcode';
import { LocalGatewayAgent, installGlobalAgent } from '@bizportal/payments';
import {
  FAILING_TEST_CARDS,
  PROMPTPAY_BILL_PAYMENT_AID,
  SUCCESSFUL_TEST_CARDS,
  THREE_DS_TEST_CARD,
  buildPromptPayBillPaymentPayload,
  cardBrand,
  crc16CcittFalse,
  createOmiseMock,
  formatSatang,
  luhnValid,
  parseEmvFields,
  parseFormBody,
  signWebhook,
  verifyEmvCrc,
  type MockEvent,
  type OmiseMock,
} from './omise-mock';
import {
  MOCK_HOST,
  PUBLIC_KEY,
  SECRET_KEY,
  WEBHOOK_SECRET,
  type WebhookReceiver,
  card,
  futureYear,
  rawBytes,
  rawRequest,
  signatureVerifies,
  useGateway,
} from './omise-mock.test-support';

// ---------------------------------------------------------------------------------------------------------------
// Pure parts
// ---------------------------------------------------------------------------------------------------------------

describe('PromptPay payload and CRC-16/CCITT-FALSE', () => {
  it('computes the standard CRC-16/CCITT-FALSE check value', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1');
    expect(crc16CcittFalse('')).toBe('FFFF');
  });

  it('agrees with published PromptPay vectors (credit transfer, tag 29)', () => {
    // From the php-promptpay-qr README (0899999999, without and with ฿420.00).
    for (const payload of [
      '00020101021129370016A000000677010111011300668999999995802TH53037646304FE29',
      '00020101021229370016A000000677010111011300668999999995802TH53037645406420.006304CF9E',
    ]) {
      expect(verifyEmvCrc(payload)).toBe(true);
      expect(crc16CcittFalse(payload.slice(0, -4))).toBe(payload.slice(-4));
    }
  });

  it('reproduces a published bill-payment (tag 30) vector byte for byte', () => {
    // thaiqr (Go) test: biller 011234567891233, refs REF123456789 / REF987654321, ฿200.00, merchant THAIQR.
    const expected =
      '00020101021230710016A00000067701011201150112345678912330212REF1234567890312REF98765432153037645406200.005802TH5906THAIQR6304F528';
    const built = buildPromptPayBillPaymentPayload({
      billerId: '011234567891233',
      reference1: 'REF123456789',
      reference2: 'REF987654321',
      amount: 20000,
      merchantName: 'THAIQR',
    });
    expect(built).toBe(expected);
    expect(verifyEmvCrc(built)).toBe(true);
  });

  it('detects a changed amount or CRC', () => {
    const good = buildPromptPayBillPaymentPayload({ billerId: '000000000000000', reference1: 'ABC123', amount: 150000 });
    expect(verifyEmvCrc(good)).toBe(true);
    expect(verifyEmvCrc(good.replace('1500.00', '1.00'))).toBe(false);
    expect(verifyEmvCrc(`${good.slice(0, -4)}0000`)).toBe(false);
  });

  it('lays out the fields: dynamic, bill payment AID, THB, amount with 2 decimals, TH, CRC last', () => {
    const payload = buildPromptPayBillPaymentPayload({ billerId: '010555012345601', reference1: 'CHARGE42', amount: 123405 });
    const fields = parseEmvFields(payload);
    expect(fields.map((field) => field.tag)).toEqual(['00', '01', '30', '53', '54', '58', '63']);
    const byTag = Object.fromEntries(fields.map((field) => [field.tag, field.value]));
    expect(byTag).toMatchObject({ '00': '01', '01': '12', '53': '764', '54': '1234.05', '58': 'TH' });
    expect(parseEmvFields(byTag['30'])).toEqual([
      { tag: '00', value: PROMPTPAY_BILL_PAYMENT_AID },
      { tag: '01', value: '010555012345601' },
      { tag: '02', value: 'CHARGE42' },
    ]);
    expect(byTag['63']).toBe(crc16CcittFalse(payload.slice(0, -4)));
  });

  it('refuses what a banking app would refuse', () => {
    expect(() => buildPromptPayBillPaymentPayload({ billerId: '123', reference1: 'A' })).toThrow(/biller/);
    expect(() => buildPromptPayBillPaymentPayload({ billerId: '000000000000000', reference1: 'chrg_test_x' })).toThrow(/reference 1/);
    expect(formatSatang(5)).toBe('0.05');
    expect(formatSatang(100000)).toBe('1000.00');
    expect(() => formatSatang(1.5)).toThrow();
  });
});

describe('test cards and helpers', () => {
  it('has only Luhn-valid documented numbers, with known brands', () => {
    for (const number of [...SUCCESSFUL_TEST_CARDS, ...Object.keys(FAILING_TEST_CARDS), THREE_DS_TEST_CARD]) {
      expect([number, luhnValid(number)]).toEqual([number, true]);
      expect([number, cardBrand(number)]).not.toEqual([number, null]);
    }
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(cardBrand('4242424242424242')).toBe('Visa');
    expect(cardBrand('5555555555554444')).toBe('MasterCard');
    expect(cardBrand('3530111333300000')).toBe('JCB');
  });

  it('signs webhooks as hex HMAC-SHA256 over "timestamp.body" with the decoded secret', () => {
    const body = '{"object":"event"}';
    const expected = createHmac('sha256', Buffer.from(WEBHOOK_SECRET, 'base64')).update(`1700000000.${body}`).digest('hex');
    expect(signWebhook(body, WEBHOOK_SECRET, 1700000000)).toBe(expected);
    expect(signWebhook(Buffer.from(body), WEBHOOK_SECRET, '1700000000')).toBe(expected);
  });

  it('parses form-encoded bodies with bracketed keys', () => {
    expect(parseFormBody('card%5Bnumber%5D=4242&card[name]=A+B&amount=2000&metadata[a][b]=c')).toEqual({
      card: { number: '4242', name: 'A B' },
      amount: '2000',
      metadata: { a: { b: 'c' } },
    });
  });
});

describe('LocalGatewayAgent', () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    server = http.createServer((req, res) => res.end(`host=${req.headers.host} path=${req.url}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const get = (agent: http.Agent, url: string): Promise<string> =>
    new Promise((resolve, reject) => {
      http
        .get(url, { agent }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(text));
        })
        .on('error', reject);
    });

  it('sends the configured host to the local port, keeping the Host header and path', async () => {
    const agent = new LocalGatewayAgent({ host: MOCK_HOST, port });
    try {
      await expect(get(agent, `http://${MOCK_HOST}/charges?limit=1`)).resolves.toBe(`host=${MOCK_HOST} path=/charges?limit=1`);
      await expect(get(agent, `http://OMISE-MOCK.localhost:8080/x`)).resolves.toBe(`host=omise-mock.localhost:8080 path=/x`);
    } finally {
      agent.destroy();
    }
  });

  it('connects normally to every other host', async () => {
    const agent = new LocalGatewayAgent({ host: MOCK_HOST, port: 9 });
    try {
      await expect(get(agent, `http://127.0.0.1:${port}/direct`)).resolves.toBe(`host=127.0.0.1:${port} path=/direct`);
    } finally {
      agent.destroy();
    }
  });

  it('matches names case-insensitively, without port or trailing dot, and validates its options', () => {
    const agent = new LocalGatewayAgent({ host: ['omise-mock.localhost', 'vault.omise-mock.localhost.'], port: 12111 });
    expect(agent.redirects('OMISE-MOCK.localhost')).toBe(true);
    expect(agent.redirects('vault.omise-mock.localhost')).toBe(true);
    expect(agent.redirects('omise-mock.localhost.')).toBe(true);
    expect(agent.redirects('api.omise.co')).toBe(false);
    expect(agent.redirects(undefined)).toBe(false);
    expect(() => new LocalGatewayAgent({ host: [], port: 1 })).toThrow(/host/);
    expect(() => new LocalGatewayAgent({ host: 'x', port: 0 })).toThrow(/port/);
    agent.destroy();
  });

  it('is a plain agent when Node builds it without options (requests made with agent: false)', async () => {
    const plain = new LocalGatewayAgent();
    try {
      expect(plain.redirects(MOCK_HOST)).toBe(false);
      await expect(get(plain, `http://127.0.0.1:${port}/plain`)).resolves.toBe(`host=127.0.0.1:${port} path=/plain`);
    } finally {
      plain.destroy();
    }
  });

  it('can be installed as http.globalAgent and restored', () => {
    const previous = http.globalAgent;
    const agent = new LocalGatewayAgent({ host: MOCK_HOST, port });
    const restore = installGlobalAgent(agent);
    expect(http.globalAgent).toBe(agent);
    restore();
    expect(http.globalAgent).toBe(previous);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The mock, driven by the official omise client
// ---------------------------------------------------------------------------------------------------------------

describe('omise-mock with the official omise client', () => {
  let mock: OmiseMock;
  let receiver: WebhookReceiver;
  let omise: ReturnType<typeof Omise>;
  let clock = Date.parse('2026-11-22T03:00:00Z');
  const gateway = useGateway({ now: () => new Date(clock) }, () => {
    clock += 60_000; // each test in its own minute
  });
  const control = (path: string, body: unknown = {}) => gateway().control(path, body);

  beforeAll(() => {
    ({ mock, receiver, omise } = gateway());
  });

  describe('tokens and card charges', () => {
    it('tokenizes a test card with the public key and charges it successfully', async () => {
      const token = await omise.tokens.create({ card: card('4242424242424242') });
      expect(token).toMatchObject({ object: 'token', livemode: false, used: false, card: { object: 'card', brand: 'Visa', last_digits: '4242' } });
      expect(token.id).toMatch(/^tokn_test_[0-9a-z]{19}$/);
      expect(token.card.id).toMatch(/^card_test_/);

      const charge = await omise.charges.create({ amount: 100000, currency: 'thb', card: token.id, description: 'licence fee', metadata: { application: 'APP-1' } });
      expect(charge).toMatchObject({
        object: 'charge',
        livemode: false,
        status: 'successful',
        authorized: true,
        paid: true,
        amount: 100000,
        currency: 'THB',
        metadata: { application: 'APP-1' },
        failure_code: null,
        card: { last_digits: '4242' },
      });
      expect(charge.id).toMatch(/^chrg_test_/);
      expect(charge.paid_at).toBe(new Date(clock).toISOString().replace('.000Z', 'Z'));
      await expect(omise.tokens.retrieve(token.id)).resolves.toMatchObject({ used: true });
      await expect(omise.charges.create({ amount: 100000, currency: 'thb', card: token.id })).rejects.toMatchObject({
        object: 'error',
        code: 'used_token',
      });
    });

    it.each([
      ['4111111111140011', 'insufficient_fund'],
      ['4111111111130012', 'stolen_or_lost_card'],
      ['4111111111110014', 'payment_rejected'],
      ['5555551111190013', 'failed_processing'],
    ])('declines %s with %s (HTTP 200, status failed)', async (number, code) => {
      const token = await omise.tokens.create({ card: card(number) });
      const charge = await omise.charges.create({ amount: 5000, currency: 'thb', card: token.id });
      expect(charge).toMatchObject({ status: 'failed', failure_code: code, authorized: false, paid: false });
      expect(typeof charge.failure_message).toBe('string');
      await mock.webhooksIdle();
      expect(receiver.forCharge(charge.id).map((hook) => JSON.parse(hook.body).data.status)).toEqual(['failed']);
    });

    it('rejects invalid cards with invalid_card, like the vault', async () => {
      await expect(omise.tokens.create({ card: card('4242424242424241') })).rejects.toMatchObject({
        object: 'error',
        code: 'invalid_card',
        message: expect.stringContaining('number is invalid'),
      });
      await expect(omise.tokens.create({ card: { ...card('4242424242424242'), expiration_year: 2020, expiration_month: 1 } })).rejects.toMatchObject({
        code: 'invalid_card',
        message: expect.stringContaining('expiration date cannot be in the past'),
      });
    });

    it('sends a 3-D Secure card to authorize_uri; a GET there completes the charge and redirects to return_uri', async () => {
      const token = await omise.tokens.create({ card: card(THREE_DS_TEST_CARD) });
      const pending = await omise.charges.create({ amount: 250000, currency: 'thb', card: token.id, return_uri: 'https://portal.example.th/payments/return?app=APP-2' });
      expect(pending).toMatchObject({ status: 'pending', authorized: false, paid: false });
      expect(pending.authorize_uri).toMatch(new RegExp(`^${mock.url}/payments/paym_test_[0-9a-z]{19}/authorize$`));

      const redirect = await rawRequest(pending.authorize_uri, 'GET', pending.authorize_uri, { key: null });
      expect(redirect.status).toBe(302);
      expect(redirect.headers.location).toBe('https://portal.example.th/payments/return?app=APP-2');
      await expect(omise.charges.retrieve(pending.id)).resolves.toMatchObject({ status: 'successful', paid: true, authenticated_by: '3DS' });
      await mock.webhooksIdle();
      expect(receiver.forCharge(pending.id, 'charge.complete')).toHaveLength(1);
    });

    it('validates charges: THB only, ฿20 minimum, a card or a source, known tokens', async () => {
      const token = await omise.tokens.create({ card: card('5555555555554444') });
      await expect(omise.charges.create({ amount: 100000, currency: 'usd', card: token.id })).rejects.toMatchObject({ code: 'invalid_charge' });
      await expect(omise.charges.create({ amount: 1999, currency: 'thb', card: token.id })).rejects.toMatchObject({ code: 'invalid_charge' });
      await expect(omise.charges.create({ amount: 2000, currency: 'thb' })).rejects.toMatchObject({ code: 'missing_card' });
      await expect(omise.charges.create({ amount: 2000, currency: 'thb', card: 'tokn_test_doesnotexist0000000' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(omise.charges.create({ amount: 2000, currency: 'thb', card: token.id })).resolves.toMatchObject({ status: 'successful' });
    });
  });

  describe('PromptPay', () => {
    it('creates a source, then a pending charge with a scannable QR that encodes a valid EMVCo bill payment', async () => {
      const source = await omise.sources.create({ type: 'promptpay', amount: 150000, currency: 'thb' });
      expect(source).toMatchObject({ object: 'source', type: 'promptpay', flow: 'offline', amount: 150000, currency: 'THB', charge_status: 'unknown', scannable_code: null });
      expect(source.id).toMatch(/^src_test_/);

      const charge = await omise.charges.create({ amount: 150000, currency: 'thb', source: source.id, metadata: { application: 'APP-3' } });
      expect(charge).toMatchObject({ status: 'pending', paid: false, authorized: false, expired: false });
      expect(Date.parse(charge.expires_at) - clock).toBe(24 * 3600 * 1000);
      const image = charge.source!.scannable_code.image as unknown as Record<string, string>;
      expect(charge.source).toMatchObject({ id: source.id, charge_status: 'pending', scannable_code: { object: 'barcode', type: 'qr' } });
      expect(image).toMatchObject({ object: 'document', filename: 'qrcode.svg', kind: 'qr' });
      expect(image.id).toMatch(/^docu_test_/);
      expect(image.download_uri).toBe(`${mock.url}/charges/${charge.id}/documents/${image.id}/downloads/qrcode.svg`);
      await expect(omise.sources.retrieve(source.id)).resolves.toMatchObject({ charge_status: 'pending' });

      // The payload behind the image: Thai QR bill payment for this charge and amount, with a valid CRC.
      const payload = mock.state.documents[image.id].payload;
      expect(verifyEmvCrc(payload)).toBe(true);
      const byTag = Object.fromEntries(parseEmvFields(payload).map((field) => [field.tag, field.value]));
      expect(byTag).toMatchObject({ '00': '01', '01': '12', '53': '764', '54': '1500.00', '58': 'TH' });
      const merchant = Object.fromEntries(parseEmvFields(byTag['30']).map((field) => [field.tag, field.value]));
      expect(merchant['00']).toBe('A000000677010112');
      expect(merchant['01']).toMatch(/^\d{15}$/);
      expect(merchant['02']).toBe(charge.id.replace('chrg_test_', '').toUpperCase());

      // The image is that payload, as SVG and as PNG.
      const svg = await rawBytes(image.download_uri);
      expect(svg.status).toBe(200);
      expect(svg.type).toBe('image/svg+xml');
      expect(svg.body.toString('utf8')).toBe(await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }));
      const png = await rawBytes(image.download_uri.replace(/\.svg$/, '.png'));
      expect(png.type).toBe('image/png');
      expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    });

    it('accepts an inline source object and a given expires_at; refuses reuse, other types and mismatched amounts', async () => {
      const expiresAt = new Date(clock + 15 * 60_000).toISOString().replace('.000Z', 'Z');
      const charge = await omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' }, expires_at: expiresAt });
      expect(charge).toMatchObject({ status: 'pending', expires_at: expiresAt, source: { type: 'promptpay' } });
      await expect(omise.charges.create({ amount: 2000, currency: 'thb', source: charge.source!.id })).rejects.toMatchObject({ code: 'bad_request' });
      await expect(omise.sources.create({ type: 'truemoney', amount: 2000, currency: 'thb' })).rejects.toMatchObject({ code: 'bad_request' });
      await expect(omise.sources.create({ type: 'promptpay', amount: 1000, currency: 'thb' })).rejects.toMatchObject({ code: 'bad_request' });
      const other = await omise.sources.create({ type: 'promptpay', amount: 3000, currency: 'thb' });
      await expect(omise.charges.create({ amount: 4000, currency: 'thb', source: other.id })).rejects.toMatchObject({ code: 'invalid_charge' });
    });

    it('expires a pending charge on request, once', async () => {
      const charge = await omise.charges.create({ amount: 2500, currency: 'thb', source: { type: 'promptpay', amount: 2500, currency: 'thb' } });
      const expired = await omise.charges.expire(charge.id);
      expect(expired).toMatchObject({ status: 'expired', expired: true, paid: false, source: { charge_status: 'expired' } });
      expect(expired.expired_at).not.toBeNull();
      await expect(omise.charges.expire(charge.id)).rejects.toMatchObject({ code: 'failed_expire' });
      await mock.webhooksIdle();
      expect(receiver.forCharge(charge.id, 'charge.expire').map((hook) => JSON.parse(hook.body).data.status)).toEqual(['expired']);
    });

    it('expires a pending charge by itself once expires_at has passed', async () => {
      const charge = await omise.charges.create({
        amount: 2500,
        currency: 'thb',
        source: { type: 'promptpay', amount: 2500, currency: 'thb' },
        expires_at: new Date(clock + 60_000).toISOString(),
      });
      clock += 61_000;
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ status: 'expired' });
      const paid = await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_paid`);
      expect(paid.status).toBe(400);
    });

    it('mark_as_paid completes the charge and sends exactly one signed charge.complete webhook', async () => {
      const charge = await omise.charges.create({ amount: 50000, currency: 'thb', source: { type: 'promptpay', amount: 50000, currency: 'thb' } });
      const marked = await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_paid`);
      expect(marked.status).toBe(200);
      expect(marked.json).toMatchObject({ id: charge.id, status: 'successful', paid: true, source: { charge_status: 'successful' } });
      await mock.webhooksIdle();

      const hooks = receiver.forCharge(charge.id, 'charge.complete');
      expect(hooks).toHaveLength(1);
      const [hook] = hooks;
      expect(hook.headers['content-type']).toBe('application/json');
      expect(hook.headers['omise-signature-timestamp']).toBe(String(Math.floor(clock / 1000)));
      expect(hook.headers['omise-signature']).toMatch(/^[0-9a-f]{64}$/);
      expect(signatureVerifies(hook, WEBHOOK_SECRET)).toBe(true);
      expect(signatureVerifies({ ...hook, body: hook.body.replace('"successful"', '"failed"') }, WEBHOOK_SECRET)).toBe(false);
      expect(signatureVerifies(hook, Buffer.from('another secret').toString('base64'))).toBe(false);

      const event = JSON.parse(hook.body) as MockEvent;
      expect(event).toMatchObject({ object: 'event', key: 'charge.complete', livemode: false, data: { object: 'charge', id: charge.id, status: 'successful' } });
      const stored = await omise.events.retrieve(event.id);
      expect(stored.webhook_deliveries).toEqual([expect.objectContaining({ uri: receiver.url, status: 200, attempt: 1 })]);
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ status: 'successful', paid: true });
    });

    it('retries a failing receiver with backoff: two failures then success are three recorded attempts', async () => {
      const charge = await omise.charges.create({ amount: 30000, currency: 'thb', source: { type: 'promptpay', amount: 30000, currency: 'thb' } });
      await mock.webhooksIdle(); // charge.create delivered first
      receiver.answers = [500, 503];
      await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_paid`);
      await mock.webhooksIdle();

      const hooks = receiver.forCharge(charge.id, 'charge.complete');
      expect(hooks.map((hook) => hook.answered)).toEqual([500, 503, 200]);
      expect(new Set(hooks.map((hook) => hook.body)).size).toBe(1);
      expect(hooks.every((hook) => signatureVerifies(hook, WEBHOOK_SECRET))).toBe(true);
      const eventId = (JSON.parse(hooks[0].body) as MockEvent).id;
      const event = await omise.events.retrieve(eventId);
      expect(event.webhook_deliveries.map((delivery) => [delivery.status, (delivery as unknown as { attempt: number }).attempt])).toEqual([
        [500, 1],
        [503, 2],
        [200, 3],
      ]);
    });

    it('gives up after the last retry', async () => {
      const charge = await omise.charges.create({ amount: 30000, currency: 'thb', source: { type: 'promptpay', amount: 30000, currency: 'thb' } });
      await mock.webhooksIdle(); // charge.create delivered first
      receiver.answers = [500, 500, 500, 500, 500];
      await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_failed`);
      await mock.webhooksIdle();
      expect(receiver.forCharge(charge.id, 'charge.complete')).toHaveLength(4); // 1 + three retries
      receiver.answers = [];
    });

    it('mark_as_failed fails the charge with a failure code', async () => {
      const charge = await omise.charges.create({ amount: 30000, currency: 'thb', source: { type: 'promptpay', amount: 30000, currency: 'thb' } });
      const failed = await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_failed`, { body: '{}' });
      expect(failed.json).toMatchObject({ status: 'failed', failure_code: 'failed_processing', paid: false });
      const again = await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_paid`);
      expect(again.status).toBe(400);
      expect(again.json).toMatchObject({ object: 'error', code: 'bad_request' });
    });
  });

  describe('refunds', () => {
    it('refunds a successful charge up to its amount and records the refunds on the charge', async () => {
      const token = await omise.tokens.create({ card: card('3530111333300000') });
      const charge = await omise.charges.create({ amount: 100000, currency: 'thb', card: token.id });
      const refund = await omise.charges.createRefund(charge.id, { amount: 40000 });
      expect(refund).toMatchObject({ object: 'refund', amount: 40000, currency: 'THB', charge: charge.id, voided: false });
      expect(refund.id).toMatch(/^rfnd_test_/);
      await expect(omise.charges.createRefund(charge.id, { amount: 70000 })).rejects.toMatchObject({ code: 'failed_refund' });
      await omise.charges.createRefund(charge.id, { amount: 60000 });

      const after = await omise.charges.retrieve(charge.id);
      expect(after).toMatchObject({ refunded_amount: 100000, refundable: false, refunds: { object: 'list', total: 2 } });
      expect(after.refunds.data.map((item) => item.amount)).toEqual([40000, 60000]);
      await expect(omise.charges.listRefunds(charge.id)).resolves.toMatchObject({ total: 2 });
      await expect(omise.charges.retrieveRefund(charge.id, refund.id)).resolves.toMatchObject({ amount: 40000 });
      await expect(omise.charges.createRefund(charge.id, { amount: 1 })).rejects.toMatchObject({ code: 'failed_refund' });
    });

    it('refuses to refund a charge that is not successful', async () => {
      const charge = await omise.charges.create({ amount: 30000, currency: 'thb', source: { type: 'promptpay', amount: 30000, currency: 'thb' } });
      await expect(omise.charges.createRefund(charge.id, { amount: 100 })).rejects.toMatchObject({ code: 'failed_refund' });
    });
  });

  describe('lists', () => {
    it('paginates charges like Omise: limit, offset, total, order, from/to', async () => {
      await control('/__mock/reset');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        clock += 1000;
        const charge = await omise.charges.create({ amount: 2000 + i, currency: 'thb', source: { type: 'promptpay', amount: 2000 + i, currency: 'thb' } });
        ids.push(charge.id);
      }
      const page = await omise.charges.list({ limit: 2, offset: 1 });
      expect(page).toMatchObject({ object: 'list', limit: 2, offset: 1, total: 5, order: 'chronological', from: '1970-01-01T00:00:00Z', location: '/charges' });
      expect(page.data.map((charge) => charge.id)).toEqual(ids.slice(1, 3));
      const reverse = await omise.charges.list({ order: 'reverse_chronological', limit: 1 });
      expect(reverse.data.map((charge) => charge.id)).toEqual([ids[4]]);
      const all = await omise.charges.list();
      expect(all).toMatchObject({ limit: 20, offset: 0, total: 5 });
      await expect(omise.charges.list({ limit: 500 })).resolves.toMatchObject({ limit: 100 });
      const window = await omise.charges.list({ from: new Date(clock - 1000).toISOString(), to: new Date(clock).toISOString() });
      expect(window.data.map((charge) => charge.id)).toEqual(ids.slice(3));
      await expect(omise.charges.list({ order: 'sideways' })).rejects.toMatchObject({ code: 'bad_request' });
    });

    it('searches charges (scope charge) by a metadata value with page and per_page, and refuses what it does not support', async () => {
      await control('/__mock/reset');
      const search = (params: Record<string, unknown>) => (omise as unknown as { search: { list(p: Record<string, unknown>): Promise<Record<string, unknown>> } }).search.list(params);
      const made: string[] = [];
      for (const key of ['inv-1:1:promptpay', 'inv-2:1:promptpay', 'inv-1:2:promptpay']) {
        clock += 1000;
        made.push((await omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' }, metadata: { idempotencyKey: key } } as never)).id);
      }
      const one = await search({ scope: 'charge', query: 'inv-2:1:promptpay' });
      expect(one).toMatchObject({ object: 'search', scope: 'charge', total: 1, page: 1, per_page: 30, total_pages: 1 });
      expect((one.data as { id: string }[]).map((c) => c.id)).toEqual([made[1]]);
      const paged = await search({ scope: 'charge', query: 'INV-1', per_page: 1, page: 2 });
      expect(paged).toMatchObject({ total: 2, total_pages: 2, page: 2, order: 'reverse_chronological' });
      expect((paged.data as { id: string }[]).map((c) => c.id)).toEqual([made[0]]);
      expect(await search({ scope: 'charge', query: 'nothing-like-it' })).toMatchObject({ total: 0, data: [], total_pages: 1 });
      await expect(search({ scope: 'customer' })).rejects.toMatchObject({ code: 'bad_request' });
      await expect(search({ scope: 'charge', 'filters[amount]': 20 })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('filters') });
      await expect(search({ scope: 'charge', per_page: 500 })).rejects.toMatchObject({ code: 'bad_request' });
    });

    it('lists events', async () => {
      await control('/__mock/reset');
      const charge = await omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' } });
      await omise.charges.expire(charge.id);
      const events = await omise.events.list({ limit: 10 });
      expect(events).toMatchObject({
        object: 'list',
        total: 2,
        data: [
          { key: 'charge.create', data: { id: charge.id, status: 'pending' } },
          { key: 'charge.expire', data: { id: charge.id, status: 'expired' } },
        ],
      });
      expect(events.data[0].id).toMatch(/^evnt_test_/);
    });
  });

  describe('errors, authentication and test controls', () => {
    it('answers unknown charges with a 404 not_found error object', async () => {
      await expect(omise.charges.retrieve('chrg_test_0000000000000000000')).rejects.toMatchObject({ object: 'error', code: 'not_found' });
      const raw = await rawRequest(mock.url, 'GET', '/charges/chrg_test_0000000000000000000');
      expect(raw.status).toBe(404);
      expect(raw.json).toEqual({
        object: 'error',
        location: 'https://www.omise.co/api-errors#not-found',
        code: 'not_found',
        message: 'charge chrg_test_0000000000000000000 was not found',
      });
      await expect(omise.events.retrieve('evnt_test_nothing')).rejects.toMatchObject({ code: 'not_found' });
    });

    it('refuses wrong, missing and misplaced keys with 401 authentication_failure', async () => {
      const wrong = Omise({ publicKey: 'pkey_test_wrong', secretKey: 'skey_test_wrong', host: MOCK_HOST, vaultHost: MOCK_HOST, scheme: Omise.Scheme.Http });
      await expect(wrong.charges.list()).rejects.toMatchObject({ object: 'error', code: 'authentication_failure' });
      await expect(wrong.tokens.create({ card: card('4242424242424242') })).rejects.toMatchObject({ code: 'authentication_failure' });
      const swapped = Omise({ publicKey: SECRET_KEY, secretKey: PUBLIC_KEY, host: MOCK_HOST, vaultHost: MOCK_HOST, scheme: Omise.Scheme.Http });
      await expect(swapped.sources.create({ type: 'promptpay', amount: 2000, currency: 'thb' })).rejects.toMatchObject({ code: 'authentication_failure' });
      await expect(swapped.charges.list()).rejects.toMatchObject({ code: 'authentication_failure' });
      const missing = await rawRequest(mock.url, 'GET', '/charges', { key: null });
      expect(missing.status).toBe(401);
      expect(missing.json).toMatchObject({ object: 'error', code: 'authentication_failure', location: 'https://www.omise.co/api-errors#authentication-failure' });
      expect((await rawRequest(mock.url, 'GET', '/__mock/state', { key: PUBLIC_KEY })).status).toBe(401);
    });

    it('answers unknown routes 404, wrong methods 405 and bad JSON 400, all as Omise error objects', async () => {
      const unknown = await rawRequest(mock.url, 'GET', '/transfers');
      expect([unknown.status, unknown.json.code]).toEqual([404, 'not_found']);
      const method = await rawRequest(mock.url, 'DELETE', '/charges');
      expect([method.status, method.json.object, method.json.code]).toEqual([405, 'error', 'method_not_allowed']);
      const badJson = await rawRequest(mock.url, 'POST', '/charges', { body: '{"amount": 2000,' });
      expect([badJson.status, badJson.json.code]).toEqual([400, 'bad_request']);
    });

    it('accepts form-encoded bodies too', async () => {
      const year = futureYear();
      const body = `card[name]=Somchai&card[number]=4242424242424242&card[expiration_month]=12&card[expiration_year]=${year}&card[security_code]=123`;
      const token = await rawRequest(mock.url, 'POST', '/tokens', { key: PUBLIC_KEY, body, contentType: 'application/x-www-form-urlencoded' });
      expect(token.status).toBe(200);
      const charge = await rawRequest(mock.url, 'POST', '/charges', {
        body: `amount=2000&currency=thb&card=${token.json.id}&metadata[ref]=APP-9`,
        contentType: 'application/x-www-form-urlencoded',
      });
      expect(charge.json).toMatchObject({ status: 'successful', amount: 2000, metadata: { ref: 'APP-9' } });
    });

    it('goes down (503 to everything but /__mock/) and comes back', async () => {
      expect((await control('/__mock/config', { down: true })).json).toMatchObject({ down: true });
      try {
        await expect(omise.charges.list()).rejects.toMatchObject({ object: 'error', code: 'service_unavailable' });
        expect((await rawRequest(mock.url, 'GET', '/charges')).status).toBe(503);
        expect((await rawRequest(mock.url, 'GET', '/__mock/state')).status).toBe(200);
      } finally {
        await control('/__mock/config', { down: false });
      }
      await expect(omise.charges.list()).resolves.toMatchObject({ object: 'list' });
    });

    it('adds latency on request', async () => {
      await control('/__mock/config', { latencyMs: 150 });
      try {
        const started = Date.now();
        await omise.charges.list();
        expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      } finally {
        await control('/__mock/config', { latencyMs: 0 });
      }
    });

    it('drops webhooks or fails the next ones on request', async () => {
      await control('/__mock/config', { dropWebhooks: true });
      const dropped = await omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' } });
      await rawRequest(mock.url, 'POST', `/charges/${dropped.id}/mark_as_paid`);
      await mock.webhooksIdle();
      expect(receiver.forCharge(dropped.id)).toHaveLength(0);
      const droppedEvent = Object.values(mock.state.events).find((event) => event.data.id === dropped.id)!;
      expect(droppedEvent.webhook_deliveries).toEqual([]);

      await control('/__mock/config', { dropWebhooks: false, failNextWebhooks: 1 });
      const flaky = await omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' } });
      await rawRequest(mock.url, 'POST', `/charges/${flaky.id}/mark_as_paid`);
      await mock.webhooksIdle();
      const event = Object.values(mock.state.events).find((item) => item.data.id === flaky.id)!;
      expect(event.webhook_deliveries.map((delivery) => delivery.status)).toEqual([0, 200]);
      expect(receiver.forCharge(flaky.id, 'charge.complete')).toHaveLength(1);
      expect((await control('/__mock/config', { down: 'maybe' })).status).toBe(400);
    });

    it('shows and resets its state', async () => {
      await omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' } });
      const state = await rawRequest(mock.url, 'GET', '/__mock/state');
      expect(Object.keys(state.json.state.charges).length).toBeGreaterThan(0);
      await control('/__mock/reset');
      await expect(omise.charges.list()).resolves.toMatchObject({ total: 0 });
    });
  });
});

describe('omise-mock state file', () => {
  it('keeps charges across restarts', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'omise-mock-'));
    const stateFile = join(directory, 'state.json');
    const options = { publicKey: PUBLIC_KEY, secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, stateFile, expirySweepMs: 0 };
    try {
      const first = createOmiseMock(options);
      await first.listen(0);
      const created = await rawRequest(first.url, 'POST', '/charges', {
        body: JSON.stringify({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' } }),
      });
      expect(created.status).toBe(200);
      await first.close();

      const second = createOmiseMock(options);
      await second.listen(0);
      try {
        const again = await rawRequest(second.url, 'GET', `/charges/${created.json.id}`);
        expect(again.json).toMatchObject({ id: created.json.id, status: 'pending' });
        const image = again.json.source.scannable_code.image;
        expect((await rawBytes(`${second.url}/charges/${created.json.id}/documents/${image.id}/downloads/qrcode.svg`)).status).toBe(200);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
