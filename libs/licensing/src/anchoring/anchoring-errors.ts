import { defineErrors } from '@bizportal/common';

/** Errors of the published history anchors and their inclusion proofs. */
export const AnchoringErrors = defineErrors('history-anchoring', {
  HISTORY_ANCHOR_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบรากยืนยันประวัติของวันที่ {date}', en: 'No history anchor was published for {date}' },
  HISTORY_ANCHOR_DATE_MALFORMED: { kind: 'bad-request', th: 'วันที่ {date} ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ปีคริสต์ศักราช) เช่น 2026-12-01', en: 'The date {date} must be written YYYY-MM-DD (Gregorian), e.g. 2026-12-01' },
  HISTORY_PROOF_NOT_ANCHORED: {
    kind: 'not-found',
    th: 'ประวัติของคำขอ {trackingNumber} ยังไม่อยู่ในรากยืนยันที่เผยแพร่ (เผยแพร่ทุกคืน คำขอที่เพิ่งยื่นจะอยู่ในรากยืนยันของคืนถัดไป)',
    en: 'The history of {trackingNumber} is in no published anchor of that date yet (anchors are published nightly; a newly submitted application joins the next one)',
  },
});
