import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { ApplicationsModule } from '../applications';
import { CoreModule } from '../core';
import { DocumentsModule } from '../documents';
import { InspectionPhotoEntity } from './inspection-photo.entity';
import { InspectionsController } from './inspections.controller';
import { InspectionsService } from './inspections.service';

/** Site inspections: photos (the documents' scanner and store), the photos a result names, and the inspections from the history; owns `inspection_photos`. */
@Module({
  imports: [TypeOrmModule.forFeature([InspectionPhotoEntity]), CoreModule, ApplicationsModule, DocumentsModule, IdentityModule],
  controllers: [InspectionsController],
  providers: [InspectionsService],
  exports: [InspectionsService],
})
export class InspectionsModule {}
