import { defineErrors } from '@bizportal/common';

/** Errors of the applicant's consent to the privacy notice at submission. */
export const ConsentErrors = defineErrors('consent', {
  PRIVACY_CONSENT_REQUIRED: {
    kind: 'unprocessable',
    th: 'โปรดอ่านประกาศความเป็นส่วนตัวและให้ความยินยอมก่อนยื่นคำขอ',
    en: 'Read the privacy notice and give your consent before submitting: send data.privacyConsent {noticeVersion: "{current}", agreed: true} with SUBMIT (GET /api/v1/policies names the current version)',
  },
  PRIVACY_NOTICE_NOT_CURRENT: {
    kind: 'unprocessable',
    th: 'ประกาศความเป็นส่วนตัวที่ท่านยินยอมไม่ใช่ฉบับปัจจุบัน (ฉบับที่ {current}) กรุณาอ่านฉบับปัจจุบันและยืนยันอีกครั้ง',
    en: 'You agreed to privacy notice version {given}, but the current one is version {current}: read it and agree again',
  },
});
