import { addTexts } from '../i18n';
import { defineTexts } from '../i18n/define';

/**
 * Texts of the components several areas share (the timeline, the applicant's government records), namespace
 * `shared`; registered when a component that uses them loads, so they travel with the areas' chunks, not the shell.
 */
const texts = defineTexts(
  {
    timeline: {
      title: 'ประวัติการดำเนินการ',
      none: 'ยังไม่มีการดำเนินการ',
      by: 'โดย',
      comment: 'หมายเหตุ',
      actor: { applicant: 'ผู้ประกอบการ', officer: 'เจ้าหน้าที่', approver: 'ผู้มีอำนาจอนุญาต', signer: 'ผู้มีอำนาจลงนาม', system: 'ระบบ', head_of_office: 'หัวหน้าหน่วยงาน' },
      verified: 'ตรวจสอบแล้ว: ประวัติการดำเนินการครบถ้วน ไม่ถูกแก้ไข',
      broken: 'คำเตือน: ประวัติการดำเนินการอาจถูกแก้ไข ตั้งแต่รายการที่ {{seq}} โปรดติดต่อหน่วยงาน',
      untrusted: 'คำเตือน: ประวัติการดำเนินการของคำขอนี้ถูกแก้ไขนอกระบบ จึงเชื่อถือไม่ได้ ผู้ตรวจสอบได้รับแจ้งแล้ว',
      brokenNow: 'รายการที่ {{seq}} ไม่ตรงกับแฮชที่บันทึกไว้ (ถูกแก้ไขหรือถูกลบ)',
      anchored: 'ตรงกับรากยืนยันที่เผยแพร่และลงนามโดยหน่วยงานเมื่อ {{date}} (ถึงรายการที่ {{seq}})',
      anchorMismatch: 'ไม่ตรงกับรากยืนยันที่เผยแพร่เมื่อ {{date}} (รายการที่ {{seq}})',
      recordedTitle: 'ความผิดปกติที่การตรวจสอบประจำคืนบันทึกไว้',
      recordedLink: 'ตรวจพบเมื่อ {{time}}: รายการที่ {{seq}} ถูกแก้ไขหรือถูกลบ',
      recordedAnchor: 'ตรวจพบเมื่อ {{time}}: ประวัติไม่ตรงกับรากยืนยันของวันที่ {{date}} ที่รายการที่ {{seq}}',
      moved: '{{from}} → {{to}}',
      consent: 'ผู้ยื่นคำขอยินยอมตามประกาศความเป็นส่วนตัว ฉบับที่ {{version}}',
      onBehalf: 'ยื่นโดย {{agent}} แทน {{principal}} (ผู้รับมอบอำนาจ)',
    },
    records: {
      holderPerson: 'ยื่นในนามบุคคลธรรมดา',
      holderJuristic: 'ยื่นในนามนิติบุคคล',
      nationalId: 'เลขประจำตัวประชาชน',
      name: 'ชื่อ-นามสกุล',
      dateOfBirth: 'วันเกิด',
      address: 'ที่อยู่ตามทะเบียนบ้าน',
      registrationNumber: 'เลขทะเบียนนิติบุคคล',
      juristicName: 'ชื่อนิติบุคคล',
      juristicStatus: 'สถานะ',
      headOffice: 'ที่ตั้งสำนักงานใหญ่',
      directors: 'กรรมการผู้มีอำนาจ',
      actingDirector: 'กรรมการผู้ยื่นคำขอ',
      source: 'ข้อมูลจาก {{source}} เมื่อ {{time}}',
      sources: { dopa: 'กรมการปกครอง (ทะเบียนราษฎร)', dbd: 'กรมพัฒนาธุรกิจการค้า', other: 'ระบบแลกเปลี่ยนข้อมูลภาครัฐ' },
      notKnown: 'ไม่ระบุ',
    },
  },
  {
    timeline: {
      title: 'History',
      none: 'Nothing has happened yet.',
      by: 'by',
      comment: 'Comment',
      actor: { applicant: 'Applicant', officer: 'Officer', approver: 'Licensing authority', signer: 'Authorised signer', system: 'System', head_of_office: 'Head of office' },
      verified: 'Checked: the history is complete and unaltered.',
      broken: 'Warning: the history may have been altered from entry {{seq}}. Please contact the office.',
      untrusted: 'Warning: the history of this application was altered outside the system and cannot be trusted. Auditors have been alerted.',
      brokenNow: 'Entry {{seq}} does not match its recorded hash (edited or removed).',
      anchored: 'Matches the root the agency signed and published on {{date}} (up to entry {{seq}}).',
      anchorMismatch: 'Does not match the root published on {{date}} (entry {{seq}}).',
      recordedTitle: 'Breaks the nightly check recorded',
      recordedLink: 'Found {{time}}: entry {{seq}} was edited or removed.',
      recordedAnchor: 'Found {{time}}: the history no longer matches the root of {{date}} at entry {{seq}}.',
      moved: '{{from}} → {{to}}',
      consent: 'The applicant agreed to privacy notice version {{version}}',
      onBehalf: 'Filed by {{agent}} on behalf of {{principal}} (agent under a grant)',
    },
    records: {
      holderPerson: 'Applying as a natural person',
      holderJuristic: 'Applying for a juristic person',
      nationalId: 'National ID number',
      name: 'Name',
      dateOfBirth: 'Date of birth',
      address: 'Registered address',
      registrationNumber: 'Registration number',
      juristicName: 'Name of the juristic person',
      juristicStatus: 'Status',
      headOffice: 'Head office',
      directors: 'Authorised directors',
      actingDirector: 'Director applying',
      source: 'From {{source}} at {{time}}',
      sources: { dopa: 'the Department of Provincial Administration (civil registry)', dbd: 'the Department of Business Development', other: 'government data exchange' },
      notKnown: 'Not stated',
    },
  },
);

addTexts('shared', texts);
