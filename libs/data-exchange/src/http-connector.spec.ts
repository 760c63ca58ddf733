import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadGatewayError, InvalidInputError, NotFoundError, ServiceUnavailableError } from '@bizportal/common';
import { createDataExchange, DataExchange, DEFAULT_FIXTURES, HttpDataExchangeConnector, isAuthorisedDirector, type JuristicPersonRecord } from '.';

const KEY = 'test-key-0123456789';
const citizens = DEFAULT_FIXTURES.citizens as { nationalId: string }[];
const companies = DEFAULT_FIXTURES.juristicPersons as JuristicPersonRecord[];

/** A small stand-in for the government data exchange: a real HTTP server answering from the fixture records. */
function startRegistry() {
  const requests: { url: string; apiKey: string | undefined }[] = [];
  const behaviour: { status?: number; body?: string; hang?: boolean } = {};
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push({ url: req.url ?? '', apiKey: req.headers['x-api-key'] as string | undefined });
    if (behaviour.hang) return; // never answers
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
    if (behaviour.status || behaviour.body !== undefined) return send(behaviour.status ?? 200, behaviour.body ?? { error: 'simulated' });
    if (req.headers['x-api-key'] !== KEY) return send(401, { error: 'bad key' });
    const url = new URL(req.url ?? '/', 'http://registry');
    let m = /^\/gdx\/citizens\/(\d+)$/.exec(url.pathname);
    if (m) {
      const found = citizens.find((c) => c.nationalId === m![1]);
      return found ? send(200, found) : send(404, { error: 'not found' });
    }
    m = /^\/gdx\/juristic-persons\/(\d+)$/.exec(url.pathname);
    if (m) {
      const found = companies.find((c) => c.registrationNumber === m![1]);
      return found ? send(200, found) : send(404, { error: 'not found' });
    }
    if (url.pathname === '/gdx/juristic-persons' && url.searchParams.has('directorNationalId')) {
      const id = url.searchParams.get('directorNationalId')!;
      // Includes one record that does not name the director: the connector must drop it.
      return send(200, { items: [...companies.filter((c) => isAuthorisedDirector(c, id)), companies.find((c) => !isAuthorisedDirector(c, id))] });
    }
    send(404, { error: 'no route' });
  });
  return { server, requests, behaviour };
}

describe('HTTP data exchange against a real HTTP server', () => {
  const registry = startRegistry();
  let exchange: DataExchange;
  let baseUrl = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => registry.server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(registry.server.address() as AddressInfo).port}/gdx`;
    exchange = createDataExchange({ mode: 'http', url: baseUrl, apiKey: KEY, timeoutMs: 300 });
  });
  afterAll(async () => {
    registry.server.closeAllConnections();
    await new Promise((resolve) => registry.server.close(resolve));
  });
  afterEach(() => {
    for (const key of Object.keys(registry.behaviour)) delete registry.behaviour[key as keyof typeof registry.behaviour];
    registry.requests.length = 0;
  });

  it('fetches a citizen with the API key and says where the record came from', async () => {
    const somchai = await exchange.citizen('1101700230708');
    expect(somchai.source).toBe('http:dopa');
    expect(somchai.record.address.subdistrict.code).toBe('103301');
    expect(registry.requests).toEqual([{ url: '/gdx/citizens/1101700230708', apiKey: KEY }]);
  });

  it('fetches a juristic person and the ones a citizen directs', async () => {
    const company = await exchange.juristicPerson('0105560012342');
    expect(company.source).toBe('http:dbd');
    expect(company.record.name.en).toBe('Krua Wanee Company Limited');
    const directed = await exchange.juristicPersonsDirectedBy('3101005678123');
    expect(directed.record.map((r) => r.registrationNumber)).toEqual(['0125562001232']);
    expect(registry.requests.at(-1)?.url).toBe('/gdx/juristic-persons?directorNationalId=3101005678123');
  });

  it('maps 404 to not found, naming the field', async () => {
    await expect(exchange.juristicPerson('0105599999997', 'applicant.registrationNumber')).rejects.toMatchObject({
      constructor: NotFoundError,
      code: 'JURISTIC_PERSON_NOT_FOUND',
      message: expect.stringMatching(/No juristic person is registered under 0105599999997/),
      details: [{ field: 'applicant.registrationNumber', problem: 'no such record' }],
    });
  });

  it('sends nothing for an invalid number', async () => {
    await expect(exchange.juristicPerson('0105560012343')).rejects.toMatchObject({ constructor: InvalidInputError, code: 'REGISTRATION_NUMBER_INVALID' });
    await expect(exchange.citizen('12345')).rejects.toMatchObject({ constructor: InvalidInputError, code: 'NATIONAL_ID_INVALID' });
    expect(registry.requests).toEqual([]);
  });

  it('treats 5xx and 429 as the exchange being down (503)', async () => {
    registry.behaviour.status = 502;
    await expect(exchange.citizen('1101700230708')).rejects.toMatchObject({ constructor: ServiceUnavailableError, code: 'DATA_EXCHANGE_UNAVAILABLE' });
    registry.behaviour.status = 429;
    await expect(exchange.juristicPerson('0105560012342')).rejects.toMatchObject({ constructor: ServiceUnavailableError, code: 'DATA_EXCHANGE_UNAVAILABLE', details: { upstream: 'HTTP 429' } });
  });

  it('gives up after the timeout (503)', async () => {
    registry.behaviour.hang = true;
    const started = Date.now();
    await expect(exchange.citizen('1101700230708')).rejects.toMatchObject({ constructor: ServiceUnavailableError, details: { upstream: 'no answer within 300 ms' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports refused credentials, unexpected statuses and unusable answers as a bad gateway (502)', async () => {
    const keyless = createDataExchange({ mode: 'http', url: baseUrl, timeoutMs: 1000 });
    await expect(keyless.citizen('1101700230708')).rejects.toMatchObject({
      constructor: BadGatewayError,
      code: 'DATA_EXCHANGE_CREDENTIALS_REFUSED',
      message: expect.stringMatching(/DATA_EXCHANGE_API_KEY/),
    });
    registry.behaviour.body = 'not json';
    await expect(exchange.citizen('1101700230708')).rejects.toMatchObject({ constructor: BadGatewayError, code: 'DATA_EXCHANGE_BAD_ANSWER', details: { upstream: 'the answer is not JSON' } });
    registry.behaviour.body = JSON.stringify({ ...citizens[0], nationalId: '1101700230709' });
    await expect(exchange.citizen('1101700230708')).rejects.toMatchObject({ constructor: BadGatewayError, details: { upstream: expect.stringMatching(/wrong check digit/) } });
    registry.behaviour.body = JSON.stringify(citizens[1]);
    await expect(exchange.citizen('1101700230708')).rejects.toMatchObject({ constructor: BadGatewayError, details: { upstream: 'asked for 1101700230708, answered 3101005678123' } });
    registry.behaviour.body = JSON.stringify({ items: 'none' });
    await expect(exchange.juristicPersonsDirectedBy('1101700230708')).rejects.toBeInstanceOf(BadGatewayError);
    registry.behaviour.status = 400;
    registry.behaviour.body = '{}';
    await expect(exchange.citizen('1101700230708')).rejects.toMatchObject({ constructor: BadGatewayError, details: { upstream: 'HTTP 400' } });
  });

  it('reports a closed port as the exchange being down (503)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = new DataExchange(new HttpDataExchangeConnector({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 1000 }));
    await expect(down.citizen('1101700230708')).rejects.toMatchObject({ constructor: ServiceUnavailableError, details: { upstream: 'could not connect' } });
  });

  it('refuses http mode without a URL', () => {
    expect(() => createDataExchange({ mode: 'http', timeoutMs: 1000 })).toThrow(/DATA_EXCHANGE_URL/);
  });
});
