import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { ApplicationsModule } from '../applications';
import { CoreModule } from '../core';
import { DocumentsModule } from '../documents';
import { InformationRequestEntity, InformationRequestItemEntity } from './information-request.entities';
import { InformationRequestsController } from './information-requests.controller';
import { InformationRequestsService } from './information-requests.service';

/**
 * The office's structured requests for documents or information (REQUEST_INFO items), the applicant's answers,
 * and the `informationAnswered` fact RESUBMIT checks; owns `information_requests` and `information_request_items`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([InformationRequestEntity, InformationRequestItemEntity]), CoreModule, ApplicationsModule, DocumentsModule, IdentityModule],
  controllers: [InformationRequestsController],
  providers: [InformationRequestsService],
  exports: [InformationRequestsService],
})
export class InformationRequestsModule {}
