import { startTestApp, type TestApp } from './support/test-app';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Its own file: the app reads its settings once per test process, and this one needs a low limit. */
describe('Public hearings: the rate limit of commenting (RATE_LIMIT_HEARING_COMMENT)', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ RATE_LIMIT_HEARING_COMMENT: '2' });
  });
  afterAll(() => limited.close());

  it('refuses a third comment or photo from one address in the window with 429 RATE_LIMIT_HEARING_COMMENT, storing nothing', async () => {
    const token = `Bearer ${await limited.login('suda')}`;
    const url = '/api/v1/hearings/7d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f60/comments';
    const body = { stance: 'oppose', text: 'เสียงดัง / noisy' };
    for (let i = 0; i < 2; i++) expect((await limited.http.post(url).set('Authorization', token).send(body)).status).toBe(404);
    const third = await limited.http.post(url).set('Authorization', token).send(body);
    expect({ status: third.status, code: third.body.code }).toEqual({ status: 429, code: 'RATE_LIMIT_HEARING_COMMENT' });
    expect(third.body.message).toMatch(/ถี่เกินไป/);
    expect(third.headers['retry-after']).toMatch(/^\d+$/);
    for (let i = 0; i < 2; i++) expect((await limited.http.post('/api/v1/hearing-comments/photos').set('Authorization', token).attach('file', PNG, 'p.png')).status).toBe(201);
    const photo = await limited.http.post('/api/v1/hearing-comments/photos').set('Authorization', token).attach('file', PNG, 'p.png');
    expect({ status: photo.status, code: photo.body.code }).toEqual({ status: 429, code: 'RATE_LIMIT_HEARING_COMMENT' });
    expect(await limited.count('hearing_comments')).toBe(0);
    expect(await limited.count('hearing_photos')).toBe(2);
  });
});
