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
  // Officials' business types (admin API, issue 14 part 3).
  BUSINESS_TYPE_EXISTS: {
    kind: 'conflict',
    th: 'มีประเภทธุรกิจ {slug} อยู่แล้ว',
    en: "Business type '{slug}' already exists: draft a new version with POST /api/v1/admin/businesses/{slug}/versions",
  },
  BUSINESS_TYPE_CONTENT_INVALID: { kind: 'bad-request', th: 'ข้อมูลประเภทธุรกิจไม่ถูกต้อง', en: 'The business type is not well formed: {problems}' },
  BUSINESS_VERSION_NUMBER_INVALID: { kind: 'bad-request', th: 'เลขฉบับไม่ถูกต้อง', en: 'The version must be a whole number, e.g. 2' },
  BUSINESS_VERSION_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบประเภทธุรกิจ {slug} ฉบับที่ {version}', en: "Business type '{slug}' has no version {version}" },
  BUSINESS_DRAFT_EXISTS: {
    kind: 'conflict',
    th: 'ประเภทธุรกิจ {slug} มีฉบับร่างที่ {version} อยู่แล้ว',
    en: "Business type '{slug}' already has a draft, version {version}: edit it, or publish it first",
  },
  BUSINESS_VERSION_NOT_DRAFT: {
    kind: 'conflict',
    th: 'ฉบับที่ {version} เผยแพร่แล้ว แก้ไขไม่ได้',
    en: 'Version {version} of {slug} was published ({publishedAt} by {publishedBy}) and cannot change: draft a new version',
  },
  BUSINESS_DRAFT_CHANGED: {
    kind: 'conflict',
    th: 'มีผู้แก้ไขฉบับร่างนี้ไปแล้ว กรุณาโหลดใหม่',
    en: 'Someone else saved this draft meanwhile (revision {current}, you sent {sent}): reload it and make your change again',
  },
  BUSINESS_TYPE_INVALID: { kind: 'unprocessable', th: 'เผยแพร่ไม่ได้ ประเภทธุรกิจยังมีข้อผิดพลาด', en: 'Version {version} of {slug} cannot be published: {problems}' },
});
