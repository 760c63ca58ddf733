/**
 * What government data exchange tells us about an applicant: a citizen's civil-registration record
 * (DOPA, กรมการปกครอง) and a juristic person's registration (DBD, กรมพัฒนาธุรกิจการค้า). Applicants
 * upload no copies of ID cards, house registrations or company certificates: these records replace them.
 */

/** A DOPA administrative area: 2-digit province, 4-digit district, 6-digit subdistrict code. */
export interface AreaName {
  code: string;
  th: string;
  en: string;
}

/** A registered address (house registration / head office), with DOPA area codes. */
export interface ThaiAddress {
  houseNumber: string;
  /** หมู่ที่ (village number), outside municipal areas. */
  moo: string | null;
  soi: string | null;
  road: string | null;
  subdistrict: AreaName;
  district: AreaName;
  province: AreaName;
  postcode: string;
}

export interface PersonName {
  title: string;
  first: string;
  last: string;
}

/** A citizen's record by national ID (ทะเบียนราษฎร). */
export interface CitizenRecord {
  nationalId: string;
  name: { th: PersonName; en: PersonName };
  /** ISO date (Gregorian). */
  dateOfBirth: string;
  /** The house-registration address (ที่อยู่ตามทะเบียนบ้าน). */
  address: ThaiAddress;
}

export const JURISTIC_TYPES = {
  'company-limited': { th: 'บริษัทจำกัด', en: 'Company limited' },
  'public-company-limited': { th: 'บริษัทมหาชนจำกัด', en: 'Public company limited' },
  'limited-partnership': { th: 'ห้างหุ้นส่วนจำกัด', en: 'Limited partnership' },
  'registered-ordinary-partnership': { th: 'ห้างหุ้นส่วนสามัญนิติบุคคล', en: 'Registered ordinary partnership' },
} as const;
export type JuristicType = keyof typeof JURISTIC_TYPES;

/** The DBD's statuses; only `active` and `restored` (returned to the register) may act. */
export const JURISTIC_STATUSES = {
  active: { th: 'ยังดำเนินกิจการอยู่', en: 'Active', mayAct: true },
  restored: { th: 'คืนสู่ทะเบียน', en: 'Restored to the register', mayAct: true },
  dissolved: { th: 'เลิก', en: 'Dissolved', mayAct: false },
  liquidated: { th: 'เสร็จการชำระบัญชี', en: 'Liquidation completed', mayAct: false },
  deregistered: { th: 'ร้าง', en: 'Struck off the register', mayAct: false },
  bankrupt: { th: 'ล้มละลาย', en: 'Bankrupt', mayAct: false },
} as const;
export type JuristicStatus = keyof typeof JURISTIC_STATUSES;

export interface AuthorisedDirector {
  nationalId: string;
  name: { th: string; en: string };
}

/** A juristic person's registration by its 13-digit registration number (หนังสือรับรองนิติบุคคล). */
export interface JuristicPersonRecord {
  registrationNumber: string;
  name: { th: string; en: string };
  type: JuristicType;
  status: JuristicStatus;
  /** ISO date of registration. */
  registeredOn: string;
  registeredCapitalSatang: number;
  /** The directors (or managing partners) who may sign for it, as the register names them. */
  authorisedDirectors: AuthorisedDirector[];
  /** อำนาจกรรมการ: how they sign, as registered. */
  signingRule: { th: string; en: string };
  headOffice: ThaiAddress;
}

/** A record with where it came from (`fixture:dopa`, `http:dbd`, …) and when. */
export interface Fetched<T> {
  record: T;
  source: string;
  fetchedAt: Date;
}

export function mayAct(record: JuristicPersonRecord): boolean {
  return JURISTIC_STATUSES[record.status].mayAct;
}

export function isAuthorisedDirector(record: JuristicPersonRecord, nationalId: string): boolean {
  return record.authorisedDirectors.some((d) => d.nationalId === nationalId);
}

/** นายสมชาย ใจดี / Mr Somchai Jaidee */
export function fullName(name: { th: PersonName; en: PersonName }): { th: string; en: string } {
  return {
    th: `${name.th.title}${name.th.first} ${name.th.last}`,
    en: `${name.en.title} ${name.en.first} ${name.en.last}`,
  };
}

const BANGKOK = '10';

/** The address as a Thai letter would print it: แขวง/เขต in Bangkok, ตำบล/อำเภอ/จังหวัด elsewhere. */
export function formatThaiAddress(address: ThaiAddress): string {
  const bangkok = address.province.code === BANGKOK;
  return [
    address.houseNumber,
    address.moo ? `หมู่ที่ ${address.moo}` : null,
    address.soi ? `ซอย${address.soi}` : null,
    address.road ? `ถนน${address.road}` : null,
    `${bangkok ? 'แขวง' : 'ตำบล'}${address.subdistrict.th}`,
    `${bangkok ? 'เขต' : 'อำเภอ'}${address.district.th}`,
    bangkok ? address.province.th : `จังหวัด${address.province.th}`,
    address.postcode,
  ]
    .filter(Boolean)
    .join(' ');
}
