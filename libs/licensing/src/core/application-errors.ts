import { defineErrors, type DomainError, type FieldProblem } from '@bizportal/common';

/** Errors of applications and their workflow steps. */
export const ApplicationErrors = defineErrors('applications', {
  APPLICATION_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบคำขอ', en: 'No application {id} that you can see' },
  APPLICATION_LIST_NOT_AVAILABLE: { kind: 'forbidden', th: 'บทบาทนี้ไม่มีรายการคำขอ', en: 'Your role has no applications to list' },
  APPLICATION_LIST_BAD_CURSOR: { kind: 'bad-request', th: 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง กรุณาโหลดรายการคำขอใหม่', en: 'cursor is not a nextCursor this list gave: reload the first page' },
  TRACKING_NUMBER_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบเลขติดตาม {trackingNumber}', en: 'No submitted application has tracking number {trackingNumber}' },
  APPLICATION_VERSION_STALE: {
    kind: 'conflict',
    th: 'คำขอถูกแก้ไขไปแล้ว กรุณาโหลดใหม่',
    en: 'The application is at version {current}, not {expected}: reload it and try again',
  },
  APPLICATION_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    th: 'คำขอเพิ่งถูกเปลี่ยนโดยผู้อื่น กรุณาโหลดใหม่',
    en: 'Someone else changed this application at the same moment: reload it and try again',
  },
  EVENT_NOT_ACCEPTED: {
    kind: 'conflict',
    th: 'ทำรายการ {label} ไม่ได้ในสถานะ "{status}"',
    en: "{event} is not possible while the application is in state '{state}'; {allowed}",
  },
  EVENT_INVALID: { kind: 'bad-request', th: 'ข้อมูลประกอบ {label} ไม่ถูกต้อง', en: 'The {event} event is incomplete: {problems}' },
  EVENT_FORBIDDEN: { kind: 'forbidden', th: 'ท่านไม่มีสิทธิ์ทำรายการ {label}', en: '{reasons}' },
  EVENT_CONDITION_FAILED: { kind: 'unprocessable', th: 'ยังทำรายการ {label} ไม่ได้', en: '{reasons}' },
  FORM_INVALID: { kind: 'bad-request', th: 'แบบคำขอไม่ถูกต้อง', en: 'The form is invalid: {problems}' },
  FORM_NOT_EDITABLE: {
    kind: 'conflict',
    th: 'แก้ไขแบบคำขอได้เฉพาะเมื่อเป็นแบบร่างหรือรอเอกสารเพิ่มเติม',
    en: "The form can be changed only while a draft or waiting for more documents; it is '{status}'",
  },
  ACKNOWLEDGEMENT_NOT_AVAILABLE: {
    kind: 'conflict',
    th: 'ยังไม่มีใบรับคำขอ คำขอนี้ยังไม่ได้ยื่น',
    en: "There is no acknowledgement of receipt yet: the application has not been submitted (it is '{status}')",
  },
  ONLY_APPLICANT_MAY_EDIT: { kind: 'forbidden', th: 'เฉพาะผู้ยื่นคำขอแก้ไขแบบคำขอได้', en: 'Only the applicant may change the form or confirm its data' },
  APPLICANT_DATA_NOT_CONFIRMED: {
    kind: 'unprocessable',
    th: 'โปรดตรวจสอบและยืนยันข้อมูลผู้ขอที่ได้จากหน่วยงานรัฐก่อนยื่นคำขอ',
    en: 'Check and confirm the applicant data fetched from government records before submitting: PATCH the application with confirmApplicantData: true',
  },
  PREMISES_AREA_MISMATCH: {
    kind: 'bad-request',
    th: 'รหัสพื้นที่ไม่สอดคล้องกัน',
    en: 'The province, district and subdistrict codes do not belong together',
  },
  KIND_NOT_OFFERED: { kind: 'bad-request', th: 'ใบอนุญาตนี้ไม่มีคำขอประเภท {kind}', en: '{licenceType} offers {offered} requests, not {kind}' },
  NO_RESPONSIBLE_OFFICE: {
    kind: 'unprocessable',
    th: 'ยังไม่มีหน่วยงานที่รับคำขอนี้สำหรับ{where}',
    en: 'No office in this system handles this licence for {where} yet',
  },
  NO_LOCAL_OFFICE: {
    kind: 'unprocessable',
    th: 'ยังไม่มีหน่วยงานท้องถิ่นที่รับคำขอในตำบล/แขวง {subdistrict}',
    en: 'No local office in this system serves subdistrict {subdistrict} yet',
  },
});

export function formInvalid(problems: FieldProblem[]): DomainError {
  return ApplicationErrors.create('FORM_INVALID', { problems: problems.map((p) => `${p.field} ${p.problem}`).join('; ') }, problems);
}
