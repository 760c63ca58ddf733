import { ConfigModule, ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from '@bizportal/database';
import { IdentityModule } from '@bizportal/identity';
import { LicensingModule } from '@bizportal/licensing';
import { PaymentsModule } from '@bizportal/payments';
import { validateEnvironment } from './environment';
import { redactingSerializers } from './log-redaction';

/**
 * The backend every process of the portal is made of: configuration (one validated environment), logging, the
 * database and the feature modules. The API (AppModule) and the worker (apps/worker) import the same list, each with
 * JobsModule in its own role.
 */
export const backendModules = [
  ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
  LoggerModule.forRootAsync({
    inject: [ConfigService],
    useFactory: (config: ConfigService) => ({
      pinoHttp: {
        level: config.get<string>('LOG_LEVEL') ?? 'info',
        redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
        serializers: redactingSerializers,
        autoLogging: { ignore: (req) => req.url === '/health' },
      },
    }),
  }),
  DatabaseModule,
  IdentityModule,
  LicensingModule,
  PaymentsModule,
];
