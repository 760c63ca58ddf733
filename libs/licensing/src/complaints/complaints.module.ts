import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CatalogueModule } from '../catalogue';
import { CoreModule } from '../core';
import { DocumentsModule } from '../documents';
import { LicencesModule } from '../licences';
import { ComplaintEntity, ComplaintEventEntity, ComplaintPhotoEntity } from './complaint.entities';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsService } from './complaints.service';

/** Complaints about licensed premises and their enforcement; owns `complaints`, `complaint_events`, `complaint_photos`. */
@Module({
  imports: [TypeOrmModule.forFeature([ComplaintEntity, ComplaintEventEntity, ComplaintPhotoEntity]), CoreModule, CatalogueModule, DocumentsModule, LicencesModule, IdentityModule],
  controllers: [ComplaintsController],
  providers: [ComplaintsService],
})
export class ComplaintsModule {}
