import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions, DEFAULT_DATABASE_URL } from './database-config';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        ...dataSourceOptions({
          url: config.get<string>('DATABASE_URL') || DEFAULT_DATABASE_URL,
          schema: config.get<string>('DATABASE_SCHEMA') || undefined,
        }),
        autoLoadEntities: true,
      }),
    }),
  ],
  providers: [{ provide: TransactionRunner, inject: [DataSource], useFactory: (ds: DataSource) => new TransactionRunner(ds) }],
  exports: [TransactionRunner],
})
export class DatabaseModule {}
