import { defineErrors } from '@bizportal/common';

/** Errors of in-app notifications and of each user's notification preferences. */
export const NotificationErrors = defineErrors('notifications', {
  NOTIFICATION_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบการแจ้งเตือนนี้',
    en: 'No such notification',
  },
  NOTIFICATION_CURSOR_INVALID: {
    kind: 'bad-request',
    th: 'ค่า before ต้องเป็นรหัสการแจ้งเตือนที่ท่านได้รับ',
    en: 'before must be the id of a notification in your list',
  },
  NOTIFICATION_EMAIL_INVALID: {
    kind: 'bad-request',
    th: 'ที่อยู่อีเมลไม่ถูกต้อง',
    en: 'The email address is not valid',
  },
  NOTIFICATION_EMAIL_REQUIRED: {
    kind: 'bad-request',
    th: 'กรุณาระบุที่อยู่อีเมลเมื่อเปิดรับการแจ้งเตือนทางอีเมล',
    en: 'Give an email address to receive notifications by email',
  },
  NOTIFICATION_PHONE_INVALID: {
    kind: 'bad-request',
    th: 'หมายเลขโทรศัพท์มือถือไม่ถูกต้อง ต้องเป็นเลขไทย 10 หลักขึ้นต้นด้วย 06 08 หรือ 09 (หรือ +66)',
    en: 'The mobile number is not valid: a Thai number of 10 digits starting 06, 08 or 09 (or +66)',
  },
  NOTIFICATION_PHONE_REQUIRED: {
    kind: 'bad-request',
    th: 'กรุณาระบุหมายเลขโทรศัพท์มือถือเมื่อเปิดรับการแจ้งเตือนทาง SMS',
    en: 'Give a mobile number to receive notifications by SMS',
  },
  DEV_MAILBOX_UNAVAILABLE: {
    kind: 'not-found',
    th: 'ไม่มีกล่องจดหมายหรือ SMS ทดสอบในระบบนี้ (มีเฉพาะโหมดพัฒนา)',
    en: 'There is no local mailbox or SMS inbox here (development only)',
  },
});
