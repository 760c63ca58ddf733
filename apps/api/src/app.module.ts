import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from '@bizportal/database';
import { IdentityModule } from '@bizportal/identity';
import { LicensingModule } from '@bizportal/licensing';
import { PaymentsModule } from '@bizportal/payments';
import { validateEnvironment } from './environment';
import { HealthController } from './health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
    LoggerModule.forRoot({
      pinoHttp: {
        level: process.env.LOG_LEVEL ?? 'info',
        redact: ['req.headers.authorization', 'req.headers.cookie'],
        autoLogging: { ignore: (req) => req.url === '/health' },
      },
    }),
    TerminusModule,
    DatabaseModule,
    IdentityModule,
    LicensingModule,
    PaymentsModule,
  ],
  controllers: [HealthController],
})
export class AppModule {}
