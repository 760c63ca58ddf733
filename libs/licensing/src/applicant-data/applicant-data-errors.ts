import { defineErrors } from '@bizportal/common';

/** Errors of using government data for an application: who may apply for whom. */
export const ApplicantDataErrors = defineErrors('applicant-data', {
  NOT_AUTHORISED_DIRECTOR: {
    kind: 'forbidden',
    th: 'คุณไม่ใช่กรรมการผู้มีอำนาจลงนามของ{nameTh} ({registrationNumber}) จึงยื่นคำขอในนามนิติบุคคลนี้ไม่ได้',
    en: 'You are not an authorised director of {nameEn} ({registrationNumber}), so you cannot apply on its behalf',
  },
  JURISTIC_PERSON_NOT_ACTIVE: {
    kind: 'unprocessable',
    th: '{nameTh} มีสถานะ "{statusTh}" จึงยื่นคำขอไม่ได้',
    en: '{nameEn} is registered as "{statusEn}": only an active juristic person can apply',
  },
  ACCOUNT_HAS_NO_NATIONAL_ID: {
    kind: 'unprocessable',
    th: 'บัญชีนี้ไม่มีเลขประจำตัวประชาชน จึงดึงข้อมูลจากหน่วยงานรัฐไม่ได้ กรุณาเข้าสู่ระบบด้วย Digital ID',
    en: 'This account has no national ID, so no government data can be fetched for it; sign in with Digital ID',
  },
  ACCOUNT_NOT_IN_CIVIL_REGISTRY: {
    kind: 'unprocessable',
    th: 'ไม่พบข้อมูลทะเบียนราษฎรของเลขประจำตัวประชาชนของบัญชีนี้',
    en: "The civil registry has no record of this account's national ID",
  },
});
