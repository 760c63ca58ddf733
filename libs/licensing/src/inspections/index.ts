export { InspectionsModule } from './inspections.module';
export { InspectionsService } from './inspections.service';
export { InspectionErrors } from './inspections-errors';
export { InspectionPhotoEntity } from './inspection-photo.entity';
export { InspectionDto, InspectionPhotoDto } from './inspections.dto';
