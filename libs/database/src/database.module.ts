import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions, DEFAULT_DATABASE_URL } from './database-config';
import { SeedChecksums } from './seed-checksums';
import { StartupLock, StartupLockModule } from './startup-lock';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    StartupLockModule,
    TypeOrmModule.forRootAsync({
      imports: [StartupLockModule],
      inject: [ConfigService, StartupLock],
      useFactory: async (config: ConfigService, lock: StartupLock) => {
        const settings = { url: config.get<string>('DATABASE_URL') || DEFAULT_DATABASE_URL, schema: config.get<string>('DATABASE_SCHEMA') || undefined };
        // Before the DataSource connects and runs the migrations; the app's root module releases it once seeded.
        await lock.acquire(settings);
        return { ...dataSourceOptions(settings), autoLoadEntities: true };
      },
    }),
  ],
  providers: [{ provide: TransactionRunner, inject: [DataSource], useFactory: (ds: DataSource) => new TransactionRunner(ds) }, SeedChecksums],
  exports: [TransactionRunner, SeedChecksums, StartupLockModule],
})
export class DatabaseModule {}
