import type { Role } from '@bizportal/engine';

/** Demo offices: a Bangkok district office and a city municipality, each serving a few subdistricts (DOPA codes). */
export const DEMO_AGENCIES = [
  {
    id: 'bma-khlong-toei',
    nameTh: 'สำนักงานเขตคลองเตย กรุงเทพมหานคร',
    nameEn: 'Khlong Toei District Office, Bangkok',
    level: 'local' as const,
    provinceCode: '10',
    subdistricts: ['103301', '103302', '103303'],
  },
  {
    id: 'nonthaburi-city',
    nameTh: 'เทศบาลนครนนทบุรี',
    nameEn: 'Nonthaburi City Municipality',
    level: 'local' as const,
    provinceCode: '12',
    subdistricts: ['120101', '120102', '120103', '120104', '120105'],
  },
];

export interface DemoUser {
  id: string;
  username: string;
  displayNameTh: string;
  displayNameEn: string;
  nationalId: string | null;
  roles: Role[];
  agencyId: string | null;
}

export const DEMO_USERS: DemoUser[] = [
  { id: 'user-somchai', username: 'somchai', displayNameTh: 'นายสมชาย ใจดี', displayNameEn: 'Mr Somchai Jaidee', nationalId: '1101700230708', roles: ['applicant'], agencyId: null },
  { id: 'user-suda', username: 'suda', displayNameTh: 'นางสาวสุดา รักไทย', displayNameEn: 'Ms Suda Rakthai', nationalId: '3101005678123', roles: ['applicant'], agencyId: null },
  { id: 'user-officer-kt', username: 'officer.khlongtoei', displayNameTh: 'นางวิไล ตรวจการ', displayNameEn: 'Mrs Wilai Truatkan', nationalId: null, roles: ['officer'], agencyId: 'bma-khlong-toei' },
  { id: 'user-approver-kt', username: 'approver.khlongtoei', displayNameTh: 'นายประเสริฐ อนุมัติ', displayNameEn: 'Mr Prasert Anumat', nationalId: null, roles: ['approver'], agencyId: 'bma-khlong-toei' },
  { id: 'user-officer-nb', username: 'officer.nonthaburi', displayNameTh: 'นายธนา สุขาภิบาล', displayNameEn: 'Mr Thana Sukhaphiban', nationalId: null, roles: ['officer'], agencyId: 'nonthaburi-city' },
  { id: 'user-approver-nb', username: 'approver.nonthaburi', displayNameTh: 'นางสมศรี นายก', displayNameEn: 'Mrs Somsri Nayok', nationalId: null, roles: ['approver'], agencyId: 'nonthaburi-city' },
  { id: 'user-admin', username: 'admin', displayNameTh: 'ผู้ดูแลกระบวนงาน', displayNameEn: 'Workflow administrator', nationalId: null, roles: ['workflow_admin'], agencyId: null },
  { id: 'user-auditor', username: 'auditor', displayNameTh: 'ผู้ตรวจสอบ', displayNameEn: 'Auditor', nationalId: null, roles: ['auditor'], agencyId: null },
];
