import { startTestApp, type TestApp } from './support/test-app';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const DESCRIPTION = 'ร้านเปิดเพลงเสียงดังทุกคืนจนตีสอง / loud music every night until 2 a.m.';

/** Its own file: the app reads its settings once per test process, and this one needs a low limit. */
describe('Complaints: the rate limit of making one (RATE_LIMIT_COMPLAINT)', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ RATE_LIMIT_COMPLAINT: '2' });
  });
  afterAll(() => limited.close());

  it('refuses a third complaint or photo from one address in the window with 429 RATE_LIMITED, storing nothing', async () => {
    const token = `Bearer ${await limited.login('suda')}`;
    const body = { licenceNumber: 'BMA-XX/2569/000001', category: 'noise', description: DESCRIPTION, anonymousToHolder: true };
    for (let i = 0; i < 2; i++) expect((await limited.http.post('/api/v1/complaints').set('Authorization', token).send(body)).status).toBe(404);
    const third = await limited.http.post('/api/v1/complaints').set('Authorization', token).send(body);
    expect({ status: third.status, code: third.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect(third.headers['retry-after']).toMatch(/^\d+$/);
    for (let i = 0; i < 2; i++) expect((await limited.http.post('/api/v1/complaints/photos').set('Authorization', token).attach('file', PNG, 'p.png')).status).toBe(201);
    expect((await limited.http.post('/api/v1/complaints/photos').set('Authorization', token).attach('file', PNG, 'p.png')).status).toBe(429);
    expect(await limited.count('complaints')).toBe(0);
    expect(await limited.count('complaint_photos')).toBe(2);
  });
});
