import type { LicenceDocument } from './licence-document';

/**
 * A realistic licence for tests, benchmarks and previews: a restaurant's food premises licence
 * from Khlong Toei district office, valid 22 พฤศจิกายน 2569 – 21 พฤศจิกายน 2570.
 */
export function sampleLicenceDocument(overrides: Partial<LicenceDocument> = {}): LicenceDocument {
  return {
    number: 'KT-FOOD-2570-000123',
    licenceType: {
      th: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร',
      en: 'Licence to Establish a Food Sale Premises',
    },
    legalBasis: 'ออกตามความในมาตรา 38 แห่งพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 และข้อบัญญัติกรุงเทพมหานคร เรื่อง สถานที่จำหน่ายอาหารและสถานที่สะสมอาหาร พ.ศ. 2545',
    agency: { th: 'สำนักงานเขตคลองเตย กรุงเทพมหานคร', en: 'Khlong Toei District Office, Bangkok Metropolitan Administration' },
    holder: { name: 'บริษัท ครัวคุณแม่ จำกัด', idNumber: '0105565012345', kind: 'juristic' },
    businessName: 'ร้านครัวคุณแม่ (สาขาคลองเตย) โดย นางสาวสุดา รักไทย ผู้จัดการ',
    premisesAddress: 'เลขที่ 99/9 ถนนพระรามที่ 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110',
    conditions: [
      'ผู้รับใบอนุญาตต้องรักษาความสะอาดของสถานที่จำหน่ายอาหาร ที่ล้างภาชนะ และห้องส้วม ให้ถูกสุขลักษณะอยู่เสมอ รวมทั้งจัดให้มีที่รองรับมูลฝอยที่มีฝาปิดมิดชิดและเพียงพอ',
      'น้ำดื่มและน้ำแข็งที่จำหน่ายหรือให้บริการต้องสะอาด มีเครื่องหมายรับรองคุณภาพ และเก็บในภาชนะที่มีฝาปิด ห้ามนำสิ่งของอื่นแช่รวมกับน้ำแข็งสำหรับบริโภค',
      'ผู้สัมผัสอาหารทุกคนต้องผ่านการอบรมหลักสูตรสุขาภิบาลอาหารตามที่กรุงเทพมหานครกำหนด และแต่งกายสะอาด สวมหมวกหรือเน็ตคลุมผม ผ้ากันเปื้อน ตลอดเวลาที่ปฏิบัติงาน',
      'ต้องแสดงใบอนุญาตนี้ไว้ในที่เปิดเผยและเห็นได้ง่าย ณ สถานที่ประกอบกิจการตลอดเวลาที่ประกอบกิจการ และยื่นคำขอต่ออายุใบอนุญาตก่อนใบอนุญาตสิ้นอายุ',
    ],
    validFrom: new Date('2026-11-22T00:00:00+07:00'),
    validUntil: new Date('2027-11-21T00:00:00+07:00'),
    issuedAt: new Date('2026-11-22T10:30:00+07:00'),
    officer: { name: 'นายสมชาย ใจดี', position: 'ผู้อำนวยการเขตคลองเตย ปฏิบัติราชการแทนผู้ว่าราชการกรุงเทพมหานคร' },
    verifyBaseUrl: 'https://bizportal.example.go.th',
    ...overrides,
  };
}
