/** The mock's state and test configuration, kept in memory and optionally in a JSON file. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { notFound } from './errors';
import type { ChargeRecord, MockConfig, MockState } from './types';

function emptyState(): MockState {
  return {
    version: 1,
    tokens: {},
    sources: {},
    charges: {},
    refunds: {},
    events: {},
    documents: {},
    payments: {},
    tokenOutcomes: {},
    chargeSources: {},
    chargeRefunds: {},
    customers: {},
    cards: {},
    cardOutcomes: {},
    customerCards: {},
  };
}

function defaultConfig(): MockConfig {
  return { latencyMs: 0, dropWebhooks: false, failNextWebhooks: 0, down: false, webhookUrl: null };
}

export class MockStore {
  state: MockState = emptyState();
  config: MockConfig = defaultConfig();

  /** Loads `file` when it exists; `now` is the mock's clock. */
  constructor(
    private readonly file: string | undefined,
    readonly now: () => Date,
  ) {
    if (file && existsSync(file)) this.load(file);
  }

  private load(file: string): void {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<MockState>;
    if (parsed.version !== 1) throw new Error(`omise-mock: ${file} is not a version 1 state file`);
    this.state = { ...emptyState(), ...parsed } as MockState;
  }

  /** Writes the state file (if any) atomically; called after every change. */
  save(): void {
    const file = this.file;
    if (!file) return;
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.state, null, 1));
    renameSync(temporary, file);
  }

  /** Forgets every object and the test configuration. */
  clear(): void {
    this.state = emptyState();
    this.config = defaultConfig();
    this.save();
  }

  find<T>(collection: Record<string, T>, kind: string, id: string): T {
    const item = collection[id];
    if (!item) throw notFound(kind, id);
    return item;
  }

  charge(id: string): ChargeRecord {
    return this.find(this.state.charges, 'charge', id);
  }
}
