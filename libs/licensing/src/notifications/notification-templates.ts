import type { LocalizedText } from '@bizportal/engine';

interface TemplateInput {
  trackingNumber: string;
  licenceName: LocalizedText;
  stateLabel: LocalizedText;
  /** Values a reminder gives (dates in Thai and English, counts), empty for a workflow step's notification. */
  vars: Record<string, string>;
}

type Template = (input: TemplateInput) => LocalizedText;

const TEMPLATES: Record<string, Template> = {
  // To every auditor, from the nightly history check (anchoring/): vars seq, reasonTh, reasonEn.
  'history-chain-broken': (i) => ({
    th: `ตรวจพบความผิดปกติในประวัติของคำขอ ${i.trackingNumber}: ห่วงโซ่แฮชไม่ตรงกันที่รายการลำดับที่ ${i.vars.seq} (${i.vars.reasonTh}) โปรดตรวจสอบ`,
    en: `The history of ${i.trackingNumber} has been altered: its hash chain breaks at entry ${i.vars.seq} (${i.vars.reasonEn}). Please investigate.`,
  }),
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
  'payment-held': (i) => ({
    th: `เงิน ${i.vars.amountTh} ที่ได้รับสำหรับคำขอ ${i.trackingNumber} ถูกพักไว้ให้เจ้าหน้าที่ตรวจสอบ (${i.vars.reasonTh}) เจ้าหน้าที่จะคืนเงินหรือรับเป็นค่าธรรมเนียม และจะแจ้งให้ท่านทราบ ไม่ต้องชำระซ้ำ`,
    en: `The ${i.vars.amountEn} received for ${i.trackingNumber} is held for the office to review (${i.vars.reasonEn}). The office will refund it or accept it as the fee and tell you; do not pay again.`,
  }),
  'payment-held-office': (i) => ({
    th: `มีเงิน ${i.vars.amountTh} ของคำขอ ${i.trackingNumber} ถูกพักไว้ (${i.vars.reasonTh}) กรุณาคืนเงินหรือรับเป็นค่าธรรมเนียมที่หน้า “เงินที่พักไว้”`,
    en: `${i.vars.amountEn} for ${i.trackingNumber} is held (${i.vars.reasonEn}): refund it or accept it on the "Held payments" page.`,
  }),
  'payment-refunded': (i) => ({
    th: `คืนเงิน ${i.vars.amountTh} ของคำขอ ${i.trackingNumber} แล้ว (${i.vars.reasonTh}) ${i.vars.nextTh}`,
    en: `${i.vars.amountEn} for ${i.trackingNumber} has been refunded (${i.vars.reasonEn}). ${i.vars.nextEn}`,
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
  'request-closed-licence-revoked': (i) => ({
    th: `คำขอ ${i.trackingNumber} (${i.licenceName.th}) ถูกปิด เนื่องจากใบอนุญาตที่คำขอนี้อ้างถึงถูกเพิกถอน ดูเหตุผลได้ในประวัติคำขอ`,
    en: `${i.trackingNumber} (${i.licenceName.en}) has been closed: the licence it concerns was revoked; the reason is in the timeline.`,
  }),
  'request-closed-fee-paid': (i) => ({
    th: `คำขอ ${i.trackingNumber} ที่ถูกปิดเพราะใบอนุญาตถูกเพิกถอน ได้ชำระค่าธรรมเนียมแล้ว ${i.vars.amountTh} (ใบเสร็จ ${i.vars.receiptNumber}) กรุณาพิจารณาคืนเงินแก่ผู้ยื่นคำขอ`,
    en: `${i.trackingNumber}, closed because its licence was revoked, had its fee paid: ${i.vars.amountEn} (receipt ${i.vars.receiptNumber}). Please decide on a refund to the applicant.`,
  }),
  'request-not-closed-licence-revoked': (i) => ({
    th: `คำขอ ${i.trackingNumber} อ้างถึงใบอนุญาต ${i.vars.licenceNumber} ซึ่งถูกเพิกถอนแล้ว แต่ขั้นตอนรุ่นที่คำขอนี้ใช้ปิดคำขอโดยอัตโนมัติไม่ได้ คำขอนี้อนุมัติไม่ได้ กรุณาปฏิเสธคำขอพร้อมเหตุผล`,
    en: `${i.trackingNumber} concerns licence ${i.vars.licenceNumber}, which was revoked, but its workflow version cannot close it automatically. It cannot be approved: please reject it with the reason.`,
  }),
  'request-on-hold-licence-suspended': (i) => ({
    th: `คำขอ ${i.trackingNumber} (${i.licenceName.th}) ยังอนุมัติหรือออกใบอนุญาตไม่ได้ เพราะใบอนุญาต ${i.vars.licenceNumber} ถูกพักใช้ จะดำเนินการต่อเมื่อคืนสิทธิ์ใบอนุญาตแล้ว`,
    en: `${i.trackingNumber} (${i.licenceName.en}) cannot be approved or issued while licence ${i.vars.licenceNumber} is suspended; it continues once the licence is reinstated.`,
  }),
  'request-resumed-licence-reinstated': (i) => ({
    th: `ใบอนุญาต ${i.vars.licenceNumber} กลับมีผลใช้แล้ว คำขอ ${i.trackingNumber} ดำเนินการต่อได้`,
    en: `Licence ${i.vars.licenceNumber} is in force again: ${i.trackingNumber} continues.`,
  }),
  // Complaints about licensed premises (complaints/): vars reference, licenceNumber, and statusTh/En or outcomeTh/En.
  'complaint-received': (i) => ({
    th: `มีเรื่องร้องเรียนใหม่ ${i.vars.reference} เกี่ยวกับใบอนุญาต ${i.vars.licenceNumber} รอคัดกรอง`,
    en: `New complaint ${i.vars.reference} about licence ${i.vars.licenceNumber} is waiting for triage.`,
  }),
  'complaint-answered': (i) => ({
    th: `ผู้รับใบอนุญาต ${i.vars.licenceNumber} ชี้แจงเรื่องร้องเรียน ${i.vars.reference} แล้ว`,
    en: `The holder of licence ${i.vars.licenceNumber} has answered complaint ${i.vars.reference}.`,
  }),
  'complaint-about-licence': (i) => ({
    th: `หน่วยงานรับเรื่องร้องเรียน ${i.vars.reference} เกี่ยวกับใบอนุญาต ${i.vars.licenceNumber} ของท่าน และจะตรวจสอบสถานที่ ท่านชี้แจงได้ที่หน้า “เรื่องร้องเรียน”`,
    en: `The office has accepted complaint ${i.vars.reference} about your licence ${i.vars.licenceNumber} and will inspect the premises. You can answer it on the "Complaints" page.`,
  }),
  'complaint-inspected': (i) => ({
    th: `หน่วยงานบันทึกผลการตรวจสถานที่ตามเรื่องร้องเรียน ${i.vars.reference} (ใบอนุญาต ${i.vars.licenceNumber}) แล้ว`,
    en: `The office has recorded its inspection for complaint ${i.vars.reference} (licence ${i.vars.licenceNumber}).`,
  }),
  'complaint-outcome': (i) => ({
    th: `ผลการพิจารณาเรื่องร้องเรียน ${i.vars.reference} เกี่ยวกับใบอนุญาต ${i.vars.licenceNumber}: ${i.vars.outcomeTh}`,
    en: `The outcome of complaint ${i.vars.reference} about licence ${i.vars.licenceNumber}: ${i.vars.outcomeEn}.`,
  }),
  // Public hearings (issue 18): the applicant at each step, the office on the answers; followers of the subdistrict
  // (vars reference, businessName, closesOn YYYY-MM-DD).
  'hearing-opened': (i) => ({
    th: `เปิดรับฟังความคิดเห็นของประชาชนสำหรับคำขอ ${i.trackingNumber} แล้ว`,
    en: `The public hearing on ${i.trackingNumber} is open for comments.`,
  }),
  'hearing-opened-nearby': (i) => ({
    th: `เปิดรับฟังความคิดเห็นของประชาชน ${i.vars.reference} (${i.vars.businessName}) ในตำบลที่ท่านติดตาม ถึงวันที่ ${i.vars.closesOn}`,
    en: `Public hearing ${i.vars.reference} (${i.vars.businessName}) is open in a subdistrict you follow, until ${i.vars.closesOn}.`,
  }),
  'hearing-closed': (i) => ({
    th: `ปิดรับฟังความคิดเห็นของประชาชนสำหรับคำขอ ${i.trackingNumber} แล้ว กรุณาชี้แจงความคิดเห็น`,
    en: `The public hearing on ${i.trackingNumber} has closed: please answer the comments.`,
  }),
  'hearing-answered': (i) => ({
    th: `ผู้ประกอบการส่งคำชี้แจงความคิดเห็นของประชาชนสำหรับคำขอ ${i.trackingNumber} แล้ว รอสรุปผล`,
    en: `The applicant has answered the public's comments on ${i.trackingNumber}; the summary is due.`,
  }),
  'hearing-concluded': (i) => ({
    th: `เจ้าหน้าที่สรุปผลการรับฟังความคิดเห็นของประชาชนสำหรับคำขอ ${i.trackingNumber} แล้ว`,
    en: `The office has summarised the public hearing on ${i.trackingNumber}.`,
  }),
  'complaint-status': (i) => ({
    th: `เรื่องร้องเรียน ${i.vars.reference} ของท่าน: ${i.vars.statusTh}`,
    en: `Your complaint ${i.vars.reference}: ${i.vars.statusEn}.`,
  }),
  'message-from-applicant': (i) => ({
    th: `ผู้ยื่นคำขอส่งข้อความถึงเจ้าหน้าที่ เรื่องคำขอ ${i.trackingNumber}`,
    en: `The applicant has sent a message about ${i.trackingNumber}.`,
  }),
  'message-from-office': (i) => ({
    th: `เจ้าหน้าที่ส่งข้อความถึงท่าน เรื่องคำขอ ${i.trackingNumber}`,
    en: `The office has sent you a message about ${i.trackingNumber}.`,
  }),
  'reminder-due-soon': (i) => ({
    th: `เตือน: คำขอ ${i.trackingNumber} (${i.licenceName.th}) ครบกำหนดดำเนินการภายใน ${i.vars.dueTh}`,
    en: `Reminder: ${i.trackingNumber} (${i.licenceName.en}) is due by ${i.vars.dueEn}.`,
  }),
  'reminder-overdue-escalation': (i) => ({
    th: `คำขอ ${i.trackingNumber} (${i.licenceName.th}) เกินกำหนดดำเนินการแล้ว (ครบกำหนด ${i.vars.dueTh}) สถานะ: ${i.stateLabel.th} กรุณาติดตาม`,
    en: `${i.trackingNumber} (${i.licenceName.en}) is overdue (due ${i.vars.dueEn}), at "${i.stateLabel.en}": please follow it up.`,
  }),
  'reminder-applicant-waiting': (i) => ({
    th: `คำขอ ${i.trackingNumber} รอท่านดำเนินการตั้งแต่ ${i.vars.sinceTh} (${i.stateLabel.th}) กรุณาดำเนินการเพื่อให้เจ้าหน้าที่พิจารณาต่อได้`,
    en: `${i.trackingNumber} has been waiting for you since ${i.vars.sinceEn} (${i.stateLabel.en}): please act so the office can continue.`,
  }),
  'reminder-promptpay-expiring': (i) => ({
    th: `คิวอาร์โค้ดพร้อมเพย์สำหรับชำระค่าธรรมเนียมคำขอ ${i.trackingNumber} จะหมดอายุ ${i.vars.expiresTh} กรุณาชำระก่อนหมดอายุ`,
    en: `The PromptPay QR code for the fee of ${i.trackingNumber} expires at ${i.vars.expiresEn}: please pay before then.`,
  }),
  'reminder-renewal-due': (i) => ({
    th: `${i.licenceName.th} เลขที่ ${i.vars.licenceNumber} จะสิ้นอายุวันที่ ${i.vars.endTh} กรุณายื่นคำขอต่ออายุ`,
    en: `Your ${i.licenceName.en} ${i.vars.licenceNumber} ends on ${i.vars.endEn}: please apply to renew it.`,
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
