import { defineErrors } from '@bizportal/common';

/** Errors of the office work queue and of who holds an application. */
export const WorkQueueErrors = defineErrors('work-queue', {
  WORK_QUEUE_STAFF_ONLY: { kind: 'forbidden', th: 'คิวงานสำหรับเจ้าหน้าที่ของหน่วยงานเท่านั้น', en: 'The work queue is for office staff' },
  WORK_QUEUE_FILTER_CONFLICT: { kind: 'bad-request', th: 'เงื่อนไขการกรองขัดกัน เลือกได้อย่างใดอย่างหนึ่ง', en: 'The filters contradict each other: {conflict}' },
  WORK_QUEUE_BAD_CURSOR: { kind: 'bad-request', th: 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง กรุณาโหลดคิวงานใหม่', en: 'cursor is not a nextCursor this queue gave: reload the first page' },
  CLAIM_REFUSED: {
    kind: 'unprocessable',
    th: 'รับเรื่องไม่ได้ {count} รายการ ไม่มีการเปลี่ยนแปลงใด',
    en: '{count} of {total} applications cannot be claimed; nothing was changed: {problems}',
  },
  WORK_QUEUE_VIEW_NAME_INVALID: { kind: 'bad-request', th: 'ชื่อมุมมองต้องมี 1 ถึง 60 ตัวอักษร', en: 'name must have 1 to 60 visible characters and no control characters' },
  WORK_QUEUE_VIEW_NAME_TAKEN: { kind: 'conflict', th: 'มีมุมมองชื่อ “{name}” อยู่แล้ว', en: 'You already have a view named “{name}”' },
  WORK_QUEUE_VIEW_LIMIT: { kind: 'conflict', th: 'บันทึกมุมมองได้ไม่เกิน {max} รายการ', en: 'You may keep at most {max} saved views: delete one first' },
  WORK_QUEUE_VIEW_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบมุมมองที่บันทึกไว้', en: 'No saved view {id} of yours' },
  ONLY_HEAD_SEES_DASHBOARD: { kind: 'forbidden', th: 'เฉพาะหัวหน้าสำนักงานเท่านั้น', en: 'The office dashboard is for the head of office' },
  NOT_WAITING_FOR_YOUR_ROLE: {
    kind: 'conflict',
    th: 'คำขอนี้ไม่ได้รอการดำเนินการจากบทบาทของท่าน',
    en: "The application is in state '{state}' and waits for {awaiting}, not for your role ({roles})",
  },
  NOT_WAITING_FOR_STAFF: {
    kind: 'conflict',
    th: 'คำขอนี้ไม่ได้รอเจ้าหน้าที่',
    en: "The application is in state '{state}' and waits for {awaiting}, not for office staff: there is nothing to assign",
  },
  ALREADY_HELD: { kind: 'conflict', th: '{holderTh} ถือเรื่องนี้อยู่', en: '{holder} already holds this application' },
  ASSIGNMENT_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    th: 'คำขอเพิ่งถูกเปลี่ยนโดยผู้อื่น กรุณาโหลดใหม่',
    en: 'The application changed at the same moment (another step or assignment): reload the queue and try again',
  },
  ONLY_HOLDER_OR_HEAD_MAY_RELEASE: {
    kind: 'forbidden',
    th: 'เฉพาะผู้ถือเรื่องหรือหัวหน้าสำนักงานเท่านั้นที่ปล่อยเรื่องได้',
    en: 'Only the holder or the head of office may release this application',
  },
  ONLY_HEAD_MAY_ASSIGN: { kind: 'forbidden', th: 'เฉพาะหัวหน้าสำนักงานเท่านั้น', en: 'Only the head of office may assign applications' },
  ASSIGNEE_LACKS_ROLE: { kind: 'unprocessable', th: 'ผู้รับมอบหมายไม่มีบทบาทที่คำขอรอ', en: '{username} is not {role}, whom the application waits for' },
  ASSIGNEE_NOT_IN_OFFICE: {
    kind: 'unprocessable',
    th: 'ไม่พบเจ้าหน้าที่ {userId} ในสำนักงานของท่าน',
    en: '{userId} is not an officer, approver or signer of your office',
  },
  REASSIGN_REFUSED: {
    kind: 'unprocessable',
    th: 'มอบหมายไม่ได้ {count} รายการ ไม่มีการเปลี่ยนแปลงใด',
    en: '{count} of {total} applications cannot go to {username}; nothing was changed: {problems}',
  },
});
