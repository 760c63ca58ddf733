import { DataExchange } from './data-exchange';
import { FixtureDataExchangeConnector } from './fixture-connector';
import { HttpDataExchangeConnector } from './http-connector';

export type DataExchangeMode = 'fixture' | 'http';

export interface DataExchangeSettings {
  mode: DataExchangeMode;
  url?: string;
  apiKey?: string;
  timeoutMs: number;
}

export const DEFAULT_DATA_EXCHANGE_TIMEOUT_MS = 5000;

/** Builds the configured connector; `http` without a URL is refused rather than guessed. */
export function createDataExchange(settings: DataExchangeSettings): DataExchange {
  if (settings.mode === 'http') {
    if (!settings.url) throw new Error('DATA_EXCHANGE=http needs DATA_EXCHANGE_URL');
    return new DataExchange(new HttpDataExchangeConnector({ baseUrl: settings.url, apiKey: settings.apiKey, timeoutMs: settings.timeoutMs }));
  }
  return new DataExchange(new FixtureDataExchangeConnector());
}
