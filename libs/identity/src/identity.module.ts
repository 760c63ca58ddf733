import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, type JwtSignOptions } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from './entities';
import { IdentityService } from './identity.service';
import { JwtAuthGuard } from './jwt-auth.guard';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AgencyEntity, AgencyAreaEntity]),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.getOrThrow<string>('JWT_SECRET'),
        signOptions: { expiresIn: (config.get<string>('JWT_EXPIRES_IN') ?? '8h') as JwtSignOptions['expiresIn'], issuer: 'bizportal' },
        verifyOptions: { issuer: 'bizportal' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [IdentityService, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  exports: [IdentityService],
})
export class IdentityModule {}
