export { ComplaintsModule } from './complaints.module';
export { ComplaintErrors } from './complaints-errors';
export { ComplaintEntity, ComplaintEventEntity, ComplaintPhotoEntity, COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, COMPLAINT_OUTCOMES } from './complaint.entities';
