import { defineErrors } from '@bizportal/common';

/** Errors of onboarding local offices: the office record, the subdistricts it serves, its staff invitations. */
export const OfficeErrors = defineErrors('offices', {
  OFFICE_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบหน่วยงานท้องถิ่น {id}', en: 'No local office {id}' },
  OFFICE_ID_TAKEN: { kind: 'conflict', th: 'มีหน่วยงานที่ใช้รหัส {id} แล้ว', en: 'An agency with the id {id} exists already' },
  OFFICE_PROVINCE_UNKNOWN: { kind: 'bad-request', th: 'ไม่พบจังหวัดรหัส {code}', en: '{code} is not a Thai province code (DOPA, 2 digits)' },
  OFFICE_MANAGED_BY_FILE: {
    kind: 'conflict',
    th: 'หน่วยงาน {id} กำหนดพื้นที่จากแฟ้มข้อมูลพื้นที่ของระบบ จึงแก้ไขพื้นที่ที่นี่ไม่ได้ (โอนพื้นที่ให้หน่วยงานใหม่ได้)',
    en: 'The subdistricts of {id} come from workflows/areas.json and are not edited here (another office may take them over with handOver)',
  },
  OFFICE_SUBDISTRICT_UNKNOWN: { kind: 'bad-request', th: 'ไม่พบตำบล/แขวงรหัส {codes}', en: 'Not subdistrict codes (DOPA, 6 digits): {codes}' },
  OFFICE_SUBDISTRICT_OUTSIDE_PROVINCE: {
    kind: 'bad-request',
    th: 'ตำบล/แขวง {codes} ไม่อยู่ในจังหวัดของหน่วยงาน',
    en: 'Subdistricts {codes} lie outside the office’s province {province}',
  },
  OFFICE_SUBDISTRICT_TAKEN: {
    kind: 'conflict',
    th: 'ตำบล/แขวง {codes} มีหน่วยงานอื่นให้บริการอยู่แล้ว หากต้องการโอนให้หน่วยงานนี้ ให้ระบุในรายการโอน (handOver)',
    en: 'Subdistricts already served by another office: {codes}. List them in handOver to take them over',
  },
  OFFICE_HANDOVER_NOT_SERVED: {
    kind: 'bad-request',
    th: 'รายการโอน (handOver) ต้องเป็นตำบล/แขวงที่ระบุให้หน่วยงานนี้ และมีหน่วยงานอื่นให้บริการอยู่: {codes}',
    en: 'handOver may only name subdistricts in the list that another office serves now: {codes}',
  },
  STAFF_NATIONAL_ID_INVALID: { kind: 'bad-request', th: 'เลขประจำตัวประชาชนไม่ถูกต้อง', en: 'The national ID is invalid: {problem}' },
  STAFF_ROLE_NOT_ALLOWED: {
    kind: 'bad-request',
    th: 'บทบาท {roles} เชิญเข้าหน่วยงานไม่ได้ (ได้เฉพาะ เจ้าหน้าที่ ผู้มีอำนาจอนุญาต ผู้มีอำนาจลงนาม หัวหน้าหน่วยงาน)',
    en: 'Roles {roles} cannot be given by invitation (only officer, approver, signer, head_of_office)',
  },
  STAFF_INVITATION_OPEN: {
    kind: 'conflict',
    th: 'ผู้นี้มีคำเชิญที่ยังไม่ตอบรับอยู่แล้ว (หน่วยงาน {agencyId}) ยกเลิกคำเชิญเดิมก่อน',
    en: 'This person has an open invitation already (office {agencyId}): revoke it first',
  },
  STAFF_ACCOUNT_HAS_ROLES: {
    kind: 'conflict',
    th: 'บัญชีของผู้นี้มีบทบาทอื่นอยู่แล้ว ({roles}) จึงเชิญด้วยวิธีนี้ไม่ได้',
    en: 'This person’s account already holds {roles}; an invitation only turns an applicant or a new account into office staff',
  },
  STAFF_INVITATION_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบคำเชิญ', en: 'No invitation {id} for office {agencyId}' },
  STAFF_INVITATION_ACCEPTED: { kind: 'conflict', th: 'คำเชิญนี้ได้รับการตอบรับแล้ว จึงยกเลิกไม่ได้', en: 'The invitation was accepted on {acceptedAt}: it can no longer be revoked' },
  STAFF_INVITATION_REVOKED: { kind: 'conflict', th: 'คำเชิญนี้ถูกยกเลิกแล้ว', en: 'The invitation was revoked on {revokedAt}' },
});
