import { defineErrors } from '@bizportal/common';

/** Errors of the photos of site inspections. */
export const InspectionErrors = defineErrors('inspections', {
  INSPECTION_PHOTO_OFFICE_ONLY: {
    kind: 'forbidden',
    th: 'เฉพาะเจ้าหน้าที่ของหน่วยงานที่รับผิดชอบคำขอนี้เท่านั้นที่อัปโหลดรูปถ่ายการตรวจได้',
    en: 'Only staff of the office responsible for this application may upload inspection photos',
  },
  INSPECTION_PHOTO_TYPE_NOT_ALLOWED: {
    kind: 'unsupported-media-type',
    th: 'รูปถ่ายการตรวจต้องเป็นไฟล์ JPEG หรือ PNG',
    en: 'An inspection photo must be a JPEG or PNG image',
  },
  INSPECTION_PHOTO_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบรูปถ่ายการตรวจนี้ในคำขอนี้',
    en: 'No such inspection photo on this application',
  },
});
