import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataExchange } from './data-exchange';
import { createDataExchange, DEFAULT_DATA_EXCHANGE_TIMEOUT_MS, type DataExchangeMode } from './settings';

/** Provides `DataExchange` with the connector the environment names (see the README's table). */
@Module({
  providers: [
    {
      provide: DataExchange,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        createDataExchange({
          mode: config.get<DataExchangeMode>('DATA_EXCHANGE') ?? 'fixture',
          url: config.get<string>('DATA_EXCHANGE_URL') || undefined,
          apiKey: config.get<string>('DATA_EXCHANGE_API_KEY') || undefined,
          timeoutMs: config.get<number>('DATA_EXCHANGE_TIMEOUT_MS') ?? DEFAULT_DATA_EXCHANGE_TIMEOUT_MS,
        }),
    },
  ],
  exports: [DataExchange],
})
export class DataExchangeModule {}
