import { formatThaiAddress, fullName, isAuthorisedDirector, JURISTIC_STATUSES, mayAct, type CitizenRecord, type JuristicPersonRecord } from '@bizportal/data-exchange';
import type { DocumentRequirement } from '@bizportal/engine';
import { formatThaiDate } from '@bizportal/common';

export type PrecheckResult = 'pass' | 'fail' | 'unknown';

export type PrecheckItemCode =
  | 'documents'
  | 'holder-name'
  | 'holder-address'
  | 'juristic-standing'
  | 'registered-capital'
  | 'premises-area'
  | 'previous-revocation';

/** Where an item's answer came from: the application's documents, a government register, the office areas or the licence register. */
export type PrecheckSource = 'documents' | 'dopa' | 'dbd' | 'jurisdictions' | 'licence-register';

type Text = { th: string; en: string };

export interface PrecheckItem {
  code: PrecheckItemCode;
  result: PrecheckResult;
  /** What was found, in words, for the officer. */
  detail: Text;
  source: PrecheckSource;
  /** The connector's own name of the record's source (`fixture:dopa`, `http:dbd`), when a register answered. */
  sourceRef: string | null;
  checkedAt: string;
}

/** A register's answer now, or why there is none. */
export type RegisterAnswer<T> = { record: T; source: string; fetchedAt: Date } | { unavailable: string };

/** The holder as the application recorded it when it was made. */
export interface RecordedHolder {
  type: 'person' | 'juristic';
  id: string;
  name: Text;
  /** The address recorded then: the citizen's house registration or the company's head office. */
  address: string;
}

export interface OfficeServingNow {
  /** The office the routing names for the premises today, or null when none serves them. */
  officeId: string | null;
  officeName: Text | null;
}

export interface RevokedLicence {
  number: string;
  revokedAt: Date;
}

/** What the checks read, gathered by the service; the checks themselves only compare. */
export interface PrecheckInputs {
  at: Date;
  missingDocuments: DocumentRequirement[];
  requiredDocuments: number;
  holder: RecordedHolder;
  /** The citizen (person holder) or juristic person (company holder) in the register now. */
  register: RegisterAnswer<CitizenRecord> | RegisterAnswer<JuristicPersonRecord>;
  /**
   * For a company: the national ID of whoever must still be an authorised director — the applicant, or, for an
   * application an agent filed, the director who granted her the right (`viaGrant`).
   */
  applicantNationalId: string | null;
  viaGrant?: boolean;
  /** The form's `capitalBaht`, when the licence's form asks for it. */
  declaredCapitalBaht: number | null;
  application: { officeId: string | null; subdistrictCode: string };
  servingNow: OfficeServingNow | { unavailable: string };
  revokedWithinYear: RevokedLicence[];
}

const englishDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'long' });
const compact = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const baht = (satang: number) => (satang / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * The officer's pre-check of a submitted application: each item pass, fail or unknown, with what was found and
 * where. It advises; the officer still decides. Items that cannot apply (no capital asked, a person's standing)
 * are left out rather than marked.
 */
export function precheckItems(inputs: PrecheckInputs): PrecheckItem[] {
  const checkedAt = inputs.at.toISOString();
  const item = (code: PrecheckItemCode, source: PrecheckSource, result: PrecheckResult, detail: Text, sourceRef: string | null = null): PrecheckItem => ({
    code,
    result,
    detail,
    source,
    sourceRef,
    checkedAt,
  });
  const items: PrecheckItem[] = [documentsItem(inputs, item)];
  items.push(...registerItems(inputs, item));
  items.push(premisesItem(inputs, item));
  items.push(revocationItem(inputs, item));
  return items;
}

type MakeItem = (code: PrecheckItemCode, source: PrecheckSource, result: PrecheckResult, detail: Text, sourceRef?: string | null) => PrecheckItem;

function documentsItem({ missingDocuments, requiredDocuments }: PrecheckInputs, item: MakeItem): PrecheckItem {
  if (missingDocuments.length === 0) {
    return item('documents', 'documents', 'pass', {
      th: requiredDocuments === 0 ? 'ใบอนุญาตนี้ไม่กำหนดเอกสารที่ต้องแนบ' : `แนบเอกสารที่กำหนดครบทั้ง ${requiredDocuments} รายการ`,
      en: requiredDocuments === 0 ? 'This licence requires no documents' : `All ${requiredDocuments} required documents are attached`,
    });
  }
  return item('documents', 'documents', 'fail', {
    th: `ยังขาด: ${missingDocuments.map((d) => d.label.th).join(', ')}`,
    en: `Missing: ${missingDocuments.map((d) => d.label.en).join(', ')}`,
  });
}

function registerItems(inputs: PrecheckInputs, item: MakeItem): PrecheckItem[] {
  const { holder, register } = inputs;
  const source: PrecheckSource = holder.type === 'juristic' ? 'dbd' : 'dopa';
  const codes: PrecheckItemCode[] = ['holder-name', 'holder-address'];
  if (holder.type === 'juristic') codes.push('juristic-standing');
  if (inputs.declaredCapitalBaht !== null) codes.push('registered-capital');
  if ('unavailable' in register) {
    const detail = { th: `ตรวจไม่ได้: ระบบทะเบียนไม่ตอบ (${register.unavailable})`, en: `Not checked: the register did not answer (${register.unavailable})` };
    return codes.map((code) => item(code, source, 'unknown', detail));
  }
  const ref = register.source;
  const out: PrecheckItem[] = [];
  const now = holder.type === 'juristic' ? companyNow(register.record as JuristicPersonRecord) : personNow(register.record as CitizenRecord);

  const sameName = compact(now.name.th) === compact(holder.name.th);
  out.push(
    item(
      'holder-name',
      source,
      sameName ? 'pass' : 'fail',
      sameName
        ? { th: `ชื่อตรงกับทะเบียน: ${now.name.th}`, en: `The name matches the register: ${now.name.en}` }
        : { th: `ชื่อในคำขอ "${holder.name.th}" แต่ในทะเบียนขณะนี้ "${now.name.th}"`, en: `The application names "${holder.name.en}"; the register now says "${now.name.en}"` },
      ref,
    ),
  );
  const sameAddress = compact(now.address) === compact(holder.address);
  out.push(
    item(
      'holder-address',
      source,
      sameAddress ? 'pass' : 'fail',
      sameAddress
        ? { th: `ที่อยู่ตรงกับทะเบียน: ${now.address}`, en: `The address matches the register: ${now.address}` }
        : { th: `ที่อยู่ในคำขอ "${holder.address}" แต่ในทะเบียนขณะนี้ "${now.address}"`, en: `The application records "${holder.address}"; the register now says "${now.address}"` },
      ref,
    ),
  );
  if (holder.type === 'juristic') out.push(standingItem(register.record as JuristicPersonRecord, inputs.applicantNationalId, inputs.viaGrant === true, item, ref));
  if (inputs.declaredCapitalBaht !== null) out.push(capitalItem(holder, register.record, inputs.declaredCapitalBaht, item, ref));
  return out;
}

function personNow(record: CitizenRecord) {
  return { name: fullName(record.name), address: formatThaiAddress(record.address) };
}

function companyNow(record: JuristicPersonRecord) {
  return { name: record.name, address: formatThaiAddress(record.headOffice) };
}

function standingItem(record: JuristicPersonRecord, applicantNationalId: string | null, viaGrant: boolean, item: MakeItem, ref: string): PrecheckItem {
  const who = viaGrant ? { th: 'กรรมการผู้มอบอำนาจให้ยื่นแทน', en: 'the director who granted the agent’s authority' } : { th: 'ผู้ยื่นคำขอ', en: 'the applicant' };
  const status = JURISTIC_STATUSES[record.status];
  if (!mayAct(record)) {
    return item('juristic-standing', 'dbd', 'fail', { th: `สถานะนิติบุคคลขณะนี้: ${status.th}`, en: `The juristic person's status is now: ${status.en}` }, ref);
  }
  if (!applicantNationalId || !isAuthorisedDirector(record, applicantNationalId)) {
    return item(
      'juristic-standing',
      'dbd',
      'fail',
      { th: `${who.th}ไม่ได้เป็นกรรมการผู้มีอำนาจตามทะเบียนขณะนี้`, en: `${who.en[0].toUpperCase()}${who.en.slice(1)} is no longer an authorised director in the register` },
      ref,
    );
  }
  return item(
    'juristic-standing',
    'dbd',
    'pass',
    { th: `สถานะ: ${status.th} และ${who.th}เป็นกรรมการผู้มีอำนาจ`, en: `Status: ${status.en}, and ${who.en} is an authorised director` },
    ref,
  );
}

function capitalItem(holder: RecordedHolder, record: CitizenRecord | JuristicPersonRecord, declaredBaht: number, item: MakeItem, ref: string): PrecheckItem {
  if (holder.type !== 'juristic') {
    return item('registered-capital', 'dopa', 'unknown', {
      th: `ทุนที่แจ้ง ${baht(declaredBaht * 100)} บาท: บุคคลธรรมดาไม่มีทุนจดทะเบียนให้เทียบ`,
      en: `Declared capital ${baht(declaredBaht * 100)} baht: a natural person has no registered capital to compare`,
    });
  }
  const registered = (record as JuristicPersonRecord).registeredCapitalSatang;
  const declared = Math.round(declaredBaht * 100);
  return declared === registered
    ? item('registered-capital', 'dbd', 'pass', { th: `ทุนที่แจ้งตรงกับทุนจดทะเบียน ${baht(registered)} บาท`, en: `The declared capital matches the registered ${baht(registered)} baht` }, ref)
    : item(
        'registered-capital',
        'dbd',
        'fail',
        { th: `ทุนที่แจ้ง ${baht(declared)} บาท แต่ทุนจดทะเบียน ${baht(registered)} บาท`, en: `Declared ${baht(declared)} baht; registered capital ${baht(registered)} baht` },
        ref,
      );
}

function premisesItem({ application, servingNow }: PrecheckInputs, item: MakeItem): PrecheckItem {
  if ('unavailable' in servingNow) {
    return item('premises-area', 'jurisdictions', 'unknown', { th: `ตรวจไม่ได้: ${servingNow.unavailable}`, en: `Not checked: ${servingNow.unavailable}` });
  }
  if (servingNow.officeId === null) {
    return item('premises-area', 'jurisdictions', 'fail', {
      th: `ไม่มีสำนักงานใดรับผิดชอบตำบล/แขวง ${application.subdistrictCode} ของสถานประกอบการในขณะนี้`,
      en: `No office serves the premises' subdistrict ${application.subdistrictCode} now`,
    });
  }
  if (servingNow.officeId === application.officeId) {
    return item('premises-area', 'jurisdictions', 'pass', {
      th: `สถานประกอบการอยู่ในเขตของ${servingNow.officeName?.th ?? 'สำนักงานนี้'}`,
      en: `The premises are in the area of ${servingNow.officeName?.en ?? 'this office'}`,
    });
  }
  return item('premises-area', 'jurisdictions', 'fail', {
    th: `สถานประกอบการอยู่ในเขตของ${servingNow.officeName?.th ?? servingNow.officeId} ไม่ใช่สำนักงานนี้`,
    en: `The premises are in the area of ${servingNow.officeName?.en ?? servingNow.officeId}, not this office`,
  });
}

function revocationItem({ revokedWithinYear }: PrecheckInputs, item: MakeItem): PrecheckItem {
  if (revokedWithinYear.length === 0) {
    return item('previous-revocation', 'licence-register', 'pass', {
      th: 'ไม่มีใบอนุญาตประเภทเดียวกันของผู้ขอที่ถูกเพิกถอนในหนึ่งปีที่ผ่านมา',
      en: 'No licence of this type held by the applicant was revoked in the past year',
    });
  }
  const list = (lang: 'th' | 'en') =>
    revokedWithinYear.map((l) => `${l.number} (${lang === 'th' ? formatThaiDate(l.revokedAt) : englishDate.format(l.revokedAt)})`).join(', ');
  return item('previous-revocation', 'licence-register', 'fail', {
    th: `ใบอนุญาตประเภทเดียวกันถูกเพิกถอนในหนึ่งปีที่ผ่านมา: ${list('th')}`,
    en: `A licence of this type was revoked in the past year: ${list('en')}`,
  });
}
