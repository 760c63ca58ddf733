import { createSecretKey } from 'node:crypto';
import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, type JwtModuleOptions, type JwtSignOptions } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreaEntity } from './areas/area.entity';
import { AreasController } from './areas/areas.controller';
import { AreasService } from './areas/areas.service';
import { AuthController } from './auth.controller';
import { BrowserNavigation } from './digital-id/browser-navigation.middleware';
import { DigitalIdController } from './digital-id/digital-id.controller';
import { DigitalIdService } from './digital-id/digital-id.service';
import { OidcLoginAttemptEntity } from './digital-id/oidc-login-attempt.entity';
import { AgencyRegister } from './agency-register.service';
import { DemoSeeding } from './demo-seeding.service';
import { DevLogin } from './dev-login.service';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from './entities';
import { JwtAuthGuard } from './jwt-auth.guard';
import { LocalOffices } from './offices/local-offices.service';
import { OfficesController } from './offices/offices.controller';
import { StaffInvitationEntity } from './offices/staff-invitation.entity';
import { SessionCookies } from './sessions/session-cookies';
import { SessionEntity } from './sessions/session.entity';
import { Sessions } from './sessions/sessions.service';
import { UserAccounts } from './user-accounts.service';
import { UserDirectory } from './user-directory.service';

/** How the API signs and checks its own session tokens (HS256 with JWT_SECRET). */
export function sessionTokenOptions(secret: string, expiresIn = '8h'): JwtModuleOptions {
  return {
    // A key object, not the string: given a string, jsonwebtoken first tries createPublicKey(secret) on every verify.
    secret: createSecretKey(Buffer.from(secret)),
    signOptions: { expiresIn: expiresIn as JwtSignOptions['expiresIn'], issuer: 'bizportal' },
    verifyOptions: { issuer: 'bizportal' },
  };
}

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AgencyEntity, AgencyAreaEntity, AreaEntity, OidcLoginAttemptEntity, SessionEntity, StaffInvitationEntity]),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => sessionTokenOptions(config.getOrThrow<string>('JWT_SECRET'), config.get<string>('JWT_EXPIRES_IN') ?? '8h'),
    }),
  ],
  controllers: [AuthController, AreasController, DigitalIdController, OfficesController],
  providers: [
    Sessions,
    SessionCookies,
    UserDirectory,
    UserAccounts,
    AgencyRegister,
    DevLogin,
    DemoSeeding,
    AreasService,
    LocalOffices,
    DigitalIdService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [UserDirectory, UserAccounts, AgencyRegister, Sessions, SessionCookies, AreasService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The Digital ID routes are browser navigations: refusals redirect to the sign-in page unless JSON is asked for.
    consumer.apply(BrowserNavigation).forRoutes(DigitalIdController);
  }
}
