import type { LocalizedText } from '@bizportal/engine';

interface TemplateInput {
  trackingNumber: string;
  licenceName: LocalizedText;
  stateLabel: LocalizedText;
}

type Template = (input: TemplateInput) => LocalizedText;

const TEMPLATES: Record<string, Template> = {
  'application-submitted': (i) => ({
    th: `ระบบได้รับคำขอ${i.licenceName.th} เลขติดตาม ${i.trackingNumber} แล้ว`,
    en: `Your application for ${i.licenceName.en} (${i.trackingNumber}) has been submitted.`,
  }),
  'new-application': (i) => ({
    th: `มีคำขอ${i.licenceName.th} ใหม่ เลขติดตาม ${i.trackingNumber} รอรับเรื่อง`,
    en: `New application for ${i.licenceName.en} (${i.trackingNumber}) is waiting to be received.`,
  }),
  'documents-requested': (i) => ({
    th: `เจ้าหน้าที่ขอเอกสารหรือข้อมูลเพิ่มเติมสำหรับคำขอ ${i.trackingNumber}`,
    en: `The office asks for more documents or information on ${i.trackingNumber}.`,
  }),
  'documents-resubmitted': (i) => ({
    th: `ผู้ยื่นคำขอส่งข้อมูลเพิ่มเติมสำหรับคำขอ ${i.trackingNumber} แล้ว`,
    en: `The applicant has resubmitted ${i.trackingNumber}.`,
  }),
  'documents-complete': (i) => ({
    th: `คำขอ ${i.trackingNumber} มีเอกสารครบถ้วน อยู่ระหว่างการพิจารณา`,
    en: `${i.trackingNumber} is complete and under consideration.`,
  }),
  'inspection-scheduled': (i) => ({
    th: `เจ้าหน้าที่นัดตรวจสถานที่สำหรับคำขอ ${i.trackingNumber}`,
    en: `A site inspection has been scheduled for ${i.trackingNumber}.`,
  }),
  'inspection-failed': (i) => ({
    th: `ผลการตรวจสถานที่ของคำขอ ${i.trackingNumber} ยังไม่ผ่าน กรุณาแก้ไขตามคำแนะนำแล้วแจ้งขอตรวจซ้ำ`,
    en: `The site inspection of ${i.trackingNumber} did not pass: correct the premises and ask for a re-inspection.`,
  }),
  'reinspection-requested': (i) => ({
    th: `ผู้ยื่นคำขอแจ้งแก้ไขสถานที่แล้ว ขอตรวจซ้ำ คำขอ ${i.trackingNumber}`,
    en: `The applicant asks for a re-inspection of ${i.trackingNumber}.`,
  }),
  'approved-awaiting-payment': (i) => ({
    th: `คำขอ ${i.trackingNumber} ได้รับอนุมัติแล้ว กรุณาชำระค่าธรรมเนียม`,
    en: `${i.trackingNumber} has been approved: please pay the fee.`,
  }),
  'application-rejected': (i) => ({
    th: `คำขอ ${i.trackingNumber} ไม่ได้รับอนุญาต`,
    en: `${i.trackingNumber} has been rejected.`,
  }),
  'application-cancelled': (i) => ({
    th: `ผู้ยื่นคำขอยกเลิกคำขอ ${i.trackingNumber}`,
    en: `The applicant cancelled ${i.trackingNumber}.`,
  }),
  'payment-received': (i) => ({
    th: `ได้รับชำระค่าธรรมเนียมคำขอ ${i.trackingNumber} แล้ว`,
    en: `The fee for ${i.trackingNumber} has been received.`,
  }),
  'payment-failed': (i) => ({
    th: `การชำระค่าธรรมเนียมคำขอ ${i.trackingNumber} ไม่สำเร็จ กรุณาลองใหม่`,
    en: `The payment for ${i.trackingNumber} failed: please try again.`,
  }),
  'application-approved': (i) => ({
    th: `คำขอ ${i.trackingNumber} ได้รับอนุมัติแล้ว อยู่ระหว่างออกใบอนุญาต`,
    en: `${i.trackingNumber} has been approved; the licence is being issued.`,
  }),
  'registration-completed': (i) => ({
    th: `การจดทะเบียนตามคำขอ ${i.trackingNumber} เสร็จสมบูรณ์`,
    en: `The registration requested in ${i.trackingNumber} is complete.`,
  }),
  'licence-cancelled': (i) => ({
    th: `ยกเลิกใบอนุญาตตามคำขอ ${i.trackingNumber} แล้ว`,
    en: `The licence has been cancelled as requested in ${i.trackingNumber}.`,
  }),
  'notification-accepted': (i) => ({
    th: `หน่วยงานรับแจ้งตามคำขอ ${i.trackingNumber} แล้ว อยู่ระหว่างออกใบรับแจ้ง`,
    en: `The notification ${i.trackingNumber} has been accepted; the acknowledgement is being issued.`,
  }),
  'notification-accepted-awaiting-payment': (i) => ({
    th: `หน่วยงานรับแจ้งตามคำขอ ${i.trackingNumber} แล้ว กรุณาชำระค่าธรรมเนียม`,
    en: `The notification ${i.trackingNumber} has been accepted: please pay the fee.`,
  }),
  'licence-issued': (i) => ({
    th: `ออก${i.licenceName.th}ตามคำขอ ${i.trackingNumber} แล้ว`,
    en: `Your ${i.licenceName.en} for ${i.trackingNumber} has been issued.`,
  }),
  'licence-suspended': (i) => ({
    th: `${i.licenceName.th}ตามคำขอ ${i.trackingNumber} ถูกพักใช้ ดูเหตุผลได้ในประวัติคำขอ`,
    en: `Your ${i.licenceName.en} (${i.trackingNumber}) has been suspended; the reason is in the application's timeline.`,
  }),
  'licence-reinstated': (i) => ({
    th: `${i.licenceName.th}ตามคำขอ ${i.trackingNumber} กลับมีผลใช้แล้ว`,
    en: `Your ${i.licenceName.en} (${i.trackingNumber}) is in force again.`,
  }),
  'licence-revoked': (i) => ({
    th: `${i.licenceName.th}ตามคำขอ ${i.trackingNumber} ถูกเพิกถอน ดูเหตุผลได้ในประวัติคำขอ`,
    en: `Your ${i.licenceName.en} (${i.trackingNumber}) has been revoked; the reason is in the application's timeline.`,
  }),
  'licence-expired': (i) => ({
    th: `${i.licenceName.th}ตามคำขอ ${i.trackingNumber} สิ้นอายุแล้ว`,
    en: `Your ${i.licenceName.en} (${i.trackingNumber}) has expired.`,
  }),
  'licence-renewed': (i) => ({
    th: `${i.licenceName.th}ตามคำขอ ${i.trackingNumber} ได้รับการต่ออายุแล้ว ใบอนุญาตฉบับใหม่มีผลต่อเนื่องเมื่อฉบับนี้สิ้นอายุ`,
    en: `Your ${i.licenceName.en} (${i.trackingNumber}) has been renewed; the new licence continues when this one ends.`,
  }),
  'licence-amended': (i) => ({
    th: `${i.licenceName.th}ตามคำขอ ${i.trackingNumber} ถูกแทนที่ด้วยใบอนุญาตที่แก้ไขรายการแล้ว`,
    en: `Your ${i.licenceName.en} (${i.trackingNumber}) has been replaced by the amended licence.`,
  }),
  'licence-delivered': (i) => ({
    th: `ส่งมอบ${i.licenceName.th}ตามคำขอ ${i.trackingNumber} แล้ว ดูเลขพัสดุหรือผู้รับได้ในประวัติคำขอ`,
    en: `Your ${i.licenceName.en} (${i.trackingNumber}) has been dispatched or collected; the tracking number or collector is in the timeline.`,
  }),
};

/** The message for a template; a template a workflow names but we do not know yet falls back to the state. */
export function renderNotification(template: string, input: TemplateInput): LocalizedText {
  const render = TEMPLATES[template];
  if (render) return render(input);
  return {
    th: `คำขอ ${input.trackingNumber}: ${input.stateLabel.th}`,
    en: `${input.trackingNumber}: ${input.stateLabel.en}`,
  };
}
