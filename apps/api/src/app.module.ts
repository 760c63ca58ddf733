import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { StartupLock } from '@bizportal/database';
import { JobsModule, JobsSettings, RedisConnection } from '@bizportal/jobs';
import { backendModules } from './backend-modules';
import { HealthController } from './health.controller';
import { RateLimitGuard, rateLimitOptions } from './rate-limit';

@Module({
  imports: [
    ...backendModules,
    // With REDIS_URL the API only queues work: the workers (apps/worker) run effects and scheduled jobs.
    JobsModule.forRoot({ role: 'api' }),
    ThrottlerModule.forRootAsync({ inject: [ConfigService, JobsSettings, RedisConnection], useFactory: rateLimitOptions }),
    TerminusModule,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class AppModule implements OnApplicationBootstrap {
  constructor(private readonly startupLock: StartupLock) {}

  /** The root module's hook runs after every other module's: migrations and seeds are done, the next process may start. */
  onApplicationBootstrap(): Promise<void> {
    return this.startupLock.release();
  }
}
