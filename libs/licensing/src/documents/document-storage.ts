import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type * as S3 from '@aws-sdk/client-s3';

/**
 * Where the bytes of uploaded documents are kept, by key. Keys are made by DocumentsService
 * (`applications/<applicationId>/<documentId>`), one object per uploaded document, never reused.
 */
export abstract class DocumentStorage {
  abstract readonly kind: 'local' | 's3';
  abstract put(key: string, content: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such object. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the object; no error when it is already gone. */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9]+(?:[/-][a-z0-9]+)*$/;
function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Invalid document key '${key}'`);
  return key;
}

/** Files under one directory (`DOCUMENTS_DIR`, default data/documents): the embedded mode. */
export class LocalDiskStorage extends DocumentStorage {
  readonly kind = 'local';
  readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  private path(key: string): string {
    return join(this.root, ...checkedKey(key).split('/'));
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // Written aside and renamed, so a crash never leaves half a file under the key.
    const temporary = `${path}.${randomUUID()}.part`;
    try {
      await writeFile(temporary, content, { mode: 0o600, flag: 'wx' });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

export interface S3Settings {
  bucket: string;
  /** An S3-compatible server (MinIO, Ceph, s3rver); unset for AWS itself. */
  endpoint?: string;
  region: string;
  /** Path-style URLs (`endpoint/bucket/key`), which local servers need. */
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Key prefix inside the bucket. */
  prefix?: string;
}

/** S3-compatible object storage through the official AWS SDK. */
export class S3Storage extends DocumentStorage {
  readonly kind = 's3';
  private readonly client: S3.S3Client;
  // The AWS SDK is loaded when an S3 store is made: the local store never needs it, and loading it at import added
  // about 0.3 s to every start of the API.
  private readonly sdk = require('@aws-sdk/client-s3') as typeof S3;

  constructor(private readonly settings: S3Settings) {
    super();
    const config: S3.S3ClientConfig = {
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // Checksums only where S3 requires them: S3-compatible servers do not all take the SDK's trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    this.client = new this.sdk.S3Client(config);
  }

  private key(key: string): string {
    return `${this.settings.prefix ?? ''}${checkedKey(key)}`;
  }

  async put(key: string, content: Buffer, contentType: string): Promise<void> {
    await this.client.send(new this.sdk.PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key), Body: content, ContentType: contentType, ContentLength: content.length }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(new this.sdk.GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return Buffer.from(await answer.Body!.transformToByteArray());
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new this.sdk.DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}

/** The settings the documents module reads from the environment (validated in apps/api/src/environment.ts). */
export interface DocumentSettings {
  maxBytes: number;
  storage: { kind: 'local'; dir: string } | ({ kind: 's3' } & S3Settings);
}

export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_DOCUMENTS_DIR = 'data/documents';

type Env = (name: string) => string | undefined;

/** S3 when `S3_BUCKET` is set, else local disk under `DOCUMENTS_DIR`. */
export function documentSettings(env: Env): DocumentSettings {
  const maxBytes = env('DOCUMENT_MAX_BYTES') ? Number(env('DOCUMENT_MAX_BYTES')) : DEFAULT_DOCUMENT_MAX_BYTES;
  const bucket = env('S3_BUCKET');
  if (!bucket) return { maxBytes, storage: { kind: 'local', dir: env('DOCUMENTS_DIR') || DEFAULT_DOCUMENTS_DIR } };
  const endpoint = env('S3_ENDPOINT') || undefined;
  const accessKeyId = env('S3_ACCESS_KEY_ID');
  const secretAccessKey = env('S3_SECRET_ACCESS_KEY');
  const pathStyle = env('S3_FORCE_PATH_STYLE');
  return {
    maxBytes,
    storage: {
      kind: 's3',
      bucket,
      endpoint,
      region: env('S3_REGION') || 'us-east-1',
      forcePathStyle: pathStyle === undefined || pathStyle === '' ? endpoint !== undefined : ['1', 'true', 'yes', 'on'].includes(pathStyle.toLowerCase()),
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      prefix: env('S3_PREFIX') || undefined,
    },
  };
}

export function storageFor(settings: DocumentSettings['storage']): DocumentStorage {
  return settings.kind === 'local' ? new LocalDiskStorage(settings.dir) : new S3Storage(settings);
}
