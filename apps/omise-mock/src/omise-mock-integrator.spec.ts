/**
 * What an integrator meets beyond what the portal calls, through the official `omise` client against the running
 * local gateway: customers and cards, authorize then capture or reverse, refunds with their documented fields, every
 * charge event as a signed webhook, the Thai redirect sources with their approve/decline page, and the PromptPay
 * biller ID (checked with promptparse, an independent decoder).
 */
import Omise from 'omise';
import { parse as parseEmvCo, validate as validateQr } from 'promptparse';
import {
  AUTHORIZATION_LIFETIME_MS,
  DEVELOPMENT_PROMPTPAY_BILLER_ID,
  SOURCE_TYPES,
  THREE_DS_TEST_CARD,
  createOmiseMock,
  promptPayBillerIdProblem,
  thaiTaxIdCheckDigit,
  type MockEvent,
  type OmiseMock,
} from './omise-mock';
import {
  PUBLIC_KEY,
  SECRET_KEY,
  WEBHOOK_SECRET,
  type WebhookReceiver,
  card,
  rawRequest,
  signatureVerifies,
  startGateway,
  useGateway,
} from './omise-mock.test-support';

type Client = ReturnType<typeof Omise>;

/** Luhn, written out here so that the gateway's own helper is not what checks it. */
function luhnOk(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, index) => {
    const digit = Number(char) * (index % 2 === 1 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  });
  return sum % 10 === 0;
}

describe('the local gateway for an integrator (official omise client)', () => {
  let mock: OmiseMock;
  let receiver: WebhookReceiver;
  let omise: Client;
  let clock = Date.parse('2026-11-23T02:00:00Z'); // 09:00 in Bangkok
  const BILLER_ID = '010555012345100';
  const gateway = useGateway({ now: () => new Date(clock), promptPayBillerId: BILLER_ID, promptPayMerchantName: 'BIZ PORTAL TEST' }, () => {
    clock += 60_000;
  });

  beforeAll(() => {
    ({ mock, receiver, omise } = gateway());
  });

  const token = async (number = '4242424242424242') => (await omise.tokens.create({ card: card(number) })).id;
  const events = () => Object.values(mock.state.events);
  /** The signed webhooks received about an object, as event keys (after every delivery is done). */
  const deliveredKeys = async (objectId: string): Promise<string[]> => {
    await mock.webhooksIdle();
    const hooks = receiver.forCharge(objectId);
    expect(hooks.every((hook) => signatureVerifies(hook, WEBHOOK_SECRET))).toBe(true);
    return hooks.map((hook) => (JSON.parse(hook.body) as MockEvent).key);
  };

  describe('customers and cards', () => {
    it('creates a customer with a card token, then updates, lists, charges and deletes it and its cards', async () => {
      const first = await token();
      const customer = await omise.customers.create({ email: 'somchai@example.co.th', description: 'ร้านอาหารสมชาย', metadata: { applicant: 'A-1' }, card: first });
      expect(customer).toMatchObject({ object: 'customer', livemode: false, email: 'somchai@example.co.th', metadata: { applicant: 'A-1' }, deleted: false });
      expect(customer.id).toMatch(/^cust_test_[0-9a-z]{19}$/);
      expect(customer.cards).toMatchObject({ object: 'list', total: 1, data: [{ object: 'card', last_digits: '4242', location: `/customers/${customer.id}/cards/${customer.default_card}` }] });
      await expect(omise.tokens.retrieve(first)).resolves.toMatchObject({ used: true });

      const second = await token('5555555555554444');
      const updated = await omise.customers.update(customer.id, { description: 'ร้านอาหารสมชาย สาขา 2', card: second });
      expect(updated.cards.total).toBe(2);
      expect(updated.default_card).toBe(customer.default_card);
      const masterCard = updated.cards.data.find((item) => item.brand === 'MasterCard')!;
      const moved = await rawRequest(mock.url, 'PATCH', `/customers/${customer.id}`, { body: JSON.stringify({ default_card: masterCard.id }) });
      expect(moved.json.default_card).toBe(masterCard.id);

      await expect(omise.customers.retrieve(customer.id)).resolves.toMatchObject({ description: 'ร้านอาหารสมชาย สาขา 2' });
      await expect(omise.customers.list({ limit: 100 })).resolves.toMatchObject({ object: 'list', location: '/customers' });
      await expect(omise.customers.listCards(customer.id)).resolves.toMatchObject({ object: 'list', total: 2 });
      await expect(omise.customers.retrieveCard(customer.id, masterCard.id)).resolves.toMatchObject({ id: masterCard.id, brand: 'MasterCard' });
      const renamed = await omise.customers.updateCard(customer.id, masterCard.id, { name: 'SOMCHAI P', expiration_month: 6, expiration_year: new Date(clock).getUTCFullYear() + 5 });
      expect(renamed).toMatchObject({ id: masterCard.id, name: 'SOMCHAI P', expiration_month: 6 });

      // A charge to the customer uses the default card, or the card named.
      const byDefault = await omise.charges.create({ amount: 50000, currency: 'thb', customer: customer.id });
      expect(byDefault).toMatchObject({ status: 'successful', paid: true, customer: customer.id, card: { id: masterCard.id } });
      const byCard = await omise.charges.create({ amount: 60000, currency: 'thb', customer: customer.id, card: customer.default_card });
      expect(byCard).toMatchObject({ status: 'successful', card: { id: customer.default_card, last_digits: '4242' } });

      const gone = await omise.customers.destroyCard(customer.id, masterCard.id);
      expect(gone).toMatchObject({ object: 'card', id: masterCard.id, deleted: true });
      await expect(omise.customers.retrieve(customer.id)).resolves.toMatchObject({ default_card: customer.default_card, cards: { total: 1 } });
      await expect(omise.customers.destroy(customer.id)).resolves.toMatchObject({ object: 'customer', id: customer.id, deleted: true });
      await expect(omise.customers.retrieve(customer.id)).rejects.toMatchObject({ object: 'error', code: 'not_found' });

      expect(await deliveredKeys(customer.id)).toEqual(['customer.create', 'customer.update', 'customer.update', 'customer.destroy']);
      expect(await deliveredKeys(masterCard.id)).toEqual(['card.update', 'card.destroy']);
    });

    it('answers an unknown customer, a foreign card and a customer without cards with Omise errors, charging nothing', async () => {
      const before = Object.keys(mock.state.charges).length;
      await expect(omise.charges.create({ amount: 5000, currency: 'thb', customer: 'cust_test_nobodyhere000000000' })).rejects.toMatchObject({
        object: 'error',
        code: 'not_found',
        message: 'customer cust_test_nobodyhere000000000 was not found',
      });
      const raw = await rawRequest(mock.url, 'GET', '/customers/cust_test_nobodyhere000000000');
      expect([raw.status, raw.json.code, raw.json.location]).toEqual([404, 'not_found', 'https://www.omise.co/api-errors#not-found']);

      const owner = await omise.customers.create({ card: await token() });
      const other = await omise.customers.create({ email: 'other@example.com' });
      await expect(omise.charges.create({ amount: 5000, currency: 'thb', customer: other.id })).rejects.toMatchObject({ code: 'missing_card' });
      await expect(omise.charges.create({ amount: 5000, currency: 'thb', customer: other.id, card: owner.default_card })).rejects.toMatchObject({ code: 'not_found' });
      await expect(omise.customers.retrieveCard(other.id, owner.default_card)).rejects.toMatchObject({ code: 'not_found' });
      await expect(omise.charges.create({ amount: 5000, currency: 'thb', customer: owner.id, card: await token() })).rejects.toMatchObject({ code: 'bad_request' });
      expect(Object.keys(mock.state.charges).length).toBe(before);
    });

    it('refuses a bad email, a used token and a past expiry, writing nothing', async () => {
      const customers = Object.keys(mock.state.customers).length;
      await expect(omise.customers.create({ email: 'not an email', card: await token() })).rejects.toMatchObject({ code: 'bad_request', message: 'email is invalid' });
      const used = await token();
      await omise.charges.create({ amount: 2000, currency: 'thb', card: used });
      await expect(omise.customers.create({ card: used })).rejects.toMatchObject({ code: 'used_token' });
      expect(Object.keys(mock.state.customers).length).toBe(customers);

      const customer = await omise.customers.create({ card: await token() });
      await expect(omise.customers.updateCard(customer.id, customer.default_card, { expiration_month: 1, expiration_year: 2020 })).rejects.toMatchObject({
        code: 'invalid_card',
        message: 'expiration date cannot be in the past',
      });
      await expect(omise.customers.retrieveCard(customer.id, customer.default_card)).resolves.toMatchObject({ expiration_month: 12 });
    });

    it('remembers what a saved card does: a declining card declines when the customer is charged', async () => {
      const customer = await omise.customers.create({ card: await token('4111111111140011') });
      const charge = await omise.charges.create({ amount: 5000, currency: 'thb', customer: customer.id });
      expect(charge).toMatchObject({ status: 'failed', failure_code: 'insufficient_fund', customer: customer.id });
    });
  });

  describe('authorize, then capture or reverse', () => {
    it('honours capture: false, then captures: charge.create, then charge.capture', async () => {
      const authorized = await omise.charges.create({ amount: 100000, currency: 'thb', card: await token(), capture: false });
      expect(authorized).toMatchObject({ status: 'pending', authorized: true, paid: false, capture: false, capturable: true, reversible: true, authorized_amount: 100000, captured_amount: 0, transaction: null });
      expect(authorized.approval_code).toMatch(/^\d{6}$/);
      const captured = await omise.charges.capture(authorized.id);
      expect(captured).toMatchObject({ status: 'successful', authorized: true, paid: true, capturable: false, reversible: false, captured_amount: 100000 });
      expect(captured.transaction).toMatch(/^trxn_test_/);
      await expect(omise.charges.capture(authorized.id)).rejects.toMatchObject({ code: 'failed_capture', message: expect.stringContaining('already captured') });
      await expect(omise.charges.reverse(authorized.id)).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('refund it instead') });
      expect(await deliveredKeys(authorized.id)).toEqual(['charge.create', 'charge.capture']);
    });

    it('reverses an authorization; a reversed charge cannot be captured, reversed again or refunded', async () => {
      const authorized = await omise.charges.create({ amount: 80000, currency: 'thb', card: await token(), capture: false });
      const reversed = await omise.charges.reverse(authorized.id);
      expect(reversed).toMatchObject({ status: 'reversed', reversed: true, authorized: true, paid: false, capturable: false, reversible: false });
      expect(reversed.reversed_at).toBe(new Date(clock).toISOString().replace('.000Z', 'Z'));
      await expect(omise.charges.capture(authorized.id)).rejects.toMatchObject({ object: 'error', code: 'failed_capture', message: expect.stringContaining('reversed') });
      await expect(omise.charges.reverse(authorized.id)).rejects.toMatchObject({ code: 'bad_request' });
      await expect(omise.charges.createRefund(authorized.id, { amount: 100 })).rejects.toMatchObject({ code: 'failed_refund' });
      await expect(omise.charges.retrieve(authorized.id)).resolves.toMatchObject({ status: 'reversed', captured_amount: 0, refunded_amount: 0 });
      expect(await deliveredKeys(authorized.id)).toEqual(['charge.create', 'charge.reverse']);
    });

    it('captures part of a pre_auth authorization and refunds no more than was captured', async () => {
      const authorized = await omise.charges.create({ amount: 100000, currency: 'thb', card: await token(), capture: false, authorization_type: Omise.AuthType.PreAuth });
      await expect(omise.charges.capture(authorized.id, { capture_amount: 100001 })).rejects.toMatchObject({ code: 'failed_capture' });
      const captured = await omise.charges.capture(authorized.id, { capture_amount: 60000 });
      expect(captured).toMatchObject({ status: 'successful', authorization_type: 'pre_auth', authorized_amount: 100000, captured_amount: 60000, funding_amount: 60000 });
      await expect(omise.charges.createRefund(authorized.id, { amount: 60001 })).rejects.toMatchObject({ code: 'failed_refund' });
      await expect(omise.charges.createRefund(authorized.id, { amount: 60000 })).resolves.toMatchObject({ amount: 60000 });

      const finalAuth = await omise.charges.create({ amount: 100000, currency: 'thb', card: await token(), capture: false });
      await expect(omise.charges.capture(finalAuth.id, { capture_amount: 50000 })).rejects.toMatchObject({ code: 'failed_capture', message: expect.stringContaining('pre_auth') });
    });

    it('refuses to capture what was never an authorization, and capture: false on a source', async () => {
      const paid = await omise.charges.create({ amount: 2000, currency: 'thb', card: await token() });
      await expect(omise.charges.capture(paid.id)).rejects.toMatchObject({ code: 'failed_capture' });
      const declined = await omise.charges.create({ amount: 2000, currency: 'thb', card: await token('4111111111130012'), capture: false });
      expect(declined).toMatchObject({ status: 'failed', authorized: false });
      await expect(omise.charges.capture(declined.id)).rejects.toMatchObject({ code: 'failed_capture' });
      await expect(omise.charges.capture('chrg_test_nothing000000000000')).rejects.toMatchObject({ code: 'not_found' });
      await expect(omise.charges.create({ amount: 2000, currency: 'thb', capture: false, source: { type: 'promptpay', amount: 2000, currency: 'thb' } } as never)).rejects.toMatchObject({
        code: 'invalid_charge',
      });
      await expect(rawRequest(mock.url, 'POST', '/charges', { body: JSON.stringify({ amount: 2000, currency: 'thb', card: await token(), capture: 'maybe' }) })).resolves.toMatchObject({
        status: 400,
        json: { code: 'bad_request' },
      });
    });

    it('expires an authorization left uncaptured for 7 days (charge.expire); capturing it then is expired_charge', async () => {
      const authorized = await omise.charges.create({ amount: 30000, currency: 'thb', card: await token(), capture: false });
      clock += AUTHORIZATION_LIFETIME_MS;
      await expect(omise.charges.capture(authorized.id)).rejects.toMatchObject({ code: 'expired_charge' });
      await expect(omise.charges.reverse(authorized.id)).rejects.toMatchObject({ code: 'expired_charge' });
      await expect(omise.charges.retrieve(authorized.id)).resolves.toMatchObject({ status: 'expired', expired: true, capturable: false });
      expect(await deliveredKeys(authorized.id)).toEqual(['charge.create', 'charge.expire']);
    });

    it('authorizes a 3-D Secure card with capture: false at authorize_uri, then captures it', async () => {
      const pending = await omise.charges.create({ amount: 40000, currency: 'thb', card: await token(THREE_DS_TEST_CARD), capture: false, return_uri: 'https://portal.example.th/back' });
      expect(pending).toMatchObject({ status: 'pending', authorized: false });
      const back = await rawRequest(pending.authorize_uri, 'GET', pending.authorize_uri, { key: null });
      expect([back.status, back.headers.location]).toEqual([302, 'https://portal.example.th/back']);
      await expect(omise.charges.retrieve(pending.id)).resolves.toMatchObject({ status: 'pending', authorized: true, paid: false, authenticated_by: '3DS' });
      await expect(omise.charges.capture(pending.id)).resolves.toMatchObject({ status: 'successful', paid: true });
      expect(await deliveredKeys(pending.id)).toEqual(['charge.create', 'charge.complete', 'charge.capture']);
    });
  });

  describe('refunds', () => {
    it('has the documented fields; a whole refund on the day is a void, with a card ARN and approval code', async () => {
      const charge = await omise.charges.create({ amount: 100000, currency: 'thb', card: await token() });
      const refund = await omise.charges.createRefund(charge.id, { amount: 100000, metadata: { reason: 'duplicate' } });
      expect(refund).toMatchObject({
        object: 'refund',
        livemode: false,
        location: `/charges/${charge.id}/refunds/${refund.id}`,
        amount: 100000,
        currency: 'THB',
        funding_amount: 100000,
        funding_currency: 'THB',
        charge: charge.id,
        status: 'closed',
        voided: true,
        metadata: { reason: 'duplicate' },
      });
      const fields = refund as unknown as { acquirer_reference_number: string; approval_code: string; transaction: string };
      expect(fields.acquirer_reference_number).toMatch(/^7\d{22}$/);
      expect(luhnOk(fields.acquirer_reference_number)).toBe(true);
      expect(fields.approval_code).toMatch(/^\d{6}$/);
      expect(fields.transaction).toMatch(/^trxn_test_/);
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ voided: true, refunded_amount: 100000, refundable: false });
      expect(await deliveredKeys(refund.id)).toEqual(['refund.create']);
    });

    it('caps partial refunds at what remains, writing nothing for a refusal; a refund after settlement is not a void', async () => {
      const charge = await omise.charges.create({ amount: 50000, currency: 'thb', card: await token() });
      clock += 24 * 3600 * 1000; // the next day in Bangkok: settled
      const first = await omise.charges.createRefund(charge.id, { amount: 20000 });
      expect(first).toMatchObject({ amount: 20000, voided: false, status: 'closed' });
      await expect(omise.charges.createRefund(charge.id, { amount: 30001 })).rejects.toMatchObject({
        object: 'error',
        code: 'failed_refund',
        message: 'amount 30001 exceeds the refundable amount 30000',
      });
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ refunded_amount: 20000, refundable: true, refunds: { total: 1 } });
      await expect(omise.charges.createRefund(charge.id, { amount: 30000 })).resolves.toMatchObject({ voided: false });
      await expect(omise.charges.createRefund(charge.id, { amount: 1 })).rejects.toMatchObject({ code: 'failed_refund' });
      await expect(omise.charges.listRefunds(charge.id)).resolves.toMatchObject({ total: 2 });
      const all = await rawRequest(mock.url, 'GET', '/refunds?limit=100');
      expect(all.json.data.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([first.id]));
    });

    it('refunds a PromptPay charge without card references', async () => {
      const charge = await omise.charges.create({ amount: 30000, currency: 'thb', source: { type: 'promptpay', amount: 30000, currency: 'thb' } });
      await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_paid`);
      const refund = await omise.charges.createRefund(charge.id, { amount: 10000 });
      expect(refund).toMatchObject({ acquirer_reference_number: null, approval_code: null, voided: false, status: 'closed' });
    });
  });

  describe('events', () => {
    it('lists every charge event and sends each as a signed webhook, the way charge.complete is sent', async () => {
      const authorized = await omise.charges.create({ amount: 70000, currency: 'thb', card: await token(), capture: false, metadata: { order: '1' } });
      await omise.charges.update(authorized.id, { metadata: { order: '1', note: 'บันทึก' } } as never); // the client's type wants amount and currency; the API does not
      await omise.charges.capture(authorized.id);
      await omise.charges.createRefund(authorized.id, { amount: 1000 });
      const offline = await omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' } });
      await omise.charges.expire(offline.id);
      const reversed = await omise.charges.create({ amount: 2000, currency: 'thb', card: await token(), capture: false });
      await omise.charges.reverse(reversed.id);

      expect(await deliveredKeys(authorized.id)).toEqual(['charge.create', 'charge.update', 'charge.capture']);
      expect(await deliveredKeys(offline.id)).toEqual(['charge.create', 'charge.expire']);
      expect(await deliveredKeys(reversed.id)).toEqual(['charge.create', 'charge.reverse']);
      const listed = await omise.events.list({ limit: 100, order: 'reverse_chronological' });
      const keys = new Set(listed.data.map((event) => event.key));
      for (const key of ['charge.create', 'charge.update', 'charge.capture', 'charge.reverse', 'charge.expire', 'refund.create']) expect(keys).toContain(key);
      const update = events().find((event) => event.key === 'charge.update' && event.data.id === authorized.id)!;
      expect(update.data).toMatchObject({ metadata: { note: 'บันทึก' } });
      expect(update.webhook_deliveries).toEqual([expect.objectContaining({ status: 200, attempt: 1 })]);
    });
  });

  describe('Thai redirect sources', () => {
    const redirectTypes = Object.keys(SOURCE_TYPES).filter((type) => type !== 'promptpay');
    const sourceFor = (type: string, amount: number) => ({ type, amount, currency: 'thb', ...(SOURCE_TYPES[type].needsPhoneNumber ? { phone_number: '0812345678' } : {}) });
    const form = (decision: string) => ({ body: `decision=${decision}`, contentType: 'application/x-www-form-urlencoded', key: null });

    it('offers mobile banking, TrueMoney and Rabbit LINE Pay', () => {
      expect(redirectTypes.sort()).toEqual(
        ['mobile_banking_bay', 'mobile_banking_bbl', 'mobile_banking_kbank', 'mobile_banking_ktb', 'mobile_banking_scb', 'rabbit_linepay', 'truemoney', 'truemoney_jumpapp'].sort(),
      );
    });

    it.each(Object.keys(SOURCE_TYPES).filter((type) => type !== 'promptpay'))('%s: approve on the authorize page, back to return_uri, charge.complete', async (type) => {
      const source = await omise.sources.create(sourceFor(type, 150000));
      expect(source).toMatchObject({ object: 'source', type, flow: SOURCE_TYPES[type].flow, amount: 150000, charge_status: 'unknown' });
      const charge = await omise.charges.create({ amount: 150000, currency: 'thb', source: source.id, return_uri: `https://portal.example.th/return?type=${type}` });
      expect(charge).toMatchObject({ status: 'pending', paid: false, source: { id: source.id, charge_status: 'pending' } });
      expect(charge.authorize_uri).toMatch(new RegExp(`^${mock.url}/payments/paym_test_[0-9a-z]{19}/authorize$`));

      const page = await rawRequest(charge.authorize_uri, 'GET', charge.authorize_uri, { key: null });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.text).toContain('<html lang="th">');
      expect(page.text).toContain('฿1,500.00');
      expect(page.text).toContain(SOURCE_TYPES[type].label);
      expect(page.text).toContain('name="decision" value="approve"');
      expect(page.text).toContain('name="decision" value="decline"');

      const approved = await rawRequest(charge.authorize_uri, 'POST', charge.authorize_uri, form('approve'));
      expect([approved.status, approved.headers.location]).toEqual([303, `https://portal.example.th/return?type=${type}`]);
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ status: 'successful', paid: true, source: { charge_status: 'successful' } });
      // A second answer changes nothing.
      await rawRequest(charge.authorize_uri, 'POST', charge.authorize_uri, form('decline'));
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ status: 'successful' });
      expect(await deliveredKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
      expect(JSON.parse(receiver.forCharge(charge.id, 'charge.complete')[0].body).data).toMatchObject({ status: 'successful', source: { type } });
    });

    it('declines on the page: the charge fails with payment_rejected', async () => {
      const charge = await omise.charges.create({ amount: 5000, currency: 'thb', source: sourceFor('rabbit_linepay', 5000), return_uri: 'https://portal.example.th/r' });
      const declined = await rawRequest(charge.authorize_uri, 'POST', charge.authorize_uri, form('decline'));
      expect(declined.status).toBe(303);
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ status: 'failed', failure_code: 'payment_rejected', paid: false });
      const page = await rawRequest(charge.authorize_uri, 'GET', charge.authorize_uri, { key: null });
      expect(page.text).not.toContain('name="decision"');
      expect(page.text).toContain('ไม่สำเร็จ / failed');
      const nonsense = await rawRequest(charge.authorize_uri, 'POST', charge.authorize_uri, form('maybe'));
      expect([nonsense.status, nonsense.json.code]).toEqual([400, 'bad_request']);
    });

    it('checks sources and charges: phone number, return_uri, type, amount; mark_as_paid is for offline sources only', async () => {
      await expect(omise.sources.create({ type: 'truemoney', amount: 5000, currency: 'thb' })).rejects.toMatchObject({ code: 'bad_request', message: 'phone_number is required for truemoney' });
      await expect(omise.sources.create({ type: 'truemoney', amount: 5000, currency: 'thb', phone_number: '12345' })).rejects.toMatchObject({ code: 'bad_request' });
      await expect(omise.sources.create({ type: 'mobile_banking_xyz', amount: 5000, currency: 'thb' })).rejects.toMatchObject({ code: 'bad_request' });
      await expect(omise.sources.create({ type: 'mobile_banking_scb', amount: 1999, currency: 'thb' })).rejects.toMatchObject({ code: 'bad_request' });
      const sources = Object.keys(mock.state.sources).length;
      await expect(omise.charges.create({ amount: 5000, currency: 'thb', source: { type: 'mobile_banking_kbank', amount: 5000, currency: 'thb' } } as never)).rejects.toMatchObject({
        code: 'invalid_charge',
        message: expect.stringContaining('return_uri is required'),
      });
      expect(Object.keys(mock.state.sources).length).toBe(sources); // the inline source was not kept
      const charge = await omise.charges.create({ amount: 5000, currency: 'thb', source: sourceFor('mobile_banking_ktb', 5000), return_uri: 'https://portal.example.th/r' });
      const marked = await rawRequest(mock.url, 'POST', `/charges/${charge.id}/mark_as_paid`);
      expect([marked.status, marked.json.code]).toEqual([400, 'bad_request']);
    });

    it('expires a redirect charge the payer never finished (charge.expire), and the page then offers no choice', async () => {
      const charge = await omise.charges.create({
        amount: 5000,
        currency: 'thb',
        source: sourceFor('truemoney_jumpapp', 5000),
        return_uri: 'https://portal.example.th/r',
        expires_at: new Date(clock + 60_000).toISOString(),
      });
      clock += 61_000;
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ status: 'expired', source: { charge_status: 'expired' } });
      const late = await rawRequest(charge.authorize_uri, 'POST', charge.authorize_uri, form('approve'));
      expect(late.status).toBe(303);
      await expect(omise.charges.retrieve(charge.id)).resolves.toMatchObject({ status: 'expired', paid: false });
      expect(await deliveredKeys(charge.id)).toEqual(['charge.create', 'charge.expire']);
    });
  });

  describe('PromptPay biller ID', () => {
    it('puts the configured biller ID in the QR, as an independent decoder (promptparse) reads it', async () => {
      const charge = await omise.charges.create({ amount: 123450, currency: 'thb', source: { type: 'promptpay', amount: 123450, currency: 'thb' } });
      const image = charge.source!.scannable_code.image as unknown as { id: string };
      const payload = mock.state.documents[image.id].payload;
      expect(parseEmvCo(payload, true)?.validate('63')).toBe(true);
      expect(validateQr.billPayment(payload)).toEqual({ billerId: BILLER_ID, ref1: charge.id.replace('chrg_test_', '').toUpperCase(), amount: 1234.5 });
      expect(parseEmvCo(payload)?.getTagValue('59')).toBe('BIZ PORTAL TEST');
    });

    it('defaults to a made-up biller ID that is valid, never zeros, and refuses a bad one', () => {
      expect(promptPayBillerIdProblem(DEVELOPMENT_PROMPTPAY_BILLER_ID)).toBeNull();
      expect(thaiTaxIdCheckDigit('010555012345')).toBe('1');
      const options = { publicKey: PUBLIC_KEY, secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET };
      for (const bad of ['000000000000000', '010555012345200', '01055501234510', 'ABCDEFGHIJKLMNO']) {
        expect(() => createOmiseMock({ ...options, promptPayBillerId: bad })).toThrow(/biller ID/);
      }
    });

    it('uses the development biller ID when none is configured', async () => {
      const plain = await startGateway({ now: () => new Date(clock) });
      try {
        const charge = await plain.omise.charges.create({ amount: 2000, currency: 'thb', source: { type: 'promptpay', amount: 2000, currency: 'thb' } });
        const image = charge.source!.scannable_code.image as unknown as { id: string };
        expect(validateQr.billPayment(plain.mock.state.documents[image.id].payload)?.billerId).toBe(DEVELOPMENT_PROMPTPAY_BILLER_ID);
      } finally {
        await plain.close();
      }
    });
  });
});
