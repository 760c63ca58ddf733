import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { ApplicationsModule } from '../applications';
import { CoreModule } from '../core';
import { ApplicationMessages } from './application-messages.service';
import { MessageEntity } from './message.entity';
import { MessagesController } from './messages.controller';

/** Messages between an applicant and the office, one thread per application; owns `application_messages`. */
@Module({
  imports: [TypeOrmModule.forFeature([MessageEntity]), CoreModule, ApplicationsModule, IdentityModule],
  controllers: [MessagesController],
  providers: [ApplicationMessages],
  exports: [ApplicationMessages],
})
export class MessagesModule {}
