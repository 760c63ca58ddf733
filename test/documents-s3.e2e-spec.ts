import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Storage } from '@bizportal/licensing';
import { attachRequiredDocuments, samplePdf, uploadDocument } from './support/documents';
import { createFoodApplication, sendEvent } from './support/flows';
import { startTestApp } from './support/test-app';

// s3rver (a local S3-compatible server, for tests) ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function filesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? filesUnder(path) : 1);
  }, 0);
}

/** Supertest reads binary bodies into a Buffer only when told how. */
function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: unknown) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('Documents in S3-compatible storage (s3rver)', () => {
  let server: InstanceType<typeof S3rver>;
  let dir: string;
  let endpoint: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bizportal-s3rver-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true, configureBuckets: [{ name: 'documents' }] });
    endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts, gets and deletes objects', async () => {
    const store = new S3Storage({ bucket: 'documents', endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const content = await samplePdf('S3');
    await store.put('applications/a1/d1', content, 'application/pdf');
    expect(sha256((await store.get('applications/a1/d1'))!)).toBe(sha256(content));
    await store.delete('applications/a1/d1');
    expect(await store.get('applications/a1/d1')).toBeNull();
    store.destroy();
  });

  // The app reads its environment once per test file: this suite starts only this one app.
  it('serves uploads through the API from the bucket, and submits', async () => {
    const store = new S3Storage({ bucket: 'documents', endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const t = await startTestApp({ S3_BUCKET: 'documents', S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' });
    try {
      const { id } = await createFoodApplication(t, 'somchai', {}, { documents: false });
      const content = await samplePdf('เก็บใน S3');
      const up = await uploadDocument(t, id, 'somchai', 'site-plan', content);
      expect(up.status).toBe(201);
      expect(filesUnder(t.documentsDir)).toBe(0);
      // The bytes are in the bucket under the document's key.
      expect(sha256((await store.get(`applications/${id}/${up.body.id}`))!)).toBe(sha256(content));
      const res = await t.http.get(`/api/v1/applications/${id}/documents/${up.body.id}`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).buffer(true).parse(binary as never).expect(200);
      expect(sha256(res.body as Buffer)).toBe(sha256(content));
      await attachRequiredDocuments(t, id);
      expect((await sendEvent(t, id, { as: 'somchai', type: 'SUBMIT' })).status).toBe(200);
    } finally {
      await t.close();
      store.destroy();
      for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete process.env[name];
    }
  });
});
