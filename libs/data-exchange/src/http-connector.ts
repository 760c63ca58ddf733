import type { DomainError } from '@bizportal/common';
import { REGISTRY, type DataExchangeConnector } from './connector';
import { DataExchangeErrors } from './data-exchange-errors';
import { citizenRecordProblems, juristicPersonRecordProblems } from './record-schema';
import { isAuthorisedDirector, type CitizenRecord, type Fetched, type JuristicPersonRecord } from './records';

export interface HttpConnectorOptions {
  /** e.g. https://gdx.example.go.th/bizportal/v1 */
  baseUrl: string;
  /** Sent as `X-API-Key` when set. */
  apiKey?: string;
  timeoutMs: number;
}

/**
 * The government data exchange over HTTP, JSON both ways:
 * - `GET {base}/citizens/{nationalId}` → a citizen record;
 * - `GET {base}/juristic-persons/{registrationNumber}` → a juristic-person record;
 * - `GET {base}/juristic-persons?directorNationalId={nationalId}` → `{"items": [records]}`, the juristic
 *   persons naming that citizen among their authorised directors.
 * 404 means no such record; a refused connection, a timeout, 429 or 5xx means the exchange is down (503
 * to our caller); 401/403, another 4xx or an answer that breaks the record schema is a bad gateway (502).
 */
export class HttpDataExchangeConnector implements DataExchangeConnector {
  readonly kind = 'http' as const;
  private readonly base: URL;

  constructor(private readonly options: HttpConnectorOptions) {
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') throw new Error(`DATA_EXCHANGE_URL must be http(s), not ${this.base.protocol}`);
  }

  async citizen(nationalId: string): Promise<Fetched<CitizenRecord>> {
    const body = await this.get(`citizens/${nationalId}`, () => DataExchangeErrors.create('CITIZEN_NOT_FOUND', { nationalId }));
    this.assertSound(citizenRecordProblems(body), 'citizen record');
    const record = body as CitizenRecord;
    if (record.nationalId !== nationalId) throw this.badAnswer(`asked for ${nationalId}, answered ${record.nationalId}`);
    return this.fetched(record, REGISTRY.citizens);
  }

  async juristicPerson(registrationNumber: string): Promise<Fetched<JuristicPersonRecord>> {
    const body = await this.get(`juristic-persons/${registrationNumber}`, () => DataExchangeErrors.create('JURISTIC_PERSON_NOT_FOUND', { registrationNumber }));
    this.assertSound(juristicPersonRecordProblems(body), 'juristic-person record');
    const record = body as JuristicPersonRecord;
    if (record.registrationNumber !== registrationNumber) throw this.badAnswer(`asked for ${registrationNumber}, answered ${record.registrationNumber}`);
    return this.fetched(record, REGISTRY.juristicPersons);
  }

  async juristicPersonsDirectedBy(nationalId: string): Promise<Fetched<JuristicPersonRecord[]>> {
    const body = (await this.get(`juristic-persons?directorNationalId=${nationalId}`, null)) as { items?: unknown };
    if (!body || typeof body !== 'object' || !Array.isArray(body.items)) throw this.badAnswer('expected {"items": [...]}');
    body.items.forEach((item, i) => this.assertSound(juristicPersonRecordProblems(item).map((p) => `items[${i}]${p}`), 'juristic-person list'));
    // Trust the register, not the filter: keep only records that really name this director.
    const records = (body.items as JuristicPersonRecord[]).filter((r) => isAuthorisedDirector(r, nationalId));
    return this.fetched(records, REGISTRY.juristicPersons);
  }

  private async get(path: string, notFound: (() => DomainError) | null): Promise<unknown> {
    const url = new URL(path, this.base);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', ...(this.options.apiKey ? { 'x-api-key': this.options.apiKey } : {}) },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      // A DOMException, which need not be an Error of this realm.
      const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
      throw DataExchangeErrors.create('DATA_EXCHANGE_UNAVAILABLE', {}, { upstream: timedOut ? `no answer within ${this.options.timeoutMs} ms` : 'could not connect' });
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw DataExchangeErrors.create('DATA_EXCHANGE_UNAVAILABLE', {}, { upstream: 'the answer was cut off' });
    }
    if (response.status === 404 && notFound) throw notFound();
    if (response.status === 429 || response.status >= 500) throw DataExchangeErrors.create('DATA_EXCHANGE_UNAVAILABLE', {}, { upstream: `HTTP ${response.status}` });
    if (response.status === 401 || response.status === 403) {
      throw DataExchangeErrors.create('DATA_EXCHANGE_CREDENTIALS_REFUSED', {}, { upstream: `HTTP ${response.status}` });
    }
    if (response.status !== 200) throw this.badAnswer(`HTTP ${response.status}`);
    try {
      return JSON.parse(text);
    } catch {
      throw this.badAnswer('the answer is not JSON');
    }
  }

  private assertSound(problems: string[], what: string): void {
    if (problems.length > 0) throw this.badAnswer(`not a valid ${what}: ${problems.slice(0, 5).join('; ')}`);
  }

  private badAnswer(upstream: string): DomainError {
    return DataExchangeErrors.create('DATA_EXCHANGE_BAD_ANSWER', {}, { upstream });
  }

  private fetched<T>(record: T, registry: string): Fetched<T> {
    return { record, source: `http:${registry}`, fetchedAt: new Date() };
  }
}
