import { defineErrors } from '@bizportal/common';

/** Errors of the office work queue and of who holds an application. */
export const WorkQueueErrors = defineErrors('work-queue', {
  WORK_QUEUE_STAFF_ONLY: { kind: 'forbidden', th: 'คิวงานสำหรับเจ้าหน้าที่ของหน่วยงานเท่านั้น', en: 'The work queue is for office staff' },
  WORK_QUEUE_FILTER_CONFLICT: { kind: 'bad-request', th: 'เลือกได้อย่างใดอย่างหนึ่ง', en: 'mine and unassigned cannot both be true' },
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
    en: '{userId} is not an officer or approver of your office',
  },
  REASSIGN_REFUSED: {
    kind: 'unprocessable',
    th: 'มอบหมายไม่ได้ {count} รายการ ไม่มีการเปลี่ยนแปลงใด',
    en: '{count} of {total} applications cannot go to {username}; nothing was changed: {problems}',
  },
});
