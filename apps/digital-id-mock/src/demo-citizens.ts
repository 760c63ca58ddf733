/**
 * The people who can sign in at the local Digital ID provider. Made-up persons with made-up (but check-digit valid)
 * national IDs; somchai and suda are the demo applicants of libs/identity/src/demo-data.ts, wanee is the director of a
 * demo company in the data-exchange fixtures, prasit has no account in the portal yet (his first sign-in creates one),
 * kanokporn is an accountant who files for others under their grants (docs/architecture.md section 24).
 */
export interface DigitalIdAccount {
  /** Opaque, stable subject identifier (as a real identity provider gives: not the national ID). */
  sub: string;
  /** Short name for the sign-in page and automation (`driveSignIn(url, 'somchai')`). */
  username: string;
  /** Thai national ID, 13 digits: the `pid` claim. Not checked here: the provider says what it is told to. */
  pid: string;
  titleTh: string;
  givenNameTh: string;
  familyNameTh: string;
  titleEn: string;
  givenNameEn: string;
  familyNameEn: string;
  /** ISO date. */
  birthdate: string;
  /** Identity assurance level of the proofing behind this account, e.g. '2.3' (ETDA Digital ID levels). */
  ial: string;
  /** Shown on the sign-in page to help a tester pick. */
  note?: { th: string; en: string };
}

export const DEMO_CITIZENS: DigitalIdAccount[] = [
  {
    sub: 'did-7c1e9a4f2b5d4e08',
    username: 'somchai',
    pid: '1101700230708',
    titleTh: 'นาย',
    givenNameTh: 'สมชาย',
    familyNameTh: 'ใจดี',
    titleEn: 'Mr',
    givenNameEn: 'Somchai',
    familyNameEn: 'Jaidee',
    birthdate: '1985-03-14',
    ial: '2.3',
    note: { th: 'ผู้ประกอบการร้านอาหาร (ผู้ใช้ทดลอง)', en: 'restaurant owner (demo applicant)' },
  },
  {
    sub: 'did-3a8d0c6b91f24e77',
    username: 'suda',
    pid: '3101005678123',
    titleTh: 'นางสาว',
    givenNameTh: 'สุดา',
    familyNameTh: 'รักไทย',
    titleEn: 'Ms',
    givenNameEn: 'Suda',
    familyNameEn: 'Rakthai',
    birthdate: '1979-11-02',
    ial: '2.3',
    note: { th: 'ผู้ประกอบการ (ผู้ใช้ทดลอง)', en: 'entrepreneur (demo applicant)' },
  },
  {
    sub: 'did-e42b7f15c08a4d93',
    username: 'wanee',
    pid: '1103700012346',
    titleTh: 'นาง',
    givenNameTh: 'วาณี',
    familyNameTh: 'ศรีสุข',
    titleEn: 'Mrs',
    givenNameEn: 'Wanee',
    familyNameEn: 'Srisuk',
    birthdate: '1982-07-21',
    ial: '2.3',
    note: { th: 'กรรมการผู้มีอำนาจของนิติบุคคลทดลอง', en: 'authorised director of a demo company' },
  },
  {
    sub: 'did-91d5a2e06f3b4c1a',
    username: 'prasit',
    pid: '3500100123457',
    titleTh: 'นาย',
    givenNameTh: 'ประสิทธิ์',
    familyNameTh: 'มั่นคง',
    titleEn: 'Mr',
    givenNameEn: 'Prasit',
    familyNameEn: 'Mankong',
    birthdate: '1970-01-30',
    ial: '2.3',
    note: { th: 'ยังไม่มีบัญชีในระบบ (สร้างเมื่อเข้าสู่ระบบครั้งแรก)', en: 'no portal account yet (made at first sign-in)' },
  },
  {
    sub: 'did-5b0e3d7a62c94f18',
    username: 'kanya',
    pid: '3509900112237',
    titleTh: 'นางสาว',
    givenNameTh: 'กัญญา',
    familyNameTh: 'ท้องถิ่นดี',
    titleEn: 'Ms',
    givenNameEn: 'Kanya',
    familyNameEn: 'Thongthindee',
    birthdate: '1988-05-09',
    ial: '2.3',
    note: { th: 'ข้าราชการท้องถิ่น เชียงใหม่ (เชิญเป็นเจ้าหน้าที่ได้ด้วยเลขประจำตัวประชาชน)', en: 'local government official, Chiang Mai (to be invited as staff by national ID)' },
  },
  {
    sub: 'did-0c7f4a19e3b85d26',
    username: 'kanokporn',
    pid: '1101400567898',
    titleTh: 'นางสาว',
    givenNameTh: 'กนกพร',
    familyNameTh: 'บุญประเสริฐ',
    titleEn: 'Ms',
    givenNameEn: 'Kanokporn',
    familyNameEn: 'Boonprasert',
    birthdate: '1988-05-17',
    ial: '2.3',
    note: { th: 'ผู้สอบบัญชี ยื่นคำขอแทนผู้ประกอบการตามหนังสือมอบอำนาจ (ผู้ใช้ทดลอง)', en: 'accountant who files for entrepreneurs under a power of attorney (demo applicant)' },
  },
];

/** The OpenID Connect claims of an account: standard names in English, `_th` variants in Thai, `pid` the national ID. */
export function claimsOf(account: DigitalIdAccount): { sub: string } & Record<string, string> {
  return {
    sub: account.sub,
    pid: account.pid,
    title_th: account.titleTh,
    given_name_th: account.givenNameTh,
    family_name_th: account.familyNameTh,
    name_th: `${account.titleTh}${account.givenNameTh} ${account.familyNameTh}`,
    title_en: account.titleEn,
    given_name: account.givenNameEn,
    family_name: account.familyNameEn,
    name: `${account.titleEn} ${account.givenNameEn} ${account.familyNameEn}`,
    birthdate: account.birthdate,
  };
}

/** Scopes and the claims each releases (`openid`: the subject, and how and when and how surely the person was identified). */
export const SCOPE_CLAIMS = {
  openid: ['sub', 'acr', 'amr', 'auth_time'],
  pid: ['pid'],
  profile: ['title_th', 'given_name_th', 'family_name_th', 'name_th', 'title_en', 'given_name', 'family_name', 'name', 'birthdate'],
};

/** The `acr` an account signs in with: 'IAL2.3' for assurance level 2.3. */
export function acrOf(account: DigitalIdAccount): string {
  return `IAL${account.ial}`;
}
