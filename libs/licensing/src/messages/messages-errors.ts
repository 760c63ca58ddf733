import { defineErrors } from '@bizportal/common';

/** Errors of the messages between an applicant and the office. */
export const MessageErrors = defineErrors('messages', {
  MESSAGES_NOT_OPEN_FOR_DRAFT: {
    kind: 'conflict',
    th: 'ยังส่งข้อความไม่ได้ คำขอยังเป็นฉบับร่างและยังไม่มีหน่วยงานรับเรื่อง กรุณายื่นคำขอก่อน',
    en: 'The application is still a draft, so no office has it yet: submit it before writing to the office',
  },
  MESSAGES_READ_ONLY: {
    kind: 'forbidden',
    th: 'ท่านอ่านข้อความของคำขอนี้ได้ แต่ส่งข้อความหรือบันทึกว่าอ่านแล้วได้เฉพาะผู้ยื่นคำขอและเจ้าหน้าที่ของหน่วยงานที่รับผิดชอบ',
    en: 'You may read this thread, but only the applicant who made the application and staff of its office write in it or mark it read',
  },
});
