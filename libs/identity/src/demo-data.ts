import type { Role } from '@bizportal/engine';

/**
 * The offices themselves (the 50 Bangkok district offices, Nonthaburi City Municipality) and the
 * subdistricts they serve are reference data from workflows/areas.json, seeded on every start by
 * AreasService; the demo adds only people.
 */

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
  { id: 'user-wanee', username: 'wanee', displayNameTh: 'นางวาณี ศรีสุข', displayNameEn: 'Mrs Wanee Srisuk', nationalId: '1103700012346', roles: ['applicant'], agencyId: null },
  { id: 'user-kanokporn', username: 'kanokporn', displayNameTh: 'นางสาวกนกพร บุญประเสริฐ', displayNameEn: 'Ms Kanokporn Boonprasert', nationalId: '1101400567898', roles: ['applicant'], agencyId: null },
  { id: 'user-officer-kt', username: 'officer.khlongtoei', displayNameTh: 'นางวิไล ตรวจการ', displayNameEn: 'Mrs Wilai Truatkan', nationalId: null, roles: ['officer'], agencyId: 'bma-khlong-toei' },
  { id: 'user-approver-kt', username: 'approver.khlongtoei', displayNameTh: 'นายประเสริฐ อนุมัติ', displayNameEn: 'Mr Prasert Anumat', nationalId: null, roles: ['approver'], agencyId: 'bma-khlong-toei' },
  { id: 'user-officer2-kt', username: 'officer2.khlongtoei', displayNameTh: 'นายกิตติ ตรวจสอบ', displayNameEn: 'Mr Kitti Truatsop', nationalId: null, roles: ['officer'], agencyId: 'bma-khlong-toei' },
  { id: 'user-signer-kt', username: 'signer.khlongtoei', displayNameTh: 'นายสมศักดิ์ ลงนาม', displayNameEn: 'Mr Somsak Longnam', nationalId: null, roles: ['signer'], agencyId: 'bma-khlong-toei' },
  { id: 'user-head-kt', username: 'head.khlongtoei', displayNameTh: 'นางสาวพรทิพย์ หัวหน้างาน', displayNameEn: 'Ms Pornthip Huanangan', nationalId: null, roles: ['head_of_office'], agencyId: 'bma-khlong-toei' },
  { id: 'user-officer-pw', username: 'officer.pathumwan', displayNameTh: 'นายอนุชา ตรวจการ', displayNameEn: 'Mr Anucha Truatkan', nationalId: null, roles: ['officer'], agencyId: 'bma-pathum-wan' },
  { id: 'user-approver-pw', username: 'approver.pathumwan', displayNameTh: 'นางมาลี อนุมัติ', displayNameEn: 'Mrs Malee Anumat', nationalId: null, roles: ['approver'], agencyId: 'bma-pathum-wan' },
  { id: 'user-signer-pw', username: 'signer.pathumwan', displayNameTh: 'นางสาวจันทร์เพ็ญ ลงนาม', displayNameEn: 'Ms Chanpen Longnam', nationalId: null, roles: ['signer'], agencyId: 'bma-pathum-wan' },
  { id: 'user-head-pw', username: 'head.pathumwan', displayNameTh: 'นายวีระ หัวหน้างาน', displayNameEn: 'Mr Weera Huanangan', nationalId: null, roles: ['head_of_office'], agencyId: 'bma-pathum-wan' },
  { id: 'user-officer-nb', username: 'officer.nonthaburi', displayNameTh: 'นายธนา สุขาภิบาล', displayNameEn: 'Mr Thana Sukhaphiban', nationalId: null, roles: ['officer'], agencyId: 'nonthaburi-city' },
  { id: 'user-approver-nb', username: 'approver.nonthaburi', displayNameTh: 'นางสมศรี นายก', displayNameEn: 'Mrs Somsri Nayok', nationalId: null, roles: ['approver'], agencyId: 'nonthaburi-city' },
  { id: 'user-signer-nb', username: 'signer.nonthaburi', displayNameTh: 'นายชัยวัฒน์ ลงนาม', displayNameEn: 'Mr Chaiwat Longnam', nationalId: null, roles: ['signer'], agencyId: 'nonthaburi-city' },
  { id: 'user-head-nb', username: 'head.nonthaburi', displayNameTh: 'นางอรุณี หัวหน้างาน', displayNameEn: 'Mrs Arunee Huanangan', nationalId: null, roles: ['head_of_office'], agencyId: 'nonthaburi-city' },
  { id: 'user-admin', username: 'admin', displayNameTh: 'ผู้ดูแลกระบวนงาน', displayNameEn: 'Workflow administrator', nationalId: null, roles: ['workflow_admin'], agencyId: null },
  { id: 'user-sysadmin', username: 'sysadmin', displayNameTh: 'ผู้ดูแลระบบ', displayNameEn: 'System administrator', nationalId: null, roles: ['system_admin'], agencyId: null },
  { id: 'user-auditor', username: 'auditor', displayNameTh: 'ผู้ตรวจสอบ', displayNameEn: 'Auditor', nationalId: null, roles: ['auditor'], agencyId: null },
  { id: 'user-auditor-2', username: 'auditor.records', displayNameTh: 'นางสาวนภา ตรวจบันทึก', displayNameEn: 'Ms Napha Truatbanthuek', nationalId: null, roles: ['auditor'], agencyId: null },
];
