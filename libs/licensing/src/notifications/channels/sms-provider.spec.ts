import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ThaiBulkSmsProvider } from './sms-provider';

interface Received {
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  form: Record<string, string>;
}

/** A local server that plays ThaiBulkSMS API v2's `POST /sms`: 201 with the numbers sent to, or its error object. */
async function fakeThaiBulkSms(): Promise<{ server: Server; url: string; received: Received[]; mode: { answer: 'ok' | 'credit' | 'bad-number' | 'garbage' } }> {
  const received: Received[] = [];
  const mode = { answer: 'ok' as 'ok' | 'credit' | 'bad-number' | 'garbage' };
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
  };
  const server = createServer(async (req, res) => {
    const form = await read(req);
    received.push({ path: `${req.method} ${req.url}`, authorization: req.headers.authorization, contentType: req.headers['content-type'], form });
    res.setHeader('Content-Type', 'application/json');
    if (req.url !== '/sms' || req.method !== 'POST') return res.writeHead(404).end(JSON.stringify({ error: { code: 404, name: 'NOT_FOUND', description: 'Not found' } }));
    if (req.headers.authorization !== `Basic ${Buffer.from('key-1:secret-1').toString('base64')}`) {
      return res.writeHead(401).end(JSON.stringify({ error: { code: 107, name: 'ERROR_API_KEY_NOT_FOUND', description: 'API key or secret is incorrect' } }));
    }
    if (mode.answer === 'credit') return res.writeHead(400).end(JSON.stringify({ error: { code: 104, name: 'ERROR_CREDIT_NOT_ENOUGH', description: 'Credit not enough' } }));
    if (mode.answer === 'garbage') return res.writeHead(502).end('<html>bad gateway</html>');
    const number = form.msisdn.replace(/^0/, '66');
    if (mode.answer === 'bad-number') {
      return res.writeHead(201).end(JSON.stringify({ remaining_credit: 10, total_use_credit: 0, credit_type: 'standard', phone_number_list: [], bad_phone_number_list: [{ number, message: 'Invalid phone number' }] }));
    }
    res.writeHead(201).end(JSON.stringify({ remaining_credit: 9, total_use_credit: 1, credit_type: 'standard', phone_number_list: [{ number, message_id: 'tbs-123', used_credit: 1 }], bad_phone_number_list: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}`, received, mode };
}

describe('ThaiBulkSmsProvider against a local server playing ThaiBulkSMS API v2', () => {
  let fake: Awaited<ReturnType<typeof fakeThaiBulkSms>>;
  beforeAll(async () => (fake = await fakeThaiBulkSms()));
  afterAll(() => new Promise((resolve) => fake.server.close(resolve)));
  beforeEach(() => {
    fake.received.length = 0;
    fake.mode.answer = 'ok';
  });
  const provider = (apiSecret = 'secret-1') => new ThaiBulkSmsProvider({ url: fake.url, apiKey: 'key-1', apiSecret, sender: 'BizPortal', timeoutMs: 2000 });

  it('posts the form with HTTP Basic and takes the message id', async () => {
    await expect(provider().send('+66812345678', 'คำขอ A-1 ได้รับอนุมัติแล้ว')).resolves.toEqual({ providerMessageId: 'tbs-123' });
    expect(fake.received).toEqual([
      {
        path: 'POST /sms',
        authorization: `Basic ${Buffer.from('key-1:secret-1').toString('base64')}`,
        contentType: 'application/x-www-form-urlencoded',
        form: { msisdn: '0812345678', message: 'คำขอ A-1 ได้รับอนุมัติแล้ว', sender: 'BizPortal' },
      },
    ]);
  });

  it('fails with the provider’s error code and name', async () => {
    fake.mode.answer = 'credit';
    await expect(provider().send('+66812345678', 'x')).rejects.toThrow('ThaiBulkSMS refused (HTTP 400): 104 ERROR_CREDIT_NOT_ENOUGH Credit not enough');
    await expect(provider('wrong').send('+66812345678', 'x')).rejects.toThrow(/HTTP 401\): 107 ERROR_API_KEY_NOT_FOUND/);
  });

  it('fails on a refused number, an answer that is not JSON, and an unreachable server', async () => {
    fake.mode.answer = 'bad-number';
    await expect(provider().send('+66812345678', 'x')).rejects.toThrow('ThaiBulkSMS refused the number 0812345678: Invalid phone number');
    fake.mode.answer = 'garbage';
    await expect(provider().send('+66812345678', 'x')).rejects.toThrow('ThaiBulkSMS refused (HTTP 502)');
    const down = new ThaiBulkSmsProvider({ url: 'http://127.0.0.1:9', apiKey: 'k', apiSecret: 's', sender: 'BizPortal', timeoutMs: 500 });
    await expect(down.send('+66812345678', 'x')).rejects.toThrow(/ThaiBulkSMS unreachable/);
  });
});
