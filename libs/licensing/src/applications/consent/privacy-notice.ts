import type { LocalizedText } from '@bizportal/engine';

/** One purpose a privacy notice states, which an applicant's consent at submission covers. */
export interface PrivacyPurpose {
  code: string;
  label: LocalizedText;
}

/**
 * A version of the portal's privacy notice under the PDPA (B.E. 2562). Its full text is the web app's `/privacy`
 * page (areas/public/PrivacyPage.tsx), which shows this version and date; a change of what the notice says is a
 * new version here and there, and applicants then agree to the new one.
 */
export interface PrivacyNotice {
  /** What consent records: "1" is ฉบับที่ 1. */
  version: string;
  /** The day it took effect (Bangkok). */
  issuedOn: string;
  /** The purposes it states: what an applicant's agreement at submission covers. */
  covers: readonly PrivacyPurpose[];
}

const VERSION_1: PrivacyNotice = {
  version: '1',
  issuedOn: '2026-12-06',
  covers: [
    {
      code: 'application-decision',
      label: { th: 'พิจารณาคำขอ ออกใบอนุญาต และดูแลใบอนุญาตตามกฎหมายที่เกี่ยวข้อง', en: 'Deciding the application, issuing the licence and administering it under the applicable law' },
    },
    {
      code: 'government-records',
      label: { th: 'ขอข้อมูลทะเบียนราษฎร์และข้อมูลนิติบุคคลจากหน่วยงานรัฐแทนการแนบสำเนาเอกสาร', en: 'Fetching civil-registration and juristic-person records from government agencies instead of copies' },
    },
    {
      code: 'disclosure-to-agencies',
      label: { th: 'เปิดเผยแก่หน่วยงานผู้อนุญาตและหน่วยงานรัฐที่ต้องให้ความเห็นหรือตรวจสอบตามกฎหมาย', en: 'Disclosure to the licensing office and to agencies the law requires to be consulted or to check' },
    },
    {
      code: 'payment',
      label: { th: 'ส่งข้อมูลการชำระค่าธรรมเนียมแก่ผู้ให้บริการรับชำระเงินและธนาคาร', en: 'Passing fee-payment details to the payment gateway and banks' },
    },
    {
      code: 'contact',
      label: { th: 'แจ้งความคืบหน้าของคำขอทางระบบ อีเมล หรือ SMS ตามที่ท่านเลือก', en: 'Telling you how the application progresses in the portal, by email or by SMS as you choose' },
    },
  ],
};

/** Every version ever published, oldest first; the last is the one applicants agree to now. */
export const PRIVACY_NOTICES: readonly PrivacyNotice[] = [VERSION_1];

export const CURRENT_PRIVACY_NOTICE: PrivacyNotice = PRIVACY_NOTICES[PRIVACY_NOTICES.length - 1];

export function privacyNotice(version: string): PrivacyNotice | undefined {
  return PRIVACY_NOTICES.find((n) => n.version === version);
}
