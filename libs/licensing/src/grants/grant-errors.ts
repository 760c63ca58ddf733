import { defineErrors } from '@bizportal/common';

/** Errors of grants: the right a person or a company gives an agent to file and act for it (docs/architecture.md section 24). */
export const GrantErrors = defineErrors('grants', {
  GRANT_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบการมอบอำนาจนี้',
    en: 'No such grant',
  },
  GRANT_VALID_UNTIL_PAST: {
    kind: 'bad-request',
    th: 'วันสิ้นสุดการมอบอำนาจต้องไม่ก่อนวันนี้ ({today})',
    en: 'The grant must run at least until today ({today}); {validUntil} has passed',
  },
  GRANT_VALID_UNTIL_TOO_FAR: {
    kind: 'bad-request',
    th: 'มอบอำนาจได้ไม่เกินหนึ่งปี คือถึงวันที่ {latest} เป็นอย่างช้า',
    en: 'A grant may run for at most one year, until {latest} at the latest',
  },
  GRANT_LICENCE_TYPES_INVALID: {
    kind: 'bad-request',
    th: 'ระบุประเภทใบอนุญาตที่มอบอำนาจอย่างน้อยหนึ่งประเภท หรือเลือกทุกประเภท (ไม่ใช่ทั้งสองอย่าง)',
    en: 'Name at least one licence type, or choose all licence types (not both)',
  },
  GRANT_AGENT_IS_PRINCIPAL: {
    kind: 'unprocessable',
    th: 'มอบอำนาจให้ตนเองไม่ได้',
    en: 'You cannot grant yourself',
  },
  GRANT_ALREADY_ACTIVE: {
    kind: 'conflict',
    th: 'ท่านมอบอำนาจให้ {agentTh} ไว้แล้วและยังมีผลอยู่ เพิกถอนการมอบอำนาจเดิมก่อนจึงมอบใหม่ได้',
    en: 'You already have a grant in force for {agentEn}; revoke it before granting again',
  },
  GRANT_ONLY_PRINCIPAL: {
    kind: 'forbidden',
    th: 'เฉพาะผู้มอบอำนาจ (หรือกรรมการผู้มีอำนาจของนิติบุคคลผู้มอบอำนาจ) เท่านั้นที่เพิกถอนการมอบอำนาจได้',
    en: 'Only the principal (or an authorised director of the principal company) may revoke a grant',
  },
  GRANT_ALREADY_REVOKED: {
    kind: 'conflict',
    th: 'การมอบอำนาจนี้ถูกเพิกถอนไปแล้ว',
    en: 'This grant has already been revoked',
  },
  GRANT_NOT_ACTIVE: {
    kind: 'forbidden',
    th: 'การมอบอำนาจที่ท่านใช้ยื่นคำขอนี้{statusTh} ท่านจึงดำเนินการแทนผู้มอบอำนาจไม่ได้อีก',
    en: 'The grant under which you filed this application {statusEn}: you may no longer act for the principal',
  },
  GRANT_NOT_FOR_LICENCE_TYPE: {
    kind: 'forbidden',
    th: 'การมอบอำนาจนี้ไม่ครอบคลุมใบอนุญาตประเภท {licenceType}',
    en: 'This grant does not cover licence type {licenceType}',
  },
});
