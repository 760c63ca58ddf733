import type { ComplaintCategory, ComplaintOutcome, ComplaintStatus } from './complaint.entities';

type Label = { th: string; en: string };

export const CATEGORY_LABEL: Record<ComplaintCategory, Label> = {
  hygiene: { th: 'สุขลักษณะและความสะอาด', en: 'Hygiene and cleanliness' },
  noise: { th: 'เสียงดังรบกวน', en: 'Noise' },
  safety: { th: 'ความปลอดภัย', en: 'Safety' },
  'unlicensed-activity': { th: 'ประกอบกิจการเกินกว่าที่ได้รับอนุญาต', en: 'Activity beyond the licence' },
  nuisance: { th: 'กลิ่น ควัน หรือเหตุรำคาญอื่น', en: 'Smell, smoke or other nuisance' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const STATUS_LABEL: Record<ComplaintStatus, Label> = {
  received: { th: 'ได้รับเรื่องแล้ว รอพิจารณา', en: 'Received, awaiting triage' },
  dismissed: { th: 'ไม่รับเรื่อง', en: 'Dismissed' },
  accepted: { th: 'รับเรื่องแล้ว รอตรวจสอบสถานที่', en: 'Accepted, inspection to follow' },
  inspected: { th: 'ตรวจสอบสถานที่แล้ว รอผลการพิจารณา', en: 'Inspected, decision to follow' },
  closed: { th: 'ดำเนินการเสร็จสิ้น', en: 'Closed' },
};

export const OUTCOME_LABEL: Record<ComplaintOutcome, Label> = {
  no_action: { th: 'ไม่พบการกระทำผิด ไม่ต้องดำเนินการ', en: 'No action needed' },
  warning: { th: 'ตักเตือนให้แก้ไขภายในกำหนด', en: 'Warning with a deadline' },
  suspension: { th: 'พักใช้ใบอนุญาต', en: 'Licence suspended' },
  revocation: { th: 'เพิกถอนใบอนุญาต', en: 'Licence revoked' },
};

export const EVENT_LABEL: Record<string, Label> = {
  FILED: { th: 'ยื่นเรื่องร้องเรียน', en: 'Complaint made' },
  ACCEPTED: { th: 'รับเรื่อง', en: 'Accepted' },
  DISMISSED: { th: 'ไม่รับเรื่อง', en: 'Dismissed' },
  INSPECTED: { th: 'บันทึกผลการตรวจสถานที่', en: 'Inspection recorded' },
  CLOSED: { th: 'บันทึกผลการพิจารณา', en: 'Outcome recorded' },
  HOLDER_RESPONDED: { th: 'ผู้รับใบอนุญาตชี้แจง', en: 'The holder answered' },
};
