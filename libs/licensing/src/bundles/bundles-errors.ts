import { defineErrors } from '@bizportal/common';

/** Errors of applying for several licences together. */
export const BundleErrors = defineErrors('bundles', {
  BUNDLE_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบคำขอรวมนี้', en: 'No such bundle of applications: {id}' },
  BUNDLE_LICENCE_NOT_APPLICABLE: {
    kind: 'unprocessable',
    th: 'ยื่นคำขอรวมไม่ได้ เพราะมีใบอนุญาตที่ยื่นทางระบบนี้ไม่ได้: {licences} ไม่มีการบันทึกคำขอใด',
    en: 'The bundle cannot be started: {licences} cannot be applied for here. Nothing was stored',
  },
  BUNDLE_NOTHING_TO_SUBMIT: {
    kind: 'conflict',
    th: 'ไม่มีคำขอฉบับร่างในคำขอรวมนี้ให้ยื่น',
    en: 'No application of this bundle is a draft any more: there is nothing to submit',
  },
  BUNDLE_NOT_READY: {
    kind: 'unprocessable',
    th: 'ยังยื่นคำขอรวมไม่ได้ ยังไม่มีคำขอใดถูกยื่น: {applications}',
    en: 'The bundle cannot be submitted yet, and nothing was submitted: {applications}',
  },
});
