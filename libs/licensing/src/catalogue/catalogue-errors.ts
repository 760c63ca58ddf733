import { defineErrors } from '@bizportal/common';

/** Errors of the catalogue: business types, licence types and their workflows, the Smart Quiz. */
export const CatalogueErrors = defineErrors('catalogue', {
  LICENCE_TYPE_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบประเภทใบอนุญาต {slug}', en: "No licence type '{slug}'" },
  LICENCE_TYPE_NOT_PUBLISHED: { kind: 'not-found', th: 'ประเภทใบอนุญาต {slug} ยังไม่เปิดให้บริการ', en: "Licence type '{slug}' has no published workflow yet" },
  LICENCE_TYPE_UNKNOWN: { kind: 'bad-request', th: 'ไม่มีประเภทใบอนุญาต {slug}', en: "There is no licence type '{slug}'" },
  LICENCE_TYPE_NOT_OPEN: {
    kind: 'unprocessable',
    th: 'ประเภทใบอนุญาต {slug} ยังไม่เปิดรับคำขอ',
    en: "Licence type '{slug}' has no published workflow yet, so it cannot be applied for",
  },
  WORKFLOW_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบกระบวนงาน {slug} ฉบับที่ {version}', en: 'No workflow {slug} version {version}' },
  BUSINESS_TYPE_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบประเภทธุรกิจ {slug}', en: "No business type '{slug}'" },
  BUSINESS_TYPE_UNKNOWN: { kind: 'bad-request', th: 'ไม่มีประเภทธุรกิจ {slug}', en: "There is no business type '{slug}'" },
  BUSINESS_DOES_NOT_NEED_LICENCE: { kind: 'bad-request', th: 'ธุรกิจนี้ไม่ต้องใช้ใบอนุญาตนี้', en: "Business '{business}' does not need '{licence}'" },
  QUIZ_ANSWERS_INVALID: { kind: 'bad-request', th: 'คำตอบไม่ถูกต้อง', en: 'Some answers are not valid: {problems}' },
});
