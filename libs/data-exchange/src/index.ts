export * from './records';
export * from './record-schema';
export * from './connector';
export { FixtureDataExchangeConnector, DEFAULT_FIXTURES, type FixtureData } from './fixture-connector';
export { HttpDataExchangeConnector, type HttpConnectorOptions } from './http-connector';
export { DataExchange } from './data-exchange';
export * from './settings';
export { DataExchangeModule } from './data-exchange.module';
export { DataExchangeErrors } from './data-exchange-errors';
