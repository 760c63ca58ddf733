#!/usr/bin/env node
'use strict';
/**
 * Maintainer tool (the product never runs it): turns the research catalogue into workflow files.
 *
 *   node tools/import-catalogue.cjs <path-to-licence-catalog.json> [workflows-dir]
 *
 * Writes, under workflows-dir (default: ./workflows):
 *   licences/<slug>.json  one licence file per catalogue entry (79), its machine a shared template
 *   agencies.json         the distinct agencies, by code and level
 *   businesses.json       the 25 business types with their Smart Quiz, and the common services
 * Then run `npm run workflows:check`.
 *
 * The catalogue's facts are kept as they are. Where it says null the files say null (the product
 * shows "not stated"): no fee, deadline or validity is ever made up here. Everything the catalogue
 * does not give (English translations of Thai texts, document codes, form fields, agency codes) is
 * written out in the tables below, keyed by the catalogue's exact Thai text, so that a new or
 * changed catalogue text stops the run instead of being guessed at.
 *
 * ---------------------------------------------------------------------------------------------
 * Rules (and the choices made where the catalogue leaves room)
 * ---------------------------------------------------------------------------------------------
 * category  utility-service for the catalogue's utility entries; registration when the slug says
 *           registration (juristic person, commercial, e-commerce, VAT, SSO, direct sales/marketing,
 *           law office, accounting firm); notification when the slug ends in -notification or the
 *           Thai name says การแจ้ง; otherwise licence. Kept as licences although arguable: the
 *           software-house ID (an ID issued after a programme demonstration), the signboard tax
 *           return (assessed, paid, then a receipt is issued) and the public-hearing letters.
 * machine   registration and utility-service: template `registration` (check → consideration → fee where stated).
 *           notification: template `notification` (check → [fee] → acknowledgement issued).
 *           licence: template `licence`, inspection = siteInspection === true, planApproval per
 *           PLAN_APPROVAL below. The template's fee parameter is 'licence' only when the fee is
 *           stated and above 0; a fee of 0 or a fee not stated means no online payment step.
 * fees      feeTHB null → []; otherwise one row {code 'licence', amountSatang feeTHB*100,
 *           maxAmountSatang feeMaxTHB*100 or null, due 'after-approval', note feeNote}. A range
 *           (feeMaxTHB above feeTHB) is no rule: the approving officer sets the amount within it.
 *           No bands are written: the catalogue gives none. When validity says "late renewal
 *           surcharge N%" and renewals are offered, lateRenewalSurcharge {percentPerPeriod N,
 *           period 'once'} (the Public Health Act's surcharge on a fee paid late, charged once).
 * slaDays   see splitSla(): the office steps of the shape share processingDays exactly; all null
 *           when processingDays is null.
 * validity  null stays null; otherwise {note}, plus years/months when the text starts with a plain
 *           duration ("1 year from issue …").
 * kinds     from bizPortalServiceNames, see kindsOf().
 * documents requiredData items to upload; copies of the ID card, house registration and DBD
 *           juristic-person certificates go to dataExchange instead (fetched from government data
 *           exchange). Documents are required unless the catalogue text itself makes them
 *           conditional ("(ถ้ามี)", "(กรณี…)", a minor's consent, a partnership contract, …).
 *           "ID card or passport" items go to dataExchange too (a Thai applicant's card is fetched;
 *           the office asks a foreigner for the passport).
 * form      businessName, contactPhone (required) and contactEmail, plus the data fields in
 *           EXTRA_FIELDS, each grounded in the catalogue entry named beside it. The food premises
 *           permit keeps its hand-written form and documents (the end-to-end tests use them).
 * machine   written as {template, params}, except EXPANDED files (full machine + `template`).
 * quiz      see buildQuiz(): options completed so every question can be answered "no"; a rule of
 *           several conditions marked 'any' becomes 'all' (Biz Portal ANDs them, S3).
 */

const fs = require('node:fs');
const path = require('node:path');

// ---------------------------------------------------------------------------------------------
// Plan approval
// ---------------------------------------------------------------------------------------------

/**
 * planApproval: true puts a "plan review and public hearing" step before the decision. Chosen for
 * the factory and hospital services whose application is itself reviewed as plans or heard publicly:
 */
const PLAN_APPROVAL = {
  // Factory Act B.E. 2535: the public-hearing letters for class 2 and class 3 factories are the
  // hearing itself; the class-3 licence (ร.ง.4) is granted after plan review and hearing.
  'factory-class2-public-hearing': 'the service is the public hearing on a class-2 factory',
  'factory-class3-public-hearing': 'the service is the public hearing on a class-3 factory',
  'factory-class3-licence': 'class-3 factory licence (ร.ง.4): plans reviewed before the licence',
  // Sanatorium Act B.E. 2541: inpatient hospitals have their establishment plan approved; the
  // hospital licence application attaches architectural plans (requiredData) that are reviewed.
  'hospital-establishment-plan-approval': 'the service is the approval of an inpatient hospital plan',
  'hospital-business-licence': 'inpatient hospital licence: architectural plans are part of the application',
  // Animal Hospital Act B.E. 2533: the establishment plan of an animal hospital is approved first.
  'animal-hospital-plan-approval': 'the service is the approval of an animal hospital plan',
};
// Not chosen: factory-class2-notification and factory-class3-start-notification (notifications),
// animal-hospital-establishment-licence (the approved plan is attached, requiredData), clinics
// (no plan approval for clinics without overnight stay).

/**
 * Licence files written with the template already expanded (the full machine, plus `template`
 * recording the shape and its parameters, which is what the engine itself makes of a template):
 * the food premises permit is the fixture that unit tests (compile.spec, engine.property.spec) and
 * the start-up e2e test edit state by state. `workflows:check` verifies that such a machine is
 * still exactly what its template builds.
 */
const EXPANDED = new Set(['food-premises-permit']);

/** SLA splits taken as they are instead of from splitSla(). */
const SLA_OVERRIDES = {
  // Kept from the hand-written workflow: the end-to-end tests read consideration = 12 days.
  'food-premises-permit': { receive: 1, check: 2, inspection: 15, decision: 12, issue: 0 },
};

/**
 * Licences whose e-licence the office's authorised signer approves before it is issued (template
 * param signerApproval): the signer's step takes one working day from the decision.
 */
const SIGNER_APPROVAL = new Set(['health-hazard-permit-service']);

// ---------------------------------------------------------------------------------------------
// Agencies
// ---------------------------------------------------------------------------------------------

/**
 * Agency codes by the start of the catalogue's Thai agency text. A licence keeps the catalogue's own
 * agency text (with its office details); agencies.json lists each (code, level) once with the name
 * below. Every local-administration text maps to `local-administration`: those applications go to
 * the local office serving the premises, not to one agency.
 */
const AGENCIES = [
  { code: 'local-administration', level: 'local', prefixes: ['องค์กรปกครองส่วนท้องถิ่น', 'กรุงเทพมหานคร'], th: 'องค์กรปกครองส่วนท้องถิ่น (กรุงเทพมหานคร / เทศบาล / อบต.)', en: 'Local administration (BMA / municipality / SAO)' },
  { code: 'dbd', prefixes: ['กรมพัฒนาธุรกิจการค้า'], th: 'กรมพัฒนาธุรกิจการค้า', en: 'Department of Business Development (DBD)' },
  { code: 'rd', prefixes: ['กรมสรรพากร'], th: 'กรมสรรพากร', en: 'The Revenue Department' },
  { code: 'sso', prefixes: ['สำนักงานประกันสังคม'], th: 'สำนักงานประกันสังคม', en: 'Social Security Office' },
  { code: 'dpt', prefixes: ['กรมโยธาธิการและผังเมือง'], th: 'กรมโยธาธิการและผังเมือง', en: 'Department of Public Works and Town & Country Planning' },
  { code: 'excise', prefixes: ['กรมสรรพสามิต'], th: 'กรมสรรพสามิต', en: 'The Excise Department' },
  { code: 'mpb', prefixes: ['กองบัญชาการตำรวจนครบาล'], th: 'กองบัญชาการตำรวจนครบาล', en: 'Metropolitan Police Bureau' },
  { code: 'dcp', prefixes: ['กรมส่งเสริมวัฒนธรรม'], th: 'กรมส่งเสริมวัฒนธรรม', en: 'Department of Cultural Promotion' },
  { code: 'doa', prefixes: ['กรมวิชาการเกษตร'], th: 'กรมวิชาการเกษตร', en: 'Department of Agriculture' },
  { code: 'dld', level: 'central', prefixes: ['กรมปศุสัตว์'], th: 'กรมปศุสัตว์', en: 'Department of Livestock Development' },
  { code: 'dld', level: 'provincial', prefixes: ['กรมปศุสัตว์'], th: 'กรมปศุสัตว์ (สำนักงานปศุสัตว์จังหวัด)', en: 'Department of Livestock Development (provincial livestock office)' },
  { code: 'ocpb', prefixes: ['สำนักงานคณะกรรมการคุ้มครองผู้บริโภค'], th: 'สำนักงานคณะกรรมการคุ้มครองผู้บริโภค (สคบ.)', en: 'Office of the Consumer Protection Board (OCPB)' },
  { code: 'fda', prefixes: ['สำนักงานคณะกรรมการอาหารและยา'], th: 'สำนักงานคณะกรรมการอาหารและยา (อย.)', en: 'Food and Drug Administration' },
  { code: 'doeb', prefixes: ['กรมธุรกิจพลังงาน'], th: 'กรมธุรกิจพลังงาน', en: 'Department of Energy Business' },
  { code: 'dopa', prefixes: ['กรมการปกครอง'], th: 'กรมการปกครอง', en: 'Department of Provincial Administration' },
  { code: 'hss', prefixes: ['กรมสนับสนุนบริการสุขภาพ'], th: 'กรมสนับสนุนบริการสุขภาพ', en: 'Department of Health Service Support' },
  { code: 'nbtc', prefixes: ['สำนักงาน กสทช.'], th: 'สำนักงาน กสทช.', en: 'Office of the National Broadcasting and Telecommunications Commission' },
  { code: 'lawyers-council', prefixes: ['สภาทนายความ'], th: 'สภาทนายความ ในพระบรมราชูปถัมภ์', en: 'Lawyers Council under the Royal Patronage' },
  { code: 'tfac', prefixes: ['สภาวิชาชีพบัญชี'], th: 'สภาวิชาชีพบัญชี ในพระบรมราชูปถัมภ์', en: 'Federation of Accounting Professions (TFAC)' },
  { code: 'dede', prefixes: ['กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน'], th: 'กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน', en: 'Department of Alternative Energy Development and Efficiency (DEDE)' },
  { code: 'dlt', prefixes: ['กรมการขนส่งทางบก'], th: 'กรมการขนส่งทางบก', en: 'Department of Land Transport' },
  { code: 'sec', prefixes: ['สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์'], th: 'สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ (ก.ล.ต.)', en: 'The Securities and Exchange Commission' },
  { code: 'diw', prefixes: ['กรมโรงงานอุตสาหกรรม'], th: 'กรมโรงงานอุตสาหกรรม', en: 'Department of Industrial Works' },
  { code: 'dot', prefixes: ['กรมการท่องเที่ยว'], th: 'กรมการท่องเที่ยว', en: 'Department of Tourism' },
  { code: 'mea', prefixes: ['การไฟฟ้านครหลวง'], th: 'การไฟฟ้านครหลวง', en: 'Metropolitan Electricity Authority' },
  { code: 'pea', prefixes: ['การไฟฟ้าส่วนภูมิภาค'], th: 'การไฟฟ้าส่วนภูมิภาค', en: 'Provincial Electricity Authority' },
  { code: 'mwa', prefixes: ['การประปานครหลวง'], th: 'การประปานครหลวง', en: 'Metropolitan Waterworks Authority' },
  { code: 'pwa', prefixes: ['การประปาส่วนภูมิภาค'], th: 'การประปาส่วนภูมิภาค', en: 'Provincial Waterworks Authority' },
  { code: 'tot', prefixes: ['บริษัท ทีโอที'], th: 'บริษัท ทีโอที จำกัด (มหาชน)', en: 'TOT Public Company Limited' },
];

function agencyOf(entry) {
  const candidates = AGENCIES.filter((a) => a.prefixes.some((p) => entry.agencyTh.startsWith(p)));
  const agency = candidates.find((a) => !a.level || a.level === entry.agencyLevel || a.code === 'local-administration');
  if (!agency) fail(`${entry.slug}: no agency code for '${entry.agencyTh}' (${entry.agencyLevel}); add it to AGENCIES`);
  if (agency.code === 'local-administration' && entry.agencyLevel !== 'local') {
    fail(`${entry.slug}: local administration text with level '${entry.agencyLevel}'`);
  }
  return { code: agency.code, level: agency.level ?? entry.agencyLevel, canonical: { th: agency.th, en: agency.en } };
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

/** Marks an item that the system fetches from government data exchange instead of asking for a copy. */
const EXCHANGE = 'data-exchange';

/**
 * requiredData items by their exact catalogue text: [code, English, required?]; or EXCHANGE.
 * The Thai label is the catalogue's own text (typos included; see the notes at the end).
 */
const DOCUMENTS = {
  'หลักฐานหรือหนังสือชี้แจงการประกอบอาชีพหุ้นส่วนจำพวกไม่จำกัดความรับผิด หรือกรรมการผู้มีอำนาจของห้างหุ้นส่วนหรือบริษัท แล้วแต่กรณี (Statement)': ['partner-director-occupation-statement', 'Evidence or statement of the occupation of the unlimited-liability partners or of the authorised directors of the partnership or company, as the case may be (statement)'],
  'หนังสือชี้แจงข้อเท็จจริงของแหล่งที่มาของเงินทุน และหลักฐานแสดงจำนวนเงินทุน (บันทึกถ้อยคำ)': ['capital-source-statement', 'Statement of the source of the capital and evidence of the amount of capital (written statement)'],
  'เอกสารแนบ แบบ ทพ. (รายละเอียดเว็บไซต์)': ['website-details-attachment', 'Attachment to form Tor Phor (website details), for business on a website', false],
  'หนังสือหรือสัญญาจัดตั้งห้างหุ้นส่วนสามัญหรือคณะบุคคลหรือกิจการร่วมค้า': ['partnership-or-group-agreement', 'Agreement or contract establishing the ordinary partnership, group of persons or joint venture (when the business is one)', false],
  'หนังสือยินยอมผู้เยาว์จากผู้ปกครอง': ['guardian-consent-for-minor', 'Consent of the parent or guardian, for a minor', false],
  'รูปภาพหน้าแรกของร้านค้าออนไลน์': ['online-shop-homepage-image', "Image of the online shop's home page"],
  'รูปภาพสินค้า/บริการที่ประกอบพาณิชยกิจ': ['goods-services-images', 'Images of the goods or services traded'],
  'รูปภาพวิธีการสั่งซื้อสินค้า/บริการ วิธีการชำระเงิน วิธีการส่งสินค้า': ['order-payment-delivery-images', 'Images showing how to order the goods or services, how to pay and how goods are delivered'],
  'เอกสารแสดงความเป็นเจ้าของอาคารสถานที่ที่ใช้เป็นร้าน/สถานประกอบการ เช่น ใบอนุญาตก่อสร้าง หรือสัญญาซื้อขาย': ['premises-ownership-evidence', 'Evidence of ownership of the building used as the shop or premises, e.g. a building permit or a sale contract'],
  'ใบทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.20) หรือแบบคำขอจดทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.01) หรือแบบแจ้งการเปลี่ยนแปลงทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.09)': ['vat-form', 'VAT registration certificate (Phor Phor 20), VAT registration application (Phor Phor 01) or notice of change to the VAT registration (Phor Phor 09)'],
  'แบบขึ้นทะเบียนนายจ้าง (สปส.1-01)': ['employer-registration-form', 'Employer registration form (SorPorSor 1-01)'],
  'สำเนาบัตรประจำตัวผู้เสียภาษีอากร / ภ.พ.01 / ภ.ธ.20 / ใบอนุญาตประกอบธุรกิจของคนต่างด้าว': ['tax-registration-evidence', 'Copy of the taxpayer identification card, Phor Phor 01, Phor Thor 20 or foreign business licence'],
  'หนังสือมอบอำนาจ (กรณีมอบอำนาจ)': ['power-of-attorney', 'Power of attorney (when filing through an attorney)', false],
  'แผนผังบริเวณภายในและภายนอกของร้าน': ['site-plan', 'Site plan of the premises, inside and outside'],
  'ใบรับรองแพทย์การตรวจโรคติดต่อ 9 โรค: ผู้สัมผัสอาหาร': ['food-handler-medical-certificates', 'Medical certificates of food handlers (9 communicable diseases)'],
  'หนังสือรับรองผ่านการอบรมหลักสูตรสุขาภิบาลอาหารของกรุงเทพมหานคร: ผู้สัมผัสอาหาร': ['food-sanitation-training-certificates', "Certificates of food handlers' completion of the Bangkok Metropolitan Administration's food sanitation course"],
  'หลักฐานเกี่ยวกับการใช้อาคารตามกฏหมายว่าด้วยการควบคุมอาคาร เช่น ใบอนุญาตก่อสร้าง (อ.1) หรือใบรับรองการเปิดใช้อาคาร': ['building-use-evidence', 'Evidence of lawful building use under the building control law, e.g. building permit (Or 1) or occupancy certificate'],
  'แผนผังหรือภาพถ่ายบริเวณภายในและภายนอกของสถานประกอบการ แสดงให้เห็นถึงกระบวนการผลิต': ['premises-plan-production-process', 'Plans or photographs of the premises, inside and outside, showing the production process'],
  'แผนผังหรือภาพถ่ายบริเวณภายในและภายนอกของสถานประกอบการ แสดงให้เห็นถึงการป้องกันมลพิษ': ['premises-plan-pollution-prevention', 'Plans or photographs of the premises, inside and outside, showing pollution prevention'],
  'แผนผังหรือภาพถ่ายบริเวณภายในและภายนอกของสถานประกอบการ แสดงให้เห็นถึงสุขลักษณะภายในสถานประกอบการ': ['premises-plan-hygiene', 'Plans or photographs of the premises, inside and outside, showing hygiene inside the premises'],
  'แผนผังหรือภาพถ่ายบริเวณภายในและภายนอกของสถานประกอบการ แสดงให้เห็นถึงระบบความปลอดภัยในการทำงาน': ['premises-plan-work-safety', 'Plans or photographs of the premises, inside and outside, showing the work safety system'],
  'แผนที่แสดงพื้นที่ประกอบการ และที่ตั้งของเครื่องจักร (หากมีหลายชั้นให้แสดงทุกชั้น) รวมทั้งที่พักของผู้ปฏิบ้ติงานในร้าน': ['premises-and-machinery-map', "Map of the business area and the positions of the machinery (every floor, if there are several), including the workers' living quarters in the shop"],
  'ใบอนุญาต หนังสือรับรองการแจ้ง หรือเอกสารหลักฐานจากหน่วยงานที่เกี่ยวข้องให้ประกอบกิจการนั้นได้ เช่น ใบอนุญาตของกรมธุรกิจพลังงาน ใบอนุญาตให้จัดตั้งสถานบริการ ใบรับรองมาตรฐาน เป็นต้น': ['related-agency-permits', 'Licences, notification certificates or other evidence from the agencies concerned allowing the activity, e.g. a Department of Energy Business licence, a service-place licence or a standards certificate'],
  'ใบรับรองแพทย์': ['medical-certificate', 'Medical certificate'],
  'รายการวิเคราะห์ผลกระทบสิ่งแวดล้อม (EIA) หรือ รายงานการประเมินผลกระทบต่อสุขภาพ (HIA)': ['eia-or-hia-report', 'Environmental impact assessment (EIA) or health impact assessment (HIA) report'],
  'หนังสือแจ้งการใช้หรือเปลี่ยนแปลงการใช้ประโยชน์ที่ดินตามกฎหมายว่าด้วยผังเมือง': ['land-use-notice', 'Notice of land use or change of land use under the town planning law'],
  'แผนที่แสดงพื้นที่ประกอบการ และที่ตั้งของเครื่องจักร (หากมีหลายชั้นให้แสดงทุกชั้น) รวมทั้งที่พักของผู้ปฏิบัติงานในสถานประกอบการ': ['premises-and-machinery-map', "Map of the business area and the positions of the machinery (every floor, if there are several), including the workers' living quarters on the premises"],
  'ใบอนุญาต หนังสือรับรองการแจ้ง หรือเอกสารหลักฐานจากหน่วยงานที่เกี่ยวข้องให้ประกอบกิจการนั้นได้ เช่น ใบรับจดแจ้งเครื่องสำอาง ใบอนุญาตประกอบกิจการโรงงาน เป็นต้น': ['related-agency-permits', 'Licences, notification certificates or other evidence from the agencies concerned allowing the activity, e.g. a cosmetics notification receipt or a factory licence'],
  'ผังภาพรวมกระบวนการผลิต': ['production-process-overview', 'Overview diagram of the production process'],
  'รูปถ่ายหน้าตรงครึ่งตัวไม่สวมหมวก ไม่สวมแว่นตาดำ ขนาด 1*1.5 นิ้ว: บุคคลผู้ขออนุญาต': ['applicant-photo', 'Front-facing half-length photograph, without hat or dark glasses, 1 × 1.5 inches: the applicant'],
  'ใบรับรองแพทย์การตรวจโรคติดต่อ 9 โรค: บุคคลผู้ขออนุญาต': ['applicant-medical-certificate', 'Medical certificate (9 communicable diseases): the applicant'],
  'หนังสือรับรองผ่านการอบรมหลักสูตรสุขาภิบาลอาหารของกรุงเทพมหานคร: บุคคลผู้ขออนุญาต': ['applicant-food-sanitation-training-certificate', "Certificate of completion of the Bangkok Metropolitan Administration's food sanitation course: the applicant"],
  'บัตรประชาชน: ผู้ช่วยจำหน่ายสินค้าในที่หรือทางสาธารณะ': EXCHANGE,
  'ใบรับรองแพทย์การตรวจโรคติดต่อ 9 โรค: ผู้ช่วยจำหน่ายสินค้าในที่หรือทางสาธารณะ': ['assistant-medical-certificates', 'Medical certificates (9 communicable diseases): assistants selling in the public place (when there are assistants)', false],
  'แบบแสดงรายการภาษีป้าย (ภ.ป.1)': ['signboard-tax-return', 'Signboard tax return (Phor Por 1)'],
  'รูปถ่ายของป้ายใหม่ พร้อมแจ้งรายละเอียดขนาดเบื้องต้น': ['new-sign-photos', 'Photographs of the new sign, with its approximate dimensions'],
  'หลักฐานการประกอบกิจการ เช่น สำเนาใบทะเบียนการค้า สำเนาทะเบียนพาณิชย์ สำเนาทะเบียนภาษีมูลค่าเพิ่ม': ['business-operation-evidence', 'Evidence of the business, e.g. a copy of the trade registration, commercial registration or VAT registration'],
  'ใบอนุญาตติดตั้งป้าย หรือใบเสร็จรับเงินจากร้านทำป้าย (ถ้ามี)': ['sign-permit-or-receipt', "Sign installation permit, or the sign maker's receipt (if any)", false],
  'หนังสือรับรองของผู้ออกแบบอาคาร หรือผู้ออกแบบและคำนวณอาคาร ซึ่งจะต้องเป็นผู้ได้รับใบอนุญาตให้เป็นผู้ประกอบวิชาชีพสถาปัตยกรรมควบคุมหรือวิชาชีพวิศวกรรมควบคุม': ['designer-certificate', 'Certificate of the building designer, or of the designer and structural calculator, who must hold a licence in controlled architecture or controlled engineering'],
  'รายการคำนวณโครงสร้าง': ['structural-calculations', 'Structural calculations'],
  'หนังสือแสดงความยินยอมของผู้ควบคุมงาน (แบบ น.4)': ['supervisor-consent', 'Letter of consent of the construction supervisor (form Nor 4)'],
  'ใบอนุญาตประกอบวิชาชีพฯ ของผู้คุมงาน': ['supervisor-professional-licence', 'Professional licence of the construction supervisor'],
  'หนังสือแจ้งการใช้ประโยชน์ที่ดินหรือเปลี่ยนแปลงการใช้ประโยชน์ที่ดินในเขตกรุงเทพมหานคร (แบบ ผมร.1)': ['bangkok-land-use-notice', 'Notice of land use or change of land use in Bangkok (form Phor Mor Ror 1)'],
  'แผนผังหรือภาพถ่ายบริเวณภายในร้าน (สำหรับการขอใบอนุญาตจำหน่ายสุรา)': ['shop-interior-plan-liquor', 'Plan or photographs of the inside of the shop (for the liquor licence)'],
  'แผนผังหรือภาพถ่ายบริเวณภายในร้าน/สถานประกอบการ': ['shop-interior-plan', 'Plan or photographs of the inside of the shop or premises'],
  'แผนที่สังเขป ซึ่งแสดงบริเวณและสถานที่ใกล้เคียง': ['location-sketch-map', 'Sketch map showing the area and nearby places'],
  'รูปถ่ายร้าน: รูปถ่ายภายในสถานประกอบการ ให้เห็นลักษณะการประกอบกิจการหรือการให้บริการ': ['shop-interior-photos', 'Shop photographs: inside the premises, showing the business or service'],
  'รูปถ่ายร้าน: รูปถ่ายยระยะไกลภายนอกอาคาร ให้เห็นที่ตั้งสถานประกอบการ': ['shop-exterior-distance-photos', 'Shop photographs: the outside of the building from a distance, showing where the premises are'],
  'แบบแปลนแผนผังแสดงพื้นที่ให้บริการของสถานประกอบการ': ['service-area-floor-plan', 'Floor plan showing the service area of the premises'],
  'รูปถ่ายร้าน: รูปถ่ายระยะใกล้ ให้เห็นด้านหน้าสถานประกอบการ': ['shop-front-photos', 'Shop photographs: close-up of the front of the premises'],
  'หนังสืออนุญาต หรือ หนังสือรับรองให้เป็นผู้จำหน่ายหรือให้เช่าสินค้าดังกล่าวจากเจ้าของลิขสิทธิ์ของสินค้าที่ขายหรือให้เช่า หรือ ใบเสร็จรับเงินตามประมวลรัษฎากร หรือหลักฐานการซื้อขายจากต่างประเทศ': ['copyright-authorisation-or-purchase-evidence', 'Permission or certificate from the copyright owner to sell or rent the goods, a receipt under the Revenue Code, or evidence of purchase from abroad'],
  'ตัวอย่างเครื่องหมายรับรอง ฉลาก และการกล่าวอ้างผลิตผลพืชอินทรีย์ทุกชนิด': ['organic-label-samples', 'Samples of the certification mark, labels and organic claims for every organic plant product'],
  'โฉนดที่ดิน': ['land-title-deed', 'Land title deed'],
  'รูปถ่ายสถานที่ขายอาหารสัตว์ควบคุมเฉพาะ': ['feed-shop-photos', 'Photographs of the place where the controlled specific animal feed is sold'],
  'เอกสารยืนยันตัวตน เช่น บัตรประชาชน หรือหนังสือเดินทาง : ผู้ได้รับการแต่งตั้งให้เป็นผู้ดำเนินกิจการขายอาหารสัตว์ควบคุมเฉพาะ': EXCHANGE,
  'หนังสือมอบอำนาจและแต่งตั้งผู้ดำเนินกิจการสำหรับการขออนุญาตขายอาหารสัตว์ควบคุมเฉพาะ': ['operator-appointment', 'Power of attorney and appointment of the operator, for the licence to sell controlled specific animal feed'],
  'แผนที่แสดงที่ตั้งของสถานพยาบาลสัตว์และสิ่งปลูกสร้างในบริเวณใกล้เคียง (แบบ1/1)': ['animal-hospital-location-map', 'Map showing the location of the animal hospital and the buildings nearby (form 1/1)'],
  'แผนผังแสดงการแบ่งพื้นที่ภายในบริเวณสถานพยาบาลสัตว์ (แบบ 1/2)': ['animal-hospital-layout', 'Plan showing how the space inside the animal hospital is divided (form 1/2)'],
  'แบบแปลน ประกอบด้วย แบบร่างทางสถาปัตยกรรม ผังหลัก และผังบริเวณของสถานพยาบาลสัตว์ที่จะก่อสร้าง/ปรับปรุงอาคาร': ['animal-hospital-building-plans', 'Building plans: architectural sketch design, master plan and site plan of the animal hospital to be built or renovated'],
  'ใบเสร็จการกำจัดมูลฝอยติดเชื้อ หรือสัญญาจ้างของบริษัทกำจัดขยะ': ['infectious-waste-disposal-evidence', 'Receipt for infectious waste disposal, or the contract with a waste disposal company'],
  'ใบอนุญาตครอบครองเครื่องกำเนิดรังสี หรือ ใบเสร็จการขออนุญาต (ป.ส.๑ค)': ['radiation-equipment-licence', 'Licence to possess radiation-generating equipment, or the receipt of its application (Por Sor 1 Kor)'],
  'หนังสืออนุมัติแผนงานจัดตั้งสถานพยาบาลสัตว์': ['animal-hospital-plan-approval', 'Approval of the animal hospital establishment plan'],
  'รายชื่อ เวลาทำการ ของผู้ประกอบวิชาชีพการสัตวแพทย์ทุกคน (แบบ 1/3)': ['veterinarians-and-hours', 'Names and working hours of every veterinary practitioner (form 1/3)'],
  'หนังสือแสดงความจำนงเป็นผู้ประกอบวิชาชีพการสัตวแพทย์ในสถานพยาบาลสัตว์ทุกคน (แบบ 1/4)': ['veterinarians-declarations', 'Declarations of intent of every veterinary practitioner to practise in the animal hospital (form 1/4)'],
  'ใบประกอบวิชาชีพการสัตวแพทย์': ['veterinary-licence', "Veterinary practitioner's licence"],
  'เอกสารหรือหนังสือตอบรับจากหน่วยงานที่กำจัดขยะติดเชื้อ หรือจากหน่วยงานที่เกี่ยวข้อง': ['infectious-waste-acceptance', 'Document or letter of acceptance from the infectious waste disposal agency or another agency concerned'],
  'ใบรับรองแพทย์: บุคคลผู้ขออนุญาต': ['applicant-medical-certificate', 'Medical certificate: the applicant'],
  'รูปถ่ายภาพสี ขนาด 4x5 เซนติเมตร: ผู้ยื่นขอจัดตั้ง': ['founder-photo', 'Colour photograph, 4 × 5 cm: the person applying to establish the animal hospital'],
  'สำเนาวุฒิบัตร หรืออนุมัติบัตร จากสัตวแพทยสภา': ['veterinary-council-diploma', 'Copy of the diploma or certificate of approval from the Veterinary Council'],
  'รูปถ่ายภาพสี ขนาด 4x5 เซนติเมตร: ผู้ขอดำเนินการ': ['operator-photo', 'Colour photograph, 4 × 5 cm: the person applying to operate'],
  '"วัน-เวลา ปฏิบัติงานในสถานพยาบาลสัตว์ของผู้ดำเนินการสถานพยาบาลสัตว์ (แบบ 2/1)"': ['operator-working-hours', 'Days and hours the operator works at the animal hospital (form 2/1)'],
  'แผนการจ่ายผลตอบแทนพร้อมคำอธิบาย': ['compensation-plan', 'Compensation plan, with an explanation'],
  'คู่มือการดําเนินธุรกิจ': ['business-manual', 'Business operations manual'],
  'ตัวอย่างสัญญาระหว่างผู้จำหน่ายอิสระกับผู้ประกอบธุรกิจขายตรง': ['sample-distributor-contract', 'Sample contract between independent distributors and the direct-sales business'],
  'ตัวอย่างบัตรประจําตัวผู้จําหน่ายอิสระ หรือตัวแทนขายตรง': ['sample-distributor-card', 'Sample identity card of independent distributors or direct-sales agents'],
  'ตัวอย่างเอกสารการซื้อขาย (ออกให้ผู้บริโภค)': ['sample-sales-documents', 'Sample sales documents (issued to consumers)'],
  'ภาพถ่ายสถานที่ตั้งสำนักงานแห่งใหญ่ ทั้งภายในอาคารและภายนอกอาคารที่เห็นเลขที่ตั้งของอาคาร': ['head-office-photos', "Photographs of the head office, inside and outside the building, showing the building's address number"],
  'ตารางรายการสินค้าที่แสดงรายละเอียดสินค้า ราคาสินค้า': ['product-price-list', 'Table of the goods with their details and prices'],
  'คําอธิบายวิธีการขายสินค้าหรือบริการ': ['sales-method-description', 'Description of how the goods or services are sold'],
  'เอกสารหลักฐานแสดงที่มาของ สินค้าหรือบริการ เช่น ใบอนุญาตนำ/สั่งเข้ามาในราชอาณาจักร ใบแจ้งเครื่องสำอางควบคุม/ควบคุมพิเศษ ใบอนุญาตผลิตสินค้า': ['product-origin-evidence', 'Evidence of the origin of the goods or services, e.g. an import licence, a controlled or specially controlled cosmetics notification, or a production licence'],
  'เอกสารการรับรองรายการเอกสารและหลักฐานการประกอบกิจการตลาดแบบตรง': ['certified-business-documents', 'Certification of the list of documents and evidence of the direct-marketing business'],
  'เอกสารการรับรองรายการสินค้าหรือบริการสำหรับการขออนุญาตประกอบกิจการตลาดแบบตรง': ['certified-product-list', 'Certification of the list of goods or services for the direct-marketing application'],
  'แบบแปลน แผนผัง พร้อมรายการประกอบแบบแปลนแผนผังอาคารโรงแรมที่วิศวกร และสถาปนิกผู้ได้รับอนุญาตตามกฎหมายลงชื่อรับรอง': ['hotel-building-plans', 'Plans and layout of the hotel building, with their specifications, signed by licensed engineers and architects'],
  'เอกสารแสดงว่าอาคารที่ใช้ในการประกอบธุรกิจโรงแรมได้รับอนุญาตให้ใช้อาคารตามกฎหมายว่าด้วยการควบคุมอาหาร หรือใบรับรองการตรวจสภาพอาคารโดยผู้ซึ่งได้รับอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม หรือสถาปัตยกรรมควบคุมตามกฎหมายว่าด้วยวิศวกร': ['hotel-building-use-evidence', 'Document showing that the hotel building is permitted for use under the building control law, or a building condition certificate by a licensed controlled-engineering or controlled-architecture professional'],
  'ใบอนุญาตเปลี่ยนการใช้อาคาร (อ.5) หรือใบรับรองการก่อสร้างอาคาร ดัดแปลงอาคาร หรือเคลื่อนย้ายอาคาร (อ.6)': ['building-use-change-or-construction-certificate', 'Permit to change the use of the building (Or 5), or certificate of construction, alteration or relocation of the building (Or 6)'],
  'หนังสือรับรองการจัดทำรายงานการวิเคราะผลกระทบสิ่งแวดล้อมของกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม': ['eia-certificate', 'Certificate from the Ministry of Natural Resources and Environment that the environmental impact assessment report was made'],
  'ใบรับรองการตรวจสอบอาคาร (แบบ ร.1)': ['building-inspection-certificate', 'Building inspection certificate (form Ror 1)'],
  'หนังสือแต่งตั้งผู้แทนนิติบุคคล': ['juristic-representative-appointment', 'Letter appointing the representative of the juristic person'],
  'แบบพิมพ์ลายนิ้วมือ: บุคคลผู้ขออนุญาต': ['applicant-fingerprints', 'Fingerprint form: the applicant'],
  'ทะเบียนบ้าน: อาคารที่ใช้เป็นที่ตั้งโรงแรม': EXCHANGE,
  'แบบแปลน หรือแผนผังสถานประกอบการ': ['establishment-plans', 'Plans or layout of the establishment'],
  'แบบแสดงความจำนงเป็นผู้ดำเนินการในสถานประกอบการเพื่อสุขภาพ': ['operator-declaration', 'Declaration of intent to be the operator of the health establishment'],
  'ใบอนุญาตเป็นผู้ดำเนินการในสถานประกอบการเพื่อสุขภาพ (สพส.9)': ['operator-licence', 'Licence to be the operator of a health establishment (SorPorSor 9)'],
  'บัญชีรายชื่อผู้ให้บริการ': ['service-providers-list', 'List of the service providers'],
  'ใบรับรองการขึ้นทะเบียนเป็นผู้ให้บริการในสถานประกอบการเพื่อสุขภาพ (สพส.14)': ['service-provider-certificates', 'Certificates of registration as service providers in a health establishment (SorPorSor 14)'],
  'แบบแปลนทางสถาปัตยกรรม ในมาตราส่วนที่วัดได้': ['architectural-plans', 'Architectural plans, to a measurable scale'],
  'แบบฟอร์มรายละเอียดการถอดพื้นที่ใช้สอย (การขออนุมัติแผนงานการจัดตั้งสถานพยาบาลประเภทที่รับผู้ป่วยค้างคืน)': ['usable-area-breakdown', 'Form with the breakdown of the usable floor area (approval of the plan to establish an inpatient medical facility)'],
  'ใบอนุญาตก่อสร้างอาคาร ดัดแปลงอาคาร หรือรื้อถอนอาคาร (อ.1)': ['building-permit', 'Permit to construct, alter or demolish the building (Or 1)'],
  'แผนที่สังเขป แสดงสถานที่ตั้งของร้าน/สถานประกอบการ': ['location-sketch-map', 'Sketch map showing the location of the shop or premises'],
  'แผนผังหรือภาพถ่ายบริเวณภายในร้าน/สถานประกอบการ (ผังบริเวณ)': ['premises-interior-plan', 'Plan or photographs of the inside of the shop or premises (site plan)'],
  'แบบแสดงภาพอาคารภายนอกสถานพยาบาลอย่างน้อยด้านหน้าละด้านข้าง (ผังบริเวณ)': ['exterior-views', 'Drawings of the outside of the medical facility, at least the front and one side (site plan)'],
  'วิดีโอประกอบการพิจารณาอนุญาตให้ประกอบกิจการสถานพยาบาล': ['premises-video', 'Video for the consideration of the licence to operate the medical facility'],
  'เอกสารยืนยันตัวตน เช่น บัตรประชาชน หรือหนังสือเดินทาง': EXCHANGE,
  'ใบอนุญาตประกอบวิชาชีพ/ใบอนุญาตประกอบโรคศิลปะ': ['professional-licence', 'Professional licence or licence to practise the healing arts'],
  'วุฒิบัตร หรือหนังสืออนุมัติ': ['specialty-certificate', 'Diploma or certificate of approval'],
  'รูปถ่าย ขนาด 2.5 x 3 เซนติเมตร': ['photo', 'Photograph, 2.5 × 3 cm'],
  'เอกสารยืนยันตัวตน เช่น บัตรประชาชน หรือหนังสือเดินทาง: ชื่อผู้ดำเนินการสถานพยาบาล': EXCHANGE,
  'ตารางบุคลากร (ตามสพ.6)': ['staff-table', 'Staff table (as in form SorPor 6)'],
  'ใบรับรองการก่อสร้าง ดัดแปลงอาคาร หรือ เคลื่อนย้ายอาคาร (อ.6)': ['construction-certificate', 'Certificate of construction, alteration or relocation of the building (Or 6)'],
  'ใบรับรองการตรวจสอบอาคาร': ['building-inspection-certificate', 'Building inspection certificate'],
  'ใบอนุญาตให้ใช้รถ รับ-ส่งผู้ป่วยฉุกเฉิน จากสำนักงานตำรวจแห่งชาติ': ['ambulance-permit', 'Permit from the Royal Thai Police to use emergency patient transport vehicles'],
  'เอกสารการดูแลเครื่องมือ (แผนการบำรุงรักษา Calibration)': ['equipment-maintenance-plan', 'Equipment maintenance documents (calibration plan)'],
  'ทะเบียนบ้าน': EXCHANGE,
  'ใบอนุญาตให้ค้าซึ่งเครื่องวิทยุคมนาคม': ['radio-trade-licence', 'Licence to trade in radio communication equipment (when held)', false],
  'ใบอนุญาตให้ค้าเพื่อการซ่อมแซมซึ่งเครื่องวิทยุคมนาคม': ['radio-repair-trade-licence', 'Licence to trade for the repair of radio communication equipment (when held)', false],
  'รูปถ่ายชื่อสำนักงานให้เห็นเลขที่บ้าน': ['office-name-photo', 'Photograph of the office name showing the house number'],
  'ภาพถ่ายแสดงที่ตั้งสำนักงาน โดยให้เห็นป้ายชื่อสำนักงานอย่างชัดเจน': ['office-location-photo', 'Photograph of the office location with the office sign clearly visible'],
  'ภาพถ่ายบัตรประจำตัวทนายความ': ['lawyer-card-photo', "Photograph of the lawyer's identity card"],
  'รูปถ่ายหัวหน้าทนายความ': ['head-lawyer-photo', 'Photograph of the head lawyer'],
  'หนังสือแต่งตั้งหัวหน้าสำนักงานทนายความ': ['head-lawyer-appointment', 'Letter appointing the head of the law office'],
  'ข้อมูลในงบกำไรขาดทุน หรือสำเนางบการเงินย้อนหลัง 1 ปี (ถ้ามี)': ['income-statement', 'Income statement figures, or a copy of the financial statements for the past year (if any)', false],
  'หลักฐานการชำระค่าจดทะเบียนของนิติบุคคล': ['registration-fee-payment', "Evidence of the juristic person's payment of the registration fee"],
  'สำเนาหลักประกัน': ['collateral-copy', 'Copy of the collateral'],
  'แผนที่แสดงเส้นทางไปสถานที่ผลิตพลังงานควบคุม': ['route-map', 'Map of the route to the controlled energy production site'],
  'แผนผังแสดงวิธีการเดินสายและจ่ายไฟฟ้า (Single Line Diagram)': ['single-line-diagram', 'Wiring and power distribution diagram (single line diagram)'],
  'หนังสือรับรองของผู้ประกอบวิชาชีพวิศวกรรมควบคุมสาขาไฟฟ้า แขนงไฟฟ้ากำลัง': ['electrical-engineer-certificate', 'Certificate of a licensed controlled-engineering professional in electrical (power) engineering'],
  'ใบอนุญาตเป็นผู้ประกอบวิชาชีพวิศวกรรมควบคุมของผู้ควบคุมการผลิตพลังงานควบคุม สาขาไฟฟ้า แขนงไฟฟ้ากำลัง': ['production-controller-licence', 'Controlled-engineering professional licence, electrical (power) engineering, of the person controlling the controlled energy production'],
  'สัญญาซื้อขายไฟฟ้า': ['power-purchase-agreement', 'Power purchase agreement'],
  'แบบแปลนโครงสร้างการติดตั้งและรายการคำนวณทางโยธา': ['installation-structure-plans', 'Structural plans of the installation and civil engineering calculations'],
  'รายการตรวจสอบมาตรการด้านการออกแบบติดตั้งตามประมวลหลักการปฏิบัติ (Code of Practice)': ['code-of-practice-checklist', 'Checklist of the design and installation measures under the Code of Practice'],
  'รูปถ่ายสถานประกอบกิจการและการติดตั้งเครื่องจักรจักรอุปกรณ์สำคัญต่างๆ ที่ใช้ในการประกอบกิจการ': ['installation-photos', 'Photographs of the premises and of the installed main machinery and equipment'],
  'ภาพถ่ายสถานประกอบที่เห็นป้ายสำนักงาน': ['office-sign-photo', 'Photograph of the premises showing the office sign'],
  'ภาพถ่ายสถานประกอบการที่เห็นห้องทำงาน': ['office-room-photo', 'Photograph of the premises showing the office room'],
  'ภาพถ่ายสถานที่เก็บ ซ่อม และบำรุงรักษารถที่เห็นลานจอดรถ': ['vehicle-depot-photo', 'Photograph of the place where the vehicles are kept, repaired and maintained, showing the parking yard'],
  'หนังสือชี้แจงการขอใบอนุญาตประกอบการขนส่งไม่ประจำทางด้วยรถบรรทุก เช่น สัญญาว่าจ้าง หรือปริมาณงานการขนส่ง': ['transport-licence-justification', 'Letter explaining the application, e.g. haulage contracts or transport volumes'],
  'สัญญาเช่า': ['lease-contract', 'Lease contract'],
  'แบบรับรองประวัติการปฏิบัติตามกฎหมายของกรรมการ และผู้จัดการ ของผู้ยื่นคำขอ': ['compliance-record-certification', "Certification of the legal compliance record of the applicant's directors and managers"],
  'งบการเงินสามปีย้อนหลังของผู้ยื่นคำขอที่มีผู้สอบบัญชีรับอนุญาตตรวจสอบและแสดงความเห็นแล้ว': ['audited-financial-statements', "Applicant's financial statements for the past three years, audited with an opinion by a licensed auditor"],
  'เอกสารหรือหลักฐานซึ่งแสดงว่าสามารถดำรงเงินกองทุนและกันเงินสำรองได้ตามหลักเกณฑ์ของกฎหมายที่จัดตั้งนิติบุคคลนั้น หรือกฎหมายที่ควบคุมการประกอบธุรกิจหลักของนิติบุคคล': ['capital-and-reserve-evidence', 'Evidence that the capital and reserves can be maintained as required by the law establishing the juristic person or the law governing its main business'],
  'หนังสือรับรองการจดทะเบียนนิติบุคคลของผู้ถือหุ้นรายใหญ่ (ทั้งทางตรงและทางอ้อม)': EXCHANGE,
  'เอกสารการตรวจสอบประวัติอาชญากรรมกับสำนักงานตำรวจแห่งชาติ : กรรมการของนิติบุคคลที่เป็นผู้ถือหุ้นรายใหญ่ (ทั้งทางตรงและทางอ้อม)': ['shareholder-directors-criminal-record', 'Criminal record check by the Royal Thai Police: directors of juristic persons that are major shareholders (direct and indirect)'],
  'คู่มือการใช้ซอฟต์แวร์แต่ละชนิด หรือคำอธิบายรายละเอียดของโปรแกรม': ['software-manuals', 'User manual of each kind of software, or a detailed description of the programme'],
  'แผนผังแสดงสิ่งปลูกสร้างภายในบริเวณโรงงาน': ['factory-buildings-plan', 'Plan of the buildings within the factory grounds'],
  'หนังสือรับรองการจดทะเบียนนิติบุคคล': EXCHANGE,
  'เอกสารยืนยันตัวตน เช่น บัตรประชาชน หรือหนังสือเดินทาง: บุคคลผู้ขออนุญาต': EXCHANGE,
  'รูปถ่ายด้านหน้าสำนักงานเห็นตัวอาคาร โดยแสดงป้ายชื่อสำนักงานภาษาไทย และเลขที่ตั้งสำนักงาน': ['office-front-photo', 'Photograph of the front of the office showing the building, the Thai office sign and the address number'],
  'รูปถ่ายด้านในสำนักงาน': ['office-interior-photo', 'Photograph of the inside of the office'],
  'แผนที่ตั้งสำนักงาน': ['office-location-map', 'Map of the office location'],
  'หลักฐานแสดงกรรมสิทธิหรือสิทธิครอบครองสถานที่ที่ใช้เป็นสำนักงาน': ['office-ownership-evidence', 'Evidence of ownership or right of possession of the office premises'],
  'สำเนากรมธรรม์ประกันภัย ประกันอุบัติเหตุ ให้กับนักท่องเที่ยว มัคคุเทศก์ และผู้นำเที่ยวในความคุ้มครองตามที่กฎหมายกำหนด': ['accident-insurance-policy', 'Copy of the accident insurance policy for tourists, guides and tour leaders, with the cover the law requires'],
  'เอกสารหลักประกันการประกอบธุรกิจนำเที่ยว': ['tour-business-guarantee', 'Tour business guarantee documents'],
  'ใบนำส่งหลักประกัน': ['guarantee-remittance-slip', 'Guarantee remittance slip'],
};

/** The hand-written documents of the food premises permit, kept exactly (the end-to-end tests use its form). */
const FOOD_PREMISES_PERMIT_DOCUMENTS = [
  { code: 'site-plan', label: { th: 'แผนผังบริเวณภายในและภายนอกของร้าน', en: 'Site plan of the premises, inside and outside' }, required: true },
  { code: 'food-handler-medical-certificates', label: { th: 'ใบรับรองแพทย์การตรวจโรคติดต่อ 9 โรค ของผู้สัมผัสอาหาร', en: 'Medical certificates of food handlers (9 communicable diseases)' }, required: true },
  { code: 'food-sanitation-training-certificates', label: { th: 'หนังสือรับรองผ่านการอบรมหลักสูตรสุขาภิบาลอาหาร ของผู้สัมผัสอาหาร', en: 'Food sanitation training certificates of food handlers' }, required: true },
  { code: 'building-use-evidence', label: { th: 'หลักฐานการใช้อาคารตามกฎหมายว่าด้วยการควบคุมอาคาร เช่น ใบอนุญาตก่อสร้าง (อ.1) หรือใบรับรองการเปิดใช้อาคาร', en: 'Evidence of lawful building use, e.g. building permit (Or.1) or occupancy certificate' }, required: true },
  { code: 'premises-ownership-evidence', label: { th: 'เอกสารแสดงความเป็นเจ้าของหรือสิทธิใช้อาคารสถานที่ เช่น สัญญาซื้อขาย หรือสัญญาเช่า', en: 'Evidence of ownership of or right to use the premises, e.g. sale or lease contract' }, required: true },
];

function documentsOf(entry) {
  const documents = [];
  const dataExchange = [];
  for (const text of entry.requiredData) {
    const known = lookup(DOCUMENTS, text);
    if (known === undefined) fail(`${entry.slug}: no document code or translation for requiredData '${text}'; add it to DOCUMENTS`);
    if (known === EXCHANGE) {
      dataExchange.push(text);
      continue;
    }
    const [code, en, required = true] = known;
    if (documents.some((d) => d.code === code)) fail(`${entry.slug}: document code '${code}' twice`);
    documents.push({ code, label: { th: text, en }, required });
  }
  if (entry.slug === 'food-premises-permit') return { documents: FOOD_PREMISES_PERMIT_DOCUMENTS, dataExchange };
  return { documents, dataExchange };
}

// ---------------------------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------------------------

const title = (th, en) => `${th} / ${en}`;
const text = (th, en, extra = {}) => ({ type: 'string', minLength: 1, maxLength: 200, title: title(th, en), ...extra });
const integer = (th, en, minimum, maximum) => ({ type: 'integer', minimum, maximum, title: title(th, en) });
const number = (th, en, bounds) => ({ type: 'number', ...bounds, title: title(th, en) });
const choice = (th, en, values) => ({ enum: values, title: title(th, en) });
const nationalIds = (th, en) => ({ type: 'array', maxItems: 50, uniqueItems: true, items: { type: 'string', pattern: '^[0-9]{13}$' }, title: title(th, en) });

const BASE_FIELDS = {
  businessName: text('ชื่อสถานประกอบการ', 'Business name'),
  contactPhone: { type: 'string', pattern: '^0[0-9]{8,9}$', title: title('โทรศัพท์ติดต่อ', 'Contact phone') },
  contactEmail: { type: 'string', format: 'email', maxLength: 200, title: title('อีเมล', 'Email') },
};

const utilityFields = {
  properties: {
    installationAddress: text('สถานที่ที่ขอติดตั้ง', 'Installation address', { maxLength: 500 }),
    houseNumber: text('บ้านเลขที่ของสถานที่ติดตั้ง', 'House number of the installation address', { maxLength: 50 }),
  },
  // Catalogue notes: online requests only for a permanent installation at an address with a house number.
  required: ['installationAddress', 'houseNumber'],
};
const factoryFields = {
  properties: {
    workers: integer('จำนวนคนงาน', 'Number of workers', 0, 1000000),
    machineHorsepower: number('กำลังเครื่องจักรรวม (แรงม้า)', 'Total machine power (horsepower)', { minimum: 0, maximum: 10000000 }),
  },
  // The class of a factory turns on its workers and machine power (quiz: 50 workers / 50 horsepower).
  required: ['workers', 'machineHorsepower'],
};
const bedsField = {
  properties: { beds: integer('จำนวนเตียง', 'Number of beds', 1, 100000) },
  // The fee varies with the number of beds (catalogue feeNote / notes, CGD payment catalogue).
  required: ['beds'],
};
const shareholderIds = {
  properties: {
    majorShareholderJuristicIds: nationalIds('เลขทะเบียนนิติบุคคลของผู้ถือหุ้นรายใหญ่ที่เป็นนิติบุคคล', 'Registration numbers of major shareholders that are juristic persons'),
  },
  // Their DBD certificates are fetched by data exchange (requiredData), so their numbers are asked.
  required: [],
};
const tradeType = {
  properties: { tradeType: text('ลักษณะการทำการค้า (เช่น ทำการค้าทั่วประเทศ ทำการค้าแบบนำเข้า)', 'Type of trade (e.g. nationwide trade, import)') },
  // The fee depends on the type of trade (catalogue feeNote).
  required: ['tradeType'],
};

/**
 * Data fields beyond the common ones, by licence slug; each grounded in that catalogue entry
 * (requiredData, feeNote, notes or the Smart Quiz questions that lead to it). Entries with
 * `subtypes` also get an `activity` field listing them.
 */
const EXTRA_FIELDS = {
  'food-premises-notification': {
    properties: {
      premisesType: choice('ประเภทสถานที่ (จำหน่ายอาหาร / สะสมอาหาร)', 'Premises type', ['sale', 'storage', 'sale-and-storage']),
      areaSquareMetres: number('พื้นที่ประกอบการ (ตร.ม. ไม่รวมที่จอดรถ)', 'Floor area in m² excluding parking', { exclusiveMinimum: 0, maximum: 200 }),
      seats: integer('จำนวนที่นั่ง', 'Number of seats', 0, 100000),
      foodHandlers: integer('จำนวนผู้สัมผัสอาหาร', 'Number of food handlers', 1, 10000),
    },
    // Name: area not over 200 m²; requiredData: certificates of the food handlers.
    required: ['premisesType', 'areaSquareMetres', 'foodHandlers'],
  },
  'public-place-vending-permit': {
    properties: {
      goodsSold: text('สินค้าที่จำหน่าย', 'Goods sold', { maxLength: 500 }),
      assistantNationalIds: nationalIds('เลขประจำตัวประชาชนของผู้ช่วยจำหน่ายสินค้า', 'National ID numbers of the sales assistants'),
    },
    // requiredData: the assistants' ID cards (fetched by data exchange, so their numbers are asked).
    required: ['goodsSold'],
  },
  'signboard-tax': {
    properties: {
      // Signboard Tax Act B.E. 2510 (the entry's legal basis), s. 18: the tax rate turns on the sign type.
      signType: choice(
        'ประเภทป้าย (1 อักษรไทยล้วน / 2 อักษรไทยปนอักษรต่างประเทศหรือภาพ / 3 ไม่มีอักษรไทย หรืออักษรไทยอยู่ใต้หรือต่ำกว่าอักษรต่างประเทศ)',
        'Sign type (1 Thai script only / 2 Thai mixed with foreign script or images / 3 no Thai script, or Thai below the foreign script)',
        ['type-1', 'type-2', 'type-3'],
      ),
      signCount: integer('จำนวนป้าย', 'Number of signs', 1, 1000),
      signAreaSquareCentimetres: number('พื้นที่ป้ายรวม (ตร.ซม.)', 'Total sign area (cm²)', { exclusiveMinimum: 0, maximum: 100000000 }),
    },
    // feeNote: the tax depends on the sign type and area; requiredData: the sign's dimensions.
    required: ['signType', 'signCount', 'signAreaSquareCentimetres'],
  },
  'building-permit': {
    properties: {
      workType: choice('ลักษณะงาน (ก่อสร้าง / ดัดแปลง / รื้อถอน)', 'Work (construct / alter / demolish)', ['construct', 'alter', 'demolish']),
      filingVariant: choice(
        'กรณีที่ยื่น (กรณีอื่นๆ / กรณีพิเศษ / อาคารขนาดใหญ่ ยื่นที่สำนักการโยธา / อาคารขนาดใหญ่ ยื่นที่สำนักงานเขต / ต่างจังหวัด ข.1)',
        'Filing (other case / special case / large building at the BMA Public Works Department / large building at the district office / provinces, Khor 1)',
        ['other', 'special', 'large-building-public-works-department', 'large-building-district-office', 'provinces-khor-1'],
      ),
    },
    // bizPortalServiceNames: the five filing variants.
    required: ['workType', 'filingVariant'],
  },
  'animal-trade-licence': tradeType,
  'carcass-trade-licence': tradeType,
  'animal-feed-sale-licence': {
    properties: { operatorNationalId: { type: 'string', pattern: '^[0-9]{13}$', title: title('เลขประจำตัวประชาชนของผู้ดำเนินกิจการ', 'National ID number of the appointed operator') } },
    // requiredData: the appointed operator's ID card (fetched by data exchange).
    required: [],
  },
  'commercial-registration': {
    properties: {
      capitalBaht: number('จำนวนเงินทุน (บาท)', 'Capital (THB)', { minimum: 0, maximum: 1e12 }),
      websiteUrl: { type: 'string', format: 'uri', maxLength: 500, title: title('เว็บไซต์ (ถ้ามี)', 'Website (if any)') },
    },
    // requiredData: evidence of the amount of capital; website details (form Tor Phor).
    required: ['capitalBaht'],
  },
  'e-commerce-registration': {
    properties: { websiteUrl: { type: 'string', format: 'uri', maxLength: 500, title: title('เว็บไซต์ร้านค้าออนไลน์', 'Online shop website') } },
    // requiredData: pictures of the online shop's pages.
    required: ['websiteUrl'],
  },
  'vat-registration': {
    properties: { requestedRegistrationDate: { type: 'string', format: 'date', title: title('วันที่ขอจดทะเบียน', 'Requested registration date') } },
    // Notes: the requested registration date must be 15 to 30 days after filing Phor Phor 01.
    required: ['requestedRegistrationDate'],
  },
  'sso-employer-registration': {
    properties: { employees: integer('จำนวนลูกจ้าง', 'Number of employees', 1, 1000000) },
    // Notes: shown when the business has one employee or more.
    required: ['employees'],
  },
  'lpg-storage-notification': {
    properties: { lpgKilograms: number('ปริมาณก๊าซหุงต้มที่เก็บรวมกัน (กิโลกรัม)', 'Total LPG stored (kg)', { exclusiveMinimum: 250, maximum: 1000 }) },
    // Notes / quiz: more than 250 kg and at most 1,000 kg.
    required: ['lpgKilograms'],
  },
  'lpg-storage-licence': {
    properties: { lpgKilograms: number('ปริมาณก๊าซหุงต้มที่เก็บรวมกัน (กิโลกรัม)', 'Total LPG stored (kg)', { exclusiveMinimum: 1000, maximum: 100000000 }) },
    // Notes / quiz: more than 1,000 kg.
    required: ['lpgKilograms'],
  },
  'hotel-business-licence': {
    properties: {
      rooms: integer('จำนวนห้องพัก', 'Number of rooms', 1, 100000),
      guestCapacity: integer('จำนวนผู้เข้าพักที่รองรับได้', 'Guest capacity', 1, 1000000),
      hotelHouseRegistrationCode: { type: 'string', pattern: '^[0-9]{11}$', title: title('รหัสประจำบ้านของอาคารที่ตั้งโรงแรม', 'House registration code of the hotel building') },
    },
    // Quiz: more than 4 rooms / more than 20 guests; requiredData: the building's house registration
    // (data exchange: its code helps find it, but the office can look it up from the address).
    required: ['rooms'],
  },
  'health-establishment-licence': {
    properties: {
      establishmentType: choice('ประเภทกิจการ (สปา / นวดเพื่อสุขภาพ / นวดเพื่อเสริมสวย)', 'Establishment type (spa / health massage / beauty massage)', ['spa', 'health-massage', 'beauty-massage']),
      areaSquareMetres: number('พื้นที่ให้บริการ (ตร.ม.)', 'Service floor area (m²)', { exclusiveMinimum: 0, maximum: 1000000 }),
    },
    // Name: the three establishment types; notes: the fee turns on the floor area.
    required: ['establishmentType', 'areaSquareMetres'],
  },
  'hospital-business-licence': bedsField,
  'hospital-operation-licence': bedsField,
  'tour-business-licence': {
    properties: {
      tourType: choice(
        'ประเภทธุรกิจนำเที่ยว (เฉพาะพื้นที่ / ในประเทศ / นักท่องเที่ยวจากต่างประเทศ / ทั่วไป)',
        'Tour business type (local area / domestic / inbound / general, including outbound)',
        ['local-area', 'domestic', 'inbound', 'general'],
      ),
    },
    // The four tour types of the tourism quiz; the fee range (1,200–202,000 THB) turns on it.
    required: ['tourType'],
  },
  'radio-equipment-trade-licence': {
    properties: { licenceType: choice('ประเภทใบอนุญาต (ให้ค้า / ให้ค้าเพื่อการซ่อมแซม)', 'Licence type (trade / trade for repair)', ['trade', 'trade-for-repair']) },
    // Name: licence to trade / to trade for repair.
    required: ['licenceType'],
  },
  'energy-exempt-notification': {
    properties: { inverterCapacityKva: number('กำลังการผลิตรวมของ Inverter (kVA)', 'Total inverter capacity (kVA)', { exclusiveMinimum: 0, exclusiveMaximum: 1000 }) },
    // Quiz: rooftop solar with a total inverter capacity below 1,000 kVA.
    required: ['inverterCapacityKva'],
  },
  'factory-class2-notification': factoryFields,
  'factory-class3-licence': factoryFields,
  'electricity-connection-mea': utilityFields,
  'electricity-connection-pea': utilityFields,
  'water-connection-mwa': utilityFields,
  'water-connection-pwa': utilityFields,
  'phone-internet-connection': utilityFields,
};
for (const slug of ['sec-licence-type-a', 'sec-licence-type-b', 'sec-licence-type-c', 'sec-licence-type-d', 'sec-licence-investment-advisor', 'sec-licence-securities-borrowing-lending', 'sec-licence-derivatives-s1']) {
  EXTRA_FIELDS[slug] = shareholderIds;
}

/** The hand-written form of the food premises permit, kept exactly (the end-to-end tests depend on it). */
const FOOD_PREMISES_PERMIT_FORM = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['businessName', 'premisesType', 'areaSquareMetres', 'foodHandlers', 'openingHours', 'contactPhone'],
  properties: {
    businessName: { type: 'string', minLength: 1, maxLength: 200, title: 'ชื่อสถานประกอบการ / Business name' },
    premisesType: { enum: ['sale', 'storage', 'sale-and-storage'], title: 'ประเภทสถานที่ (จำหน่ายอาหาร / สะสมอาหาร) / Premises type' },
    areaSquareMetres: { type: 'number', exclusiveMinimum: 200, maximum: 1000000, title: 'พื้นที่ประกอบการ (ตร.ม. ไม่รวมที่จอดรถ) / Floor area in m² excluding parking' },
    seats: { type: 'integer', minimum: 0, maximum: 100000, title: 'จำนวนที่นั่ง / Number of seats' },
    foodHandlers: { type: 'integer', minimum: 1, maximum: 10000, title: 'จำนวนผู้สัมผัสอาหาร / Number of food handlers' },
    openingHours: { type: 'string', minLength: 1, maxLength: 100, title: 'เวลาเปิด-ปิด / Opening hours' },
    contactPhone: { type: 'string', pattern: '^0[0-9]{8,9}$', title: 'โทรศัพท์ติดต่อ / Contact phone' },
    contactEmail: { type: 'string', format: 'email', maxLength: 200, title: 'อีเมล / Email' },
  },
};

function formOf(entry) {
  if (entry.slug === 'food-premises-permit') return FOOD_PREMISES_PERMIT_FORM;
  const extra = lookup(EXTRA_FIELDS, entry.slug) ?? { properties: {}, required: [] };
  const properties = { businessName: BASE_FIELDS.businessName };
  const required = ['businessName'];
  if (entry.subtypes && entry.subtypes.length > 0) {
    properties.activity = choice('กิจการที่ขออนุญาต', 'Activity applied for', entry.subtypes);
    required.push('activity');
  }
  Object.assign(properties, extra.properties);
  required.push(...extra.required);
  properties.contactPhone = BASE_FIELDS.contactPhone;
  properties.contactEmail = BASE_FIELDS.contactEmail;
  required.push('contactPhone');
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', additionalProperties: false, required, properties };
}

// ---------------------------------------------------------------------------------------------
// Category, template, fees, SLA, validity, kinds
// ---------------------------------------------------------------------------------------------

function categoryOf(entry) {
  if (entry.category === 'utility-service') return 'utility-service';
  if (entry.slug.includes('registration')) return 'registration';
  if (entry.slug.endsWith('-notification') || entry.nameTh.includes('การแจ้ง')) return 'notification';
  return 'licence';
}

function feesOf(entry, kinds) {
  if (entry.feeTHB === null) {
    if (entry.feeMaxTHB !== null) fail(`${entry.slug}: feeMaxTHB without feeTHB`);
    return [];
  }
  const satang = (thb) => {
    const value = Math.round(thb * 100);
    if (Math.abs(value - thb * 100) > 1e-6) fail(`${entry.slug}: fee ${thb} THB is not a whole number of satang`);
    return value;
  };
  return [
    {
      code: 'licence',
      label: { th: 'ค่าธรรมเนียม', en: 'Fee' },
      amountSatang: satang(entry.feeTHB),
      maxAmountSatang: entry.feeMaxTHB === null ? null : satang(entry.feeMaxTHB),
      ...lateRenewalSurchargeOf(entry, kinds),
      due: 'after-approval',
      note: entry.feeNote,
    },
  ];
}

function lateRenewalSurchargeOf(entry, kinds) {
  const surcharge = /late renewal surcharge (\d+(?:\.\d+)?)%/.exec(entry.validity ?? '');
  if (!surcharge || !kinds.includes('renew')) return {};
  return { lateRenewalSurcharge: { percentPerPeriod: Number(surcharge[1]), period: 'once' } };
}

/**
 * Splits processingDays (working days) over the office steps of the shape so that they add up to it
 * exactly; every share a whole number of days. null when the catalogue states no processing days.
 *
 *   licence       receive 1 (when N ≥ 5), check 2 (N ≥ 10) or 1 (N ≥ 3); of the rest, plan review
 *                 and inspection half each when only one of them is there, a third each when both
 *                 are; the decision takes what is left (so N = 1 is a 1-day decision); issue 0 (the
 *                 system issues the licence right after the payment).
 *   registration  check 2 (N ≥ 10) or 1 (N ≥ 3), decision the rest.
 *   notification  check N (the acknowledgement is issued by the system at once), issue 0.
 */
function splitSla(template, days, params = {}) {
  const keys =
    template === 'licence'
      ? ['receive', 'check', ...(params.planApproval ? ['planReview'] : []), ...(params.inspection ? ['inspection'] : []), 'decision', 'issue']
      : template === 'registration'
        ? ['check', 'decision']
        : ['check', 'issue'];
  if (days === null) return Object.fromEntries(keys.map((k) => [k, null]));
  const sla = {};
  if (template === 'notification') return { check: days, issue: 0 };
  const check = days >= 10 ? 2 : days >= 3 ? 1 : 0;
  if (template === 'registration') return { check, decision: days - check };
  const receive = days >= 5 ? 1 : 0;
  const rest = days - receive - check;
  const middle = keys.filter((k) => k === 'planReview' || k === 'inspection');
  const share = middle.length === 2 ? Math.floor(rest / 3) : middle.length === 1 ? Math.floor(rest / 2) : 0;
  sla.receive = receive;
  sla.check = check;
  for (const k of middle) sla[k] = share;
  sla.decision = rest - share * middle.length;
  sla.issue = 0;
  return sla;
}

function validityOf(text) {
  if (text === null) return null;
  const duration = /^(\d+)\s+(year|month)s?\b/i.exec(text);
  return duration ? { [`${duration[2].toLowerCase()}s`]: Number(duration[1]), note: text } : { note: text };
}

/**
 * A Biz Portal service name is a renewal (ต่ออายุ, an annual fee), an amendment (แก้ไข, เปลี่ยนแปลง,
 * เปลี่ยนตัว), a cancellation (ยกเลิก, เลิก) or else a new application; some names are Biz Portal app
 * codes (…_RENEW, …_EDIT, …_CANCEL). When a name has several words, the first one says what the
 * service does ("แก้ไขคำขอต่ออายุ…" amends). `new` is always offered.
 */
const KIND_WORDS = [
  ['renew', /ต่ออายุ|ค่าธรรมเนียม.*(รายปี|ประจำปี)|_RENEW\b/],
  ['amend', /แก้ไข|เปลี่ยนแปลง|เปลี่ยนตัว|_EDIT\b/],
  ['cancel', /ยกเลิก|เลิก|_CANCEL/],
];
function kindsOf(entry) {
  const kinds = new Set(['new']);
  for (const name of entry.bizPortalServiceNames) {
    let best = null;
    for (const [kind, pattern] of KIND_WORDS) {
      const match = pattern.exec(name);
      if (match && (best === null || match.index < best.index)) best = { kind, index: match.index };
    }
    kinds.add(best ? best.kind : 'new');
  }
  return ['new', 'renew', 'amend', 'cancel'].filter((k) => kinds.has(k));
}

let templates = null;
/** The engine's templates (libs/engine/src/templates.ts), transpiled on the fly: no build needed. */
function engineTemplates() {
  if (templates) return templates;
  const ts = require('typescript');
  const source = fs.readFileSync(path.join(__dirname, '..', 'libs', 'engine', 'src', 'templates.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const module = { exports: {} };
  new Function('exports', 'require', 'module', outputText)(module.exports, require, module);
  templates = module.exports.TEMPLATES;
  return templates;
}

function licenceFile(entry) {
  const category = categoryOf(entry);
  const template = category === 'registration' || category === 'utility-service' ? 'registration' : category;
  const fees = feesOf(entry, kindsOf(entry));
  const feeParam = entry.feeTHB !== null && entry.feeTHB > 0 ? 'licence' : null;
  const agency = agencyOf(entry);
  let params;
  if (template === 'licence') {
    const shape = { inspection: entry.siteInspection === true, planApproval: lookup(PLAN_APPROVAL, entry.slug) !== undefined };
    let slaDays = lookup(SLA_OVERRIDES, entry.slug) ?? splitSla('licence', entry.processingDays, shape);
    if (SIGNER_APPROVAL.has(entry.slug)) {
      shape.signerApproval = true;
      const { issue, ...before } = slaDays;
      slaDays = { ...before, decision: before.decision === null ? null : before.decision - 1, signature: before.decision === null ? null : 1, issue };
    }
    params = { fee: feeParam, ...shape, slaDays };
  } else if (template === 'notification') {
    params = { fee: feeParam, slaDays: splitSla('notification', entry.processingDays) };
  } else {
    params = { ...(feeParam ? { fee: feeParam } : {}), slaDays: splitSla('registration', entry.processingDays) };
  }
  const slaTotal = Object.values(params.slaDays).reduce((sum, d) => sum + (d ?? 0), 0);
  if (entry.processingDays !== null && slaTotal !== entry.processingDays) fail(`${entry.slug}: slaDays add up to ${slaTotal}, not ${entry.processingDays}`);
  const { documents, dataExchange } = documentsOf(entry);
  const catalogue = {
    feeNote: entry.feeNote,
    processingDaysNote: entry.processingDaysNote,
    onlineOnBizPortal: entry.onlineOnBizPortal,
    renewalServiceOnBizPortal: entry.renewalServiceOnBizPortal,
    bizPortalServiceNames: entry.bizPortalServiceNames,
    bizPortalPermitNo: entry.bizPortalPermitNo,
    citizenManualUrl: entry.citizenManualUrl,
    notes: entry.notes,
    siteInspection: entry.siteInspection,
    ...(entry.subtypes ? { subtypes: entry.subtypes } : {}),
    verified: entry.verified,
  };
  return {
    file: {
      slug: entry.slug,
      name: { th: entry.nameTh, en: entry.nameEn },
      category,
      agency: { level: agency.level, name: { th: entry.agencyTh, en: entry.agencyEn }, code: agency.code },
      legalBasis: entry.legalBasis,
      processingDays: entry.processingDays,
      validity: validityOf(entry.validity),
      fees,
      kinds: kindsOf(entry),
      form: formOf(entry),
      documents,
      dataExchange,
      sources: entry.sources,
      catalogue,
      ...(EXPANDED.has(entry.slug)
        ? { template: { name: template, params }, machine: { ...engineTemplates()[template].build(params, { kinds: kindsOf(entry) }), id: entry.slug } }
        : { machine: { template, params } }),
    },
    agency,
  };
}

// ---------------------------------------------------------------------------------------------
// Smart Quiz
// ---------------------------------------------------------------------------------------------

const NO = { th: 'ไม่ใช่', en: 'No' };
const YES = { th: 'ใช่', en: 'Yes' };
const NONE = { th: 'ไม่มีข้อใดตรงกับธุรกิจของฉัน', en: 'None of these applies to my business' };
const LPG_NONE = { th: 'ไม่มี หรือไม่เกิน 250 กิโลกรัม', en: 'None, or 250 kg or less' };
const AREA = []; // the two area answers cover every case: nothing to add

/**
 * Quiz questions by their exact catalogue text: English, and optionally `multiple` (when the text
 * does not say เลือก/ตอบได้มากกว่า 1 ข้อ or ask อะไรบ้าง but the answers are not exclusive) and `added`
 * (the answer(s) added so that the question can be answered without needing any licence; when
 * omitted: "ไม่ใช่ / No" after yes-answers, "ใช่ / Yes" after no-answers, otherwise "none of these").
 */
const QUESTIONS = {
  'ร้านอาหารของคุณขายเครื่องดื่มแอลกอฮอลหรือไม่ เช่น เบียร์ ไวน์ เหล้า': { en: 'Does your restaurant sell alcoholic drinks, such as beer, wine or spirits?' },
  'ร้านอาหารของคุณขายยาสูบ เช่น บุหรี่ ซิการ์ ยาเส้นสด ยาเส้นปรุง หรือไม่': { en: 'Does your restaurant sell tobacco, such as cigarettes, cigars or fresh or blended shredded tobacco?' },
  'ร้านอาหารของคุณมีถังก๊าซหุงต้มรวมกัน ในปริมาณเท่าใด ( 1 ถังใหญ่หนักประมาณ 50 กิโลกรัม)': { en: 'How much cooking gas does your restaurant keep in cylinders altogether? (one large cylinder weighs about 50 kg)', added: [LPG_NONE] },
  'ร้านอาหารของคุณมีบริการเหล่านี้หรือไม่ (เลือกได้มากกว่า 1 ข้อ)': { en: 'Does your restaurant offer any of these? (you may choose more than one)' },
  'ร้านอาหารของคุณมีการใช้พื้นที่ที่เป็นทางสาธารณะหรือไม่ เช่น ฟุตบาท ทางเท้า': { en: 'Does your restaurant use public space, such as the pavement or footpath?' },
  'ร้านอาหารของคุณมีพื้นที่ใช้สอยเท่าใด (ไม่รวมที่จอดรถ)': { en: "What is your restaurant's usable floor area (excluding parking)?", added: AREA },
  'ร้านอาหารของคุณมีการผลิตอาหาร/เครื่องดื่มเชิงอุตสาหกรรม เพื่อขายแยกส่วนจากการขายอาหารหลักหรือไม่? (ตัวอย่างเช่น เปิดร้านขายก๋วยเตี๋ยวเป็นหลัก ในขณะเดียวกันก็ผลิตลูกชิ้นเป็นแพ็คเพื่อให้ลูกค้าซื้อกลับบ้าน)': { en: 'Does your restaurant produce food or drinks on an industrial scale for sale apart from its main food sales? (for example, a noodle shop that also makes packs of meatballs for customers to take home)' },
  'ร้านอาหารของคุณผลิตอาหาร/เครื่องดื่มเหล่านี้เชิงอุตสาหกรรม เพื่อขายแยกส่วนจากการขายอาหารหลักหรือไม่ (ตอบได้มากกว่า 1 ข้อ)': { en: 'Which of these foods or drinks does your restaurant produce on an industrial scale for sale apart from its main food sales? (you may answer more than one)' },
  'ร้านค้าของคุณขายสินค้าอะไรบ้าง': { en: 'What goods does your shop sell?' },
  'เจ้าของธุรกิจร้านค้าปลีกของคุณมีลักษณะตรงกับข้อใด': { en: 'Which of these describes the owner of your retail business?' },
  'คุณขายสินค้าผ่านตัวแทนขายตรงหรือตัวแทนอิสระนำเสนอขายสินค้าต่อผู้บริโภคโดยตรงที่บ้าน ที่ทำงาน หรือสถานที่อื่นที่มิใช่ร้านค้าหรือไม่?': { en: "Do you sell through direct-sales agents or independent agents who offer your goods to consumers directly at home, at work or elsewhere than in a shop?" },
  'คุณเสนอขายสินค้าผ่านสื่อต่างๆ ซึ่งได้แก่ โทรทัศน์ สิ่งพิมพ์ วิทยุ หรือ เว็บไซต์ระบบตะกร้าสินค้าที่คุณเป็นเจ้าของเอง แล้วให้ผู้บริโภคตอบกลับเพื่อซื้อสินค้าหรือบริการผ่านสื่อหรือไม่ (ไม่นับรวมการขายผ่าน Facebook, Line, Instagram)': { en: 'Do you offer goods through media such as television, print, radio or a shopping-cart website of your own, for consumers to order back through the media? (selling on Facebook, Line or Instagram does not count)' },
  'คุณมีการผลิตหรือนำเข้า เครื่องสำอาง เพื่อขายในร้านค้าหรือไม่': { en: 'Do you produce or import cosmetics to sell in your shop?' },
  'คุณได้จดแจ้งรายละเอียดการผลิต หรือนำเข้าเครื่องสำอางของคุณกับทางสำนักงานคณะกรรมการอาหารและยา (อย.) ครบถ้วนทุกผลิตภัณฑ์แล้วหรือไม่': { en: 'Have you notified the Food and Drug Administration (FDA) of the production or import of every one of your cosmetic products?' },
  'ร้านค้าของคุณขายหรือเก็บสะสมอาหารหรือไม่': { en: 'Does your shop sell or store food?' },
  'ร้านค้าของคุณมีพื้นที่ใช้สอยเท่าใด (ไม่รวมที่จอดรถ)': { en: "What is your shop's usable floor area (excluding parking)?", added: AREA },
  'ร้านค้าของคุณมีถังก๊าซหุงต้มรวมกัน ในปริมาณเท่าใด ( 1 ถังใหญ่หนักประมาณ 50 กิโลกรัม)': { en: 'How much cooking gas does your shop keep in cylinders altogether? (one large cylinder weighs about 50 kg)', added: [LPG_NONE] },
  'รีสอร์ท/โรงแรมของคุณมีร้านจำหน่ายอาหารหรือเครื่องดื่มหรือไม่': { en: 'Does your resort or hotel have a place selling food or drinks?' },
  'ร้านจำหน่ายอาหารหรือเครื่องดื่มในรีสอร์ท/โรงแรมของคุณมีพื้นที่ใช้สอยเท่าใด (ไม่รวมที่จอดรถ)': { en: 'What is the usable floor area of the food or drink outlet in your resort or hotel (excluding parking)?', added: AREA },
  'รีสอร์ท/โรงแรมของคุณขายเครื่องดื่มแอลกอฮอลหรือไม่ เช่น เบียร์ ไวน์ เหล้า': { en: 'Does your resort or hotel sell alcoholic drinks, such as beer, wine or spirits?' },
  'ในกรณีที่คุณมีป้ายและได้ทำการติดตั้งป้ายเป็นที่เรียบร้อยแล้ว ต้องการยื่นชำระภาษีป้ายด้วยหรือไม่': { en: 'If you have a sign that is already installed, do you also want to file and pay the signboard tax?' },
  'บริการที่พักของคุณเป็นที่พักให้บริการมากกว่ารายเดือนหรือไม่': { en: 'Is your accommodation let for periods other than by the month (e.g. by the day or week)?' },
  'บริการที่พักของคุณมีจำนวนห้องพักมากกว่า 4 ห้องหรือไม่': { en: 'Does your accommodation have more than 4 rooms?' },
  'บริการที่พักของคุณสามารถรองรับผู้อยู่อาศัยได้มากกว่า 20 คนหรือไม่': { en: 'Can your accommodation take more than 20 guests?' },
  'รีสอร์ท/โรงแรมของคุณมีถังก๊าซหุงต้มรวมกัน ในปริมาณเท่าใด ( 1 ถังใหญ่หนักประมาณ 50 กิโลกรัม)': { en: 'How much cooking gas does your resort or hotel keep in cylinders altogether? (one large cylinder weighs about 50 kg)', added: [LPG_NONE] },
  'ร้าน Co-working space ของคุณมีการจำหน่ายอาหารหรือเครื่องดื่มหรือไม่': { en: 'Does your co-working space sell food or drinks?' },
  'ร้าน Co-working space ของคุณมีพื้นที่ใช้สอยเท่าใด (ไม่รวมที่จอดรถ)': { en: "What is your co-working space's usable floor area (excluding parking)?", added: AREA },
  'ฟิตเนสของคุณมีการจำหน่ายอาหารหรือเครื่องดื่มหรือไม่': { en: 'Does your fitness centre sell food or drinks?' },
  'ฟิตเนสของคุณมีพื้นที่ใช้สอยเท่าใด (ไม่รวมที่จอดรถ)': { en: "What is your fitness centre's usable floor area (excluding parking)?", added: AREA },
  'สถานพยาบาลสัตว์ของคุณมีการจำหน่ายอาหารสัตว์ (วัตถุดิบ, อาหารสำเร็จรูป, อาหารเสริม) หรือไม่': { en: 'Does your animal hospital sell animal feed (raw materials, ready-made feed, supplements)?' },
  'ธุรกิจของคุณมีการผลิตและบรรจุผลิตภัณฑ์อะไรบ้าง': { en: 'Which products does your business make and pack?' },
  'คุณได้จดแจ้งรายละเอียดการผลิตเครื่องสำอางของคุณกับทางสำนักงานคณะกรรมการอาหารและยา (อย.) ครบถ้วนทุกผลิตภัณฑ์แล้วหรือไม่': { en: 'Have you notified the Food and Drug Administration (FDA) of the production of every one of your cosmetic products?' },
  'ธุรกิจของคุณใช้คนงานน้อยกว่า 50 คน หรือ ใช้กำลังเครื่องจักรรวมน้อยกว่า 50 แรงม้า ใช่หรือไม่': { en: 'Does your business employ fewer than 50 workers or use less than 50 horsepower of machinery in total?' },
  'ร้านของคุณมีการให้บริการเหล่านี้หรือไม่ (เลือกได้มากกว่า 1 ข้อ)': { en: 'Does your shop offer any of these services? (you may choose more than one)' },
  // ADDED_TRIGGERS (questions the catalogue's licence entries support, for business types without a quiz)
  'สถานพยาบาลของคุณเป็นคลินิก (ไม่รับผู้ป่วยไว้ค้างคืน) หรือโรงพยาบาล (รับผู้ป่วยไว้ค้างคืน)': {
    en: 'Is your medical facility a clinic (no in-patients kept overnight) or a hospital (in-patients kept overnight)?',
    added: [{ th: 'ไม่ใช่สถานพยาบาล', en: 'Not a medical facility' }],
  },
  'ธุรกิจของคุณนำเข้าเครื่องมือแพทย์จากต่างประเทศหรือไม่': { en: 'Does your business import medical devices from abroad?' },
  'นอกจากขายออนไลน์ คุณขายเสื้อผ้าในที่หรือทางสาธารณะด้วยหรือไม่ เช่น ฟุตบาท ทางเท้า': { en: 'Besides selling online, do you also sell clothes in a public place, such as on the pavement or footpath?' },
  'อาคารที่คุณต้องการก่อสร้าง ดัดแปลง หรือรื้อถอน มีลักษณะดังต่อไปนี้หรือไม่ (เลือกได้มากกว่า 1 ข้อ)': { en: 'Is the building you want to construct, alter or demolish any of the following? (you may choose more than one)' },
  'การก่อสร้างดัดแปลง หรือรื้อถอนอาคาร ของคุณ มีการสะสม ผสมซีเมนต์ หิน ดิน ทราย วัสดุก่อสร้าง รวมทั้งการขุด ตัก ดูด โม่ บด ย่อย ด้วยเครื่องจักร หรือไม่': { en: 'Does your construction, alteration or demolition work involve storing or mixing cement, stone, soil, sand or building materials, or digging, scooping, dredging, grinding, crushing or milling with machinery?' },
  // Asks อะไรบ้าง, but its answers (both / repairs only / sales only) exclude each other: one answer.
  'ร้านซ่อมและขายอุปกรณ์อิเล็กทรอนิกส์ของคุณมีให้บริการอะไรบ้าง': { en: 'What does your electronics repair and sales shop offer?', multiple: false },
  // Car-care services are offered together (washing and vacuuming, …): several answers allowed.
  'แบบสอบถามการขออนุญาตเพื่อเปิดธุรกิจคาร์แคร์': { en: 'Questionnaire for opening a car-care business: which services will you offer?', multiple: true },
  'ธุรกิจของคุณดำเนินกิจกรรมอะไรบ้างเกี่ยวกับเกษตรอินทรีย์': { en: 'What organic-farming activities does your business carry out?' },
  'ธุรกิจของคุณมีการนำเที่ยวในลักษณะใด (เลือกได้มากกกว่า 1 ข้อ)': { en: 'What kinds of tours does your business run? (you may choose more than one)' },
  // The question itself names the other answer (own-account transport).
  'ธุรกิจของคุณเป็นการรับจ้างขนส่งสินค้าหรือขนส่งสินค้าในกิจการตัวเอง': { en: "Does your business carry goods for hire, or only its own goods?", added: [{ th: 'ธุรกิจของฉันขนส่งสินค้าในกิจการตัวเอง', en: 'My business carries only its own goods' }] },
  'ธุรกิจของคุณมีกิจกรรมอะไรบ้าง': { en: 'What activities does your business carry out?' },
  'ผู้ขอจัดตั้งโรงเรียนนอกระบบ มีคุณสมบัติครบถ้วน หรือไม่': { en: 'Does the person applying to establish the non-formal school meet all the qualifications?' },
  'ชื่อสำนักงานทนายความของคุณเป็นไปตามข้อกำหนดระเบียบว่าด้วยการขึ้นทะเบียนสำนักงานทนายความ พ.ศ. 2546 หรือไม่ (โดยที่มาตรา 42 แห่งพระราชบัญญัติทนายความ พ.ศ. 2528)': { en: "Does your law office's name meet the Regulation on the Registration of Law Offices B.E. 2546 (under section 42 of the Lawyers Act B.E. 2528)?" },
  'ธุรกิจของคุณมีรายละเอียดวัตถุประสงค์ด้านการทำบัญชี และ/หรือสอบด้านการบัญชี ในหนังสือรับรองการจดทะเบียนนิติบุคคล หรือไม่': { en: "Do your business's objects in its juristic-person registration certificate include bookkeeping and/or auditing?", added: [{ th: 'ไม่มี', en: 'No' }] },
  'ซอฟต์แวร์ที่คุณจำหน่ายมีคุณสมบัติเพิ่มเติม ดังนี้หรือไม่': { en: 'Does the software you sell have any of these further features?' },
  'ธุรกิจของคุณอยู่ในประเภทหรือชนิดโรงงานดังนี้ ใช่หรือไม่': { en: 'Is your business one of these kinds of factory?' },
  'ธุรกิจของคุณมีการส่งออกผลิตภัณฑ์อาหารไปขายยังต่างประเทศที่ต้องการหนังสือรับรองหรือไม่': { en: 'Does your business export food products to countries that require a certificate?' },
  // A processor may both produce and import: several answers allowed.
  'ธุรกิจแปรรูปเกษตรของคุณเข้าข่ายลักษณะใดด่อไปนี้': { en: 'Which of these describes your agricultural processing business?', multiple: true, added: [{ th: 'ไม่ได้เป็นผู้ผลิตหรือผู้นำเข้า', en: 'Neither a producer nor an importer' }] },
  'ในการโฆษณามีเนื้อหาเพื่อชี้แจงสรรพคุณ คุณภาพ คุณประโยชน์ของอาหาร หรือไม่': { en: 'Does your advertising describe the properties, quality or benefits of the food?' },
  'ธุรกิจของคุณผลิตไฟฟ้าเพื่อการผลิตไฟฟ้าเฉพาะกรณีฉุกเฉินเท่านั้น (Emergency Backup) หรือ ใช้ในกิจการของตนเอง (Stand Alone) ใช่หรือไม่': { en: 'Does your business generate electricity only for emergencies (emergency backup) or for its own use (stand-alone)?' },
  'ธุรกิจผลิตไฟฟ้าจากเซลล์แสงอาทิตย์ที่ติดตั้งบนหลังคาของท่านมีกําลังการผลิตรวมของ Inverter ตํ่ากว่า 1,000 kVA หรือไม่': { en: "Is the total inverter capacity of your rooftop solar power business below 1,000 kVA?" },
};

/** Quiz answers by their exact catalogue text. */
const ANSWERS = {
  'ใช่ ร้านของฉันขายเครื่องดื่มแอลกอฮอล์': 'Yes, my restaurant sells alcoholic drinks',
  'ใช่ ร้านของฉันขายยาสูบ': 'Yes, my restaurant sells tobacco',
  '251 – 1,000 กิโลกรัม': '251 – 1,000 kg',
  'ตั้งแต่ 1,001 กิโลกรัมขึ้นไป': '1,001 kg or more',
  'มีโชว์เพื่อความบันเทิงหลังเที่ยงคืน เช่น การแสดงดนตรีสด ตลก หรือศิลปวัฒนธรรม เป็นต้น': 'Entertainment shows after midnight, e.g. live music, comedy or cultural performances',
  'มีการเต้น เช่น เต้นบริเวณโต๊ะ หรือ เต้นบนเวที': 'Dancing, e.g. at the tables or on a stage',
  'มีฟลอร์สำหรับเต้นหรือเต้นรำ': 'A dance floor',
  'มีการให้พนักงานนั่งบริการลูกค้าโดยเฉพาะ เช่น ปรนนิบัติ นั่งเป็นเพื่อน หรือร้องเพลงด้วย': 'Staff who sit with customers to serve them, e.g. attending to them, keeping them company or singing with them',
  'มีการให้บริการคาราโอเกะ': 'Karaoke',
  'มีโชว์เพื่อความบันเทิงก่อนเที่ยงคืน เช่น การแสดงดนตรีสด ตลก หรือศิลปวัฒนธรรม เป็นต้น': 'Entertainment shows before midnight, e.g. live music, comedy or cultural performances',
  'ใช่ ร้านของฉันใช้พื้นที่ที่เป็นทางสาธารณะ': 'Yes, my restaurant uses public space',
  'มีพื้นที่ (ไม่รวมที่จอดรถ) น้อยกว่า 200 ตารางเมตร': 'Less than 200 m² (excluding parking)',
  'มีพื้นที่ (ไม่รวมที่จอดรถ) ตั้งแต่ 200 ตารางเมตรขึ้นไป': '200 m² or more (excluding parking)',
  'ใช่ ร้านอาหารของฉันผลิตอาหาร/เครื่องดื่มเชิงอุตสาหกรรม เพื่อขายแยกส่วนจากการขายอาหารหลัก': 'Yes, my restaurant produces food or drinks on an industrial scale for sale apart from its main food sales',
  'ปุ๋ย': 'Fertiliser',
  'เมล็ดพันธุ์ควบคุม': 'Controlled seeds',
  'อาหารสัตว์ควบคุมเฉพาะ': 'Controlled specific animal feed',
  'สัตว์มีชีวิต เช่น สุนัข แมว นก เป็นต้น': 'Live animals, e.g. dogs, cats or birds',
  'ซากสัตว์ เช่น เนื้อหมูสด นมดิบ ไข่ดิบ หรือชิ้นส่วนของสัตว์อื่นๆที่ยังไม่ผ่านการแปรรูป เป็นต้น': 'Animal carcasses, e.g. fresh pork, raw milk, raw eggs or other unprocessed animal parts',
  'อาหารแปรรูปจากสัตว์ ที่คุณผลิตเอง เช่น กุนเชียง ไส้กรอก ลูกชิ้น เป็นต้น': 'Processed animal food you make yourself, e.g. Chinese sausage, sausages or meatballs',
  'สิ่งประดิษฐ์จากสัตว์ ที่คุณผลิตเอง เช่น กระเป๋าหนัง รองเท้าหนัง ผ้าพันคอขนสัตว์ เป็นต้น': 'Goods made from animals that you make yourself, e.g. leather bags, leather shoes or wool scarves',
  'แผ่นภาพยนตร์และการแสดงอื่นๆ เช่น ละครซี่รีย์ บันทึกการแสดงสด': 'Film discs and other shows, e.g. drama series or recorded live performances',
  'แผ่นเพลงคาราโอเกะ หรือ แผ่นเกม': 'Karaoke discs or game discs',
  'ยาสูบ เช่น บุหรี่ ซิการ์ ยาเส้นสด ยาเส้นปรุง': 'Tobacco, e.g. cigarettes, cigars or fresh or blended shredded tobacco',
  'ยาแผนปัจจุบัน (ยาที่ต้องขายโดยเภสัชกรเท่านั้น)': 'Modern medicines (medicines only a pharmacist may sell)',
  'เครื่องดื่มแอลกอฮอล เช่น เบียร์ ไวน์ เหล้า': 'Alcoholic drinks, e.g. beer, wine or spirits',
  'ไพ่': 'Playing cards',
  'ยาฆ่าแมลง หรือ สารกำจัดศัตรูพืช และพาหะนำโรค': 'Insecticides, or pesticides and disease-vector control products',
  'บริษัท หรือห้างหุ้นส่วนที่มิได้จดทะเบียนผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อม (SMEs) กับ สสว.': 'A company or partnership not registered as a small or medium enterprise (SME) with OSMEP',
  'บริษัท หรือห้างหุ้นส่วนที่ได้จดทะเบียนผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อม (SMEs) กับ สสว.': 'A company or partnership registered as a small or medium enterprise (SME) with OSMEP',
  'วิสาหกิจชุมชน เช่น กลุ่มแม่บ้าน หรือ กลุ่มผู้จำหน่ายสินค้าโครงการ OTOP': 'A community enterprise, e.g. a housewives’ group or a group selling OTOP products',
  'บุคคลธรรมดา ที่มีรายได้จากการจำหน่ายสินค้าหรือบริการ ตั้งแต่ 1.8 ล้านบาทขึ้นไปต่อปี': 'An individual earning 1.8 million baht a year or more from selling goods or services',
  'ใช่ ฉันขายสินค้าผ่านตัวแทนขายตรงฯ': 'Yes, I sell through direct-sales agents',
  'ใช่ ฉันขายสินค้าในลักษณะที่ให้ลูกค้าสั่งซื้อสินค้าผ่านสื่อ': 'Yes, customers order my goods through the media',
  'ใช่ ฉันมีการผลิต หรือนำเข้าเครื่องสำอางเพื่อขายในร้านค้า': 'Yes, I produce or import cosmetics to sell in my shop',
  'ไม่ใช่ ฉันยังจดแจ้งรายละเอียดกับ อย. ไม่ครบถ้วนทุกผลิตภัณฑ์/ไม่เคยจดแจ้งรายละเอียดกับทาง อย.เลย': 'No, I have not yet notified the FDA of every product, or have never notified it',
  'ใช่ ร้านของฉันขายอาหารหรือเก็บสะสมอาหาร': 'Yes, my shop sells or stores food',
  'ใช่ รีสอร์ท/โรงแรมของฉันมีร้านจำหน่ายอาหารหรือเครื่องดื่ม': 'Yes, my resort or hotel has a food or drink outlet',
  'มีพื้นที่น้อยกว่า 200 ตารางเมตร': 'Less than 200 m²',
  'มีพื้นที่ตั้งแต่ 200 ตารางเมตรขึ้นไป': '200 m² or more',
  'ใช่ รีสอร์ท/โรงแรมของฉันขายเครื่องดื่มแอลกอฮอล': 'Yes, my resort or hotel sells alcoholic drinks',
  'ใช่ ฉันต้องการยื่นขอชำระภาษีป้าย': 'Yes, I want to file and pay the signboard tax',
  'คลินิก ไม่รับผู้ป่วยไว้ค้างคืน': 'A clinic: no in-patients kept overnight',
  'โรงพยาบาล รับผู้ป่วยไว้ค้างคืน': 'A hospital: in-patients kept overnight',
  'ใช่ ธุรกิจของฉันนำเข้าเครื่องมือแพทย์': 'Yes, my business imports medical devices',
  'ใช่ ฉันขายสินค้าในที่หรือทางสาธารณะด้วย': 'Yes, I also sell in a public place',
  'ใช่ บริการของฉันมากกว่ารายเดือน': 'Yes, I let rooms other than by the month',
  'ใช่ จำนวนห้องพักของฉันมากกว่า 4 ห้อง': 'Yes, I have more than 4 rooms',
  'ใช่ บริการที่พักของฉันสามารถรองรับผู้อยู่อาศัยได้มากกว่า 20 คนขึ้นไป': 'Yes, my accommodation can take more than 20 guests',
  'ใช่ ร้านของฉันมีการจำหน่ายอาหารหรือเครื่องดื่ม': 'Yes, I sell food or drinks',
  'ใช่ ฟิตเนสของฉันมีการจำหน่ายอาหารหรือเครื่องดื่ม': 'Yes, my fitness centre sells food or drinks',
  'ใช่ สถานพยาบาลสัตว์ของฉันมีการจำหน่ายอาหารสัตว์': 'Yes, my animal hospital sells animal feed',
  'ยาสีฟัน หรือน้ำยาบ้วนปาก': 'Toothpaste or mouthwash',
  'สบู่ ครีมล้างหน้าหรือแชมพู': 'Soap, facial cleanser or shampoo',
  'เครื่องสำอาง เช่น ลิปสติก น้ำหอม ครีมทาผิว หรือผลิตภัณฑ์ตกแต่งผม': 'Cosmetics, e.g. lipstick, perfume, body cream or hair styling products',
  'ไม่ใช่ ธุรกิจของฉันมีคนงานมากกว่า 50 คน หรือ ใช้กำลังเครื่องจักรรวมมากกว่า 50 แรงม้า': 'No, my business has more than 50 workers or uses more than 50 horsepower of machinery in total',
  'บริการสปาเพื่อดูแลและสร้างเสริมสุขภาพ เช่น การบำบัดด้วยน้ำ หรือการนวดร่างกาย': 'Spa services for health care and promotion, e.g. water therapy or body massage',
  'บริการนวดเพื่อสุขภาพเพื่อผ่อนคลายกล้ามเนื้อ เช่นการกด การคลึง การบีบ การจับ การดัด การดึง การประคบ การอบ และการนวดแผนไทย (ที่ไม่ใช่การรักษาโรค)': 'Health massage to relax the muscles, e.g. pressing, kneading, squeezing, holding, bending, stretching, hot compresses, herbal steam and Thai massage (not medical treatment)',
  'บริการเสริมความงาม เช่น การเสริมสวย การขัดผิว การแต่งผม': 'Beauty services, e.g. beauty treatments, body scrubs or hairdressing',
  'อาคารขนาดใหญ่พิเศษ - อาคารที่พื้นที่รวมกันทุกชั้นในหลังเดียวกันตั้งแต่ 10,000 ตร.ม.ขึ้นไป': 'Extra-large building: a building with a total floor area on all floors of 10,000 m² or more',
  'อาคารสูง - อาคารที่บุคคลอาจเข้าอยู่หรือเข้าใช้สอยได้ที่มีความสูงตั้งแต่ 23 เมตรขึ้นไป': 'High-rise building: a building people may occupy or use, 23 metres high or more',
  'อาคารที่ใช้เพื่อกิจการตามกฎหมายว่าด้วยการควบคุมน้ำมันเชื้อเพลิง เช่น ปั๊มน้ำมัน': 'A building used for a business under the fuel control law, e.g. a filling station',
  'อาคารสาธารณะ - อาคารที่ใช้เพื่อประโยชน์ในการชุมนุมคนได้ เพื่อกิจกรรมทางราชการ การศึกษา หรือการพานิชกรรม เช่น สถานศึกษา': 'Public building: a building where people gather for government, education or commerce, e.g. a school',
  'ใช่ การก่อสร้างดัดแปลง หรือรื้อถอนอาคารของฉัน มีการสะสมและผสมวัสดุก่อสร้าง รวมถึงการใช้เครื่องจักร': 'Yes, my construction, alteration or demolition work stores and mixes building materials and uses machinery',
  'มีให้บริการทั้งซ่อมแซม และขายอุปกรณ์อิเล็กทรอนิกส์': 'Both repairs and sales of electronic equipment',
  'มีให้บริการซ่อมแซมอุปกรณ์อิเล็กทรอนิกส์เพียงอย่างเดียว': 'Repairs of electronic equipment only',
  'มีให้บริการขายอุปกรณ์อิเล็กทรอนิกส์เพียงอย่างเดียวเท่านั้น': 'Sales of electronic equipment only',
  'บริการล้างสี': 'Car washing',
  'บริการเคลือบสี หรือ เคลือบแก้ว': 'Paint coating or glass coating',
  'บริการขัดสีรถ ลบริ้วรอย ลบคราบแมลง ยางมะตอย': 'Paint polishing, removing scratches, insect stains and tar',
  'บริการดูดฝุ่น': 'Vacuum cleaning',
  'บริการฟอกอากาศ': 'Air purification',
  'บริการซักฟอกภายใน (เบาะหนัง เบาะผ้า พรม หลังคา)': 'Interior cleaning (leather and fabric seats, carpets, headliner)',
  'เป็นแหล่งผลิตพืชอินทรีย์': 'Growing organic plants (an organic production site)',
  'นำเที่ยวเฉพาะพื้นที่ โดยนำนักท่องเที่ยวไปเที่ยวในจังหวัดใดจังหวัดหนึ่ง และจังหวัดที่มีเขตติดต่อกับจังหวัดนั้น': 'Local-area tours: taking tourists around one province and the provinces bordering it',
  'นำเที่ยวภายในประเทศ โดยนำนักท่องเที่ยวไปเที่ยวตามสถานที่ต่างๆ ในประเทศไทย (ไม่จำกัดจังหวัดใดจังหวัดหนึ่ง)': 'Domestic tours: taking tourists to places anywhere in Thailand (not limited to one province)',
  'นำเที่ยวนักท่องเที่ยวจากต่างประเทศ โดยนำนักท่องเที่ยวต่างชาติเข้ามาเที่ยวตามสถานที่ต่างๆ ในประเทศไทย (ไม่จำกัดจังหวัดใดจังหวัดหนึ่ง)': 'Inbound tours: bringing foreign tourists to places anywhere in Thailand (not limited to one province)',
  'นำเที่ยวทั่วไป โดยนำนักท่องเที่ยวไปเที่ยวตามสถานที่ต่างๆในประเทศไทย และในต่างประเทศ': 'General tours: taking tourists to places in Thailand and abroad',
  'ธุรกิจของฉันเป็นการรับจ้างขนส่งสินค้า': 'My business carries goods for hire',
  'รับเป็นที่ปรึกษา ให้คำแนะนำด้านการลงทุนแก่ลูกค้า': 'Acting as an adviser, giving customers investment advice',
  'รับคำสั่งซื้อขายจากลูกค้า สำหรับตราสารประเภทต่าง ๆ จำพวก "หุ้น"': 'Taking customers’ buy and sell orders for shares',
  'รับคำสั่งซื้อขายจากลูกค้า สำหรับตราสารประเภทต่าง ๆ จำพวก"ตราสารหนี้"': 'Taking customers’ buy and sell orders for debt instruments',
  'รับคำสั่งซื้อขายจากลูกค้า สำหรับตราสารประเภทต่าง ๆ จำพวก "หน่วยลงทุน"': 'Taking customers’ buy and sell orders for investment units',
  'รับคำสั่งซื้อขายจากลูกค้า สำหรับตราสารประเภทต่าง ๆ จำพวก "สัญญาซื้อขายล่วงหน้า"': 'Taking customers’ buy and sell orders for derivatives contracts',
  'รับบริหารเงินของลูกค้าหรือจัดตั้งกองทุนเพื่อเสนอขายแก่ลูกค้า': 'Managing customers’ money or setting up funds to offer to customers',
  'ยืมหรือให้ยืมหลักทรัพย์': 'Borrowing or lending securities',
  'ใช่ ฉันมีคุณสมบัติครบถ้วนดังกล่าว': 'Yes, I meet all those qualifications',
  'ใช่ ชื่อสำนักงานของฉันเป็นไปตามข้อกำหนดระเบียบว่าด้วยการขึ้นทะเบียนสำนักงานทนายความ พ.ศ. 2546': "Yes, my office's name meets the Regulation on the Registration of Law Offices B.E. 2546",
  'มี ในหนังสือรับรองการจดทะเบียนนิติบุคคล มีวัตถุประสงค์ด้านการทำบัญชี และ/หรือสอบบัญชี': 'Yes, the juristic-person registration certificate includes bookkeeping and/or auditing objects',
  'ไม่มีคุณสมบัติเพิ่มเติม': 'No further features',
  'มีระบบซอฟต์แวร์ในระบบงานบางระบบใช้ระบบคอมพิวเตอร์ เช่นระบบขาย ระบบพัสดุ ฯลฯ และระบบซอฟต์แวร์นั้นต้องโอนเข้าระบบบัญชีแยกประเภทได้โดยตรง': 'Some business systems are computerised (e.g. sales or inventory) and that software must post directly to the general ledger',
  'มีระบบซอฟต์แวร์ในระบบงานทุกระบบ ใช้ระบบคอมพิวเตอร์ ระบบซอฟต์แวร์นั้นทุกระบบต้องโอนเข้าบัญชีแยกประเภทได้โดยตรง': 'All business systems are computerised and all of that software must post directly to the general ledger',
  'มีการแจ้งรหัสผ่านต่อกรมสรรพากร เพื่อสามารถผ่านระบบรักษาความปลอดภัยได้ โดยรหัสผ่านจะถูกบรรจุในซองปิดผนึก และกรมสรรพากรจะเปิดต่อหน้าผู้ประกอบการ': 'The password is given to the Revenue Department to pass the security system, in a sealed envelope that the Department opens in front of the operator',
  'การลำเลียงหิน กรวด ทราย หรือดิน ด้วยระบบสายพานลำเลียง': 'Conveying stone, gravel, sand or soil by conveyor belt',
  'การดูดทราย': 'Sand dredging',
  'การเผาหรืออบพลอยหรืออัญมณีอื่น ๆ': 'Burning or heat-treating gemstones',
  'ใช่ ธุรกิจของฉันมีการส่งออกผลิตภัณฑ์อาหารไปขายยังต่างประเทศที่ต้องการหนังสือรับรอง': 'Yes, my business exports food products to countries that require a certificate',
  'เป็นผู้ผลิต': 'A producer',
  'เป็นผู้นำเข้า': 'An importer',
  'ใช่ ธุรกิจของฉัน มีการโฆษณาเนื้อหาดังกล่าว': 'Yes, my business advertises such content',
  'ใช่ ธุรกิจของฉันผลิตไฟฟ้าเพื่อการผลิตไฟฟ้าเฉพาะกรณีฉุกเฉินเท่านั้น (Emergency Backup) หรือ ใช้ในกิจการของตนเอง (Stand Alone)': 'Yes, my business generates electricity only for emergencies (emergency backup) or for its own use (stand-alone)',
  'ใช่ ธุรกิจผลิตไฟฟ้าจากเซลล์แสงอาทิตย์ที่ติดตั้งบนหลังคาของฉันมีกําลังการผลิตรวมของ Inverter ตํ่ากว่า 1,000 kVA': 'Yes, the total inverter capacity of my rooftop solar power business is below 1,000 kVA',
};

/**
 * Smart Quiz questions for the business types whose catalogue entry has no licenceTriggers (Biz Portal's
 * seed has no quiz for beauty-clinic, medical-devices, elderly-patient-care and ecommerce-clothing), in the
 * catalogue's own trigger shape. Each asks only what the catalogue entries of the licences it decides state:
 * - clinic or hospital: the licence names say which facility each is for (คลินิก ไม่รับผู้ป่วยไว้ค้างคืน /
 *   โรงพยาบาล รับผู้ป่วยไว้ค้างคืน), the plan approval is for an in-patient facility, and the beauty-clinic
 *   entry's note says the hospital items apply only when an overnight facility applies;
 * - the medical-device import certificate is, by its name and legal basis (พ.ร.บ. เครื่องมือแพทย์), for importers;
 * - the signboard tax: the catalogue's own question, used by seven other business types;
 * - the street-vending permit is for selling in a public place (its name; the restaurant's question about public space);
 * - a licence given no rule applies to every such business (e-commerce registration for online clothing shops).
 * The run stops if the catalogue gains triggers for one of these businesses: then this table must be reviewed.
 */
const SIGNBOARD_TRIGGER = {
  mode: 'all',
  conditions: [{ questionTh: 'ในกรณีที่คุณมีป้ายและได้ทำการติดตั้งป้ายเป็นที่เรียบร้อยแล้ว ต้องการยื่นชำระภาษีป้ายด้วยหรือไม่', answersTh: ['ใช่ ฉันต้องการยื่นขอชำระภาษีป้าย'] }],
};
const MEDICAL_FACILITY_QUESTION = 'สถานพยาบาลของคุณเป็นคลินิก (ไม่รับผู้ป่วยไว้ค้างคืน) หรือโรงพยาบาล (รับผู้ป่วยไว้ค้างคืน)';
const facility = (answer) => ({ mode: 'all', conditions: [{ questionTh: MEDICAL_FACILITY_QUESTION, answersTh: [answer] }] });
const MEDICAL_FACILITY_TRIGGERS = {
  'clinic-business-licence': facility('คลินิก ไม่รับผู้ป่วยไว้ค้างคืน'),
  'clinic-operation-licence': facility('คลินิก ไม่รับผู้ป่วยไว้ค้างคืน'),
  'hospital-establishment-plan-approval': facility('โรงพยาบาล รับผู้ป่วยไว้ค้างคืน'),
  'hospital-business-licence': facility('โรงพยาบาล รับผู้ป่วยไว้ค้างคืน'),
  'hospital-operation-licence': facility('โรงพยาบาล รับผู้ป่วยไว้ค้างคืน'),
};
const DEVICE_IMPORT_TRIGGER = {
  mode: 'all',
  conditions: [{ questionTh: 'ธุรกิจของคุณนำเข้าเครื่องมือแพทย์จากต่างประเทศหรือไม่', answersTh: ['ใช่ ธุรกิจของฉันนำเข้าเครื่องมือแพทย์'] }],
};
const ADDED_TRIGGERS = {
  'beauty-clinic': { ...MEDICAL_FACILITY_TRIGGERS, 'medical-device-import-certificate': DEVICE_IMPORT_TRIGGER, 'signboard-tax': SIGNBOARD_TRIGGER },
  'elderly-patient-care': { ...MEDICAL_FACILITY_TRIGGERS, 'signboard-tax': SIGNBOARD_TRIGGER },
  'medical-devices': { 'medical-device-import-certificate': DEVICE_IMPORT_TRIGGER, 'signboard-tax': SIGNBOARD_TRIGGER },
  'ecommerce-clothing': {
    'public-place-vending-permit': {
      mode: 'all',
      conditions: [{ questionTh: 'นอกจากขายออนไลน์ คุณขายเสื้อผ้าในที่หรือทางสาธารณะด้วยหรือไม่ เช่น ฟุตบาท ทางเท้า', answersTh: ['ใช่ ฉันขายสินค้าในที่หรือทางสาธารณะด้วย'] }],
    },
  },
};

/** The business's triggers: the catalogue's, or for a business it gives none, those of ADDED_TRIGGERS. */
function triggersOf(business) {
  const added = lookup(ADDED_TRIGGERS, business.slug);
  if (!added) return business;
  if (Object.keys(business.licenceTriggers).length > 0) fail(`${business.slug}: the catalogue now has quiz triggers; review ADDED_TRIGGERS`);
  for (const licence of Object.keys(added)) if (!business.licences.includes(licence)) fail(`${business.slug}: ADDED_TRIGGERS names '${licence}', which the business does not list`);
  return { ...business, licenceTriggers: added };
}

/**
 * "(checked item)" stands in the catalogue for "any item ticked" in the restaurant's list of
 * industrial food productions. Biz Portal's quiz (S3, QUESTION_RESTUARANT_DANGER_ITEM C1–C26) lists
 * the 26 food activities of the health-hazard permit, one e-service each: the options are that
 * licence's `subtypes`, and the rule holds when any of them is ticked.
 */
const CHECKED_ITEM = '(checked item)';
const CHECKED_ITEM_SOURCE = 'health-hazard-permit-food';
const FOOD_ACTIVITIES = {
  'การผลิตเนย เนยกระเทียม': 'Making butter or garlic butter',
  'การผลิตกะปิ น้ำพริกแดง น้ำพริกเผา น้ำปลา น้ำเคย น้ำบูดู ไตปลา เต้าเจี้ยว ซีอิ๊ว หอยดอง หรือซอสปรุงรสอื่นๆ ยกเว้นการผลิตเพื่อบริโภคในครัวเรือน': 'Making shrimp paste, red chilli paste, roasted chilli paste, fish sauce, krill sauce, budu, fermented fish entrails, fermented soybean paste, soy sauce, pickled shellfish or other seasoning sauces, except for household consumption',
  'การผลิต การหมัก การสะสมปลาร้า ปลาเจ่า กุ้งเจ่า ยกเว้นการผลิตเพื่อบริโภคในครัวเรือน': 'Making, fermenting or storing fermented fish (pla ra, pla jao) or fermented shrimp (kung jao), except for household consumption',
  'การตากเนื้อสัตว์ การผลิตเนื้อสัตว์เค็ม การเคี่ยวมันกุ้ง ยกเว้น การผลิตเพื่อบริโภคในครัวเรือน': 'Sun-drying meat, making salted meat or rendering shrimp fat, except for household consumption',
  'การนึ่ง การต้ม การเคี่ยว การตาก หรือวิธีอื่นใดในการผลิตอาหารจากสัตว์ พืช ยกเว้นในสถานที่จําหน่ายอาหาร การเร่ขาย การขายในตลาด และการผลิตเพื่อบริโภคในครัวเรือน': 'Steaming, boiling, simmering, drying or otherwise producing food from animals or plants, except in food shops, by hawkers, in markets and for household consumption',
  'การเคี่ยวน้ำมันหมู การผลิตกุนเชียง หมูยอ ไส้กรอกหมูตั้งยกเว้นในสถานที่จําหน่ายอาหาร การเร่ขาย การขายในตลาด และการผลิตเพื่อบริโภคในครัวเรือน': 'Rendering lard or making Chinese sausage, pork roll or pork sausage, except in food shops, by hawkers, in markets and for household consumption',
  'การผลิตเส้นหมี่ ขนมจีน ก๋วยเตี๋ยว เต้าฮวย เต้าหู้ วุ้นเส้น เกี้ยมอี๋': 'Making rice vermicelli, khanom chin, rice noodles, tofu pudding, tofu, glass noodles or kiam i noodles',
  'การผลิตแบะแซ': 'Making maltose syrup (bae sae)',
  'การผลิตอาหารบรรจุกระป๋อง ขวด หรือภาชนะอื่นใด': 'Producing food packed in cans, bottles or other containers',
  'การประกอบกิจการการทําขนมปังสด ขนมปังแห้ง จันอับ ขนมเปี๊ยะ': 'Making fresh bread, dry bread, Chinese sweetmeats (jan ap) or khanom pia pastries',
  'การแกะ การล้างสัตว์น้ำ ที่ไม่ใช่ส่วนหนึ่งของกิจการห้องเย็น ยกเว้นการผลิตเพื่อบริโภคในครัวเรือน': 'Shelling or washing aquatic animals outside a cold-storage business, except for household consumption',
  'การผลิตน้ำอัดลม น้ำหวาน น้ำโซดา น้ำถั่วเหลือง เครื่องดื่มชนิดต่างๆ บรรจุกระป๋อง ขวด หรือภาชนะอื่นใด ยกเว้นการผลิตเพื่อบริโภคในครัวเรือน': 'Making soft drinks, syrups, soda water, soy milk or other beverages in cans, bottles or other containers, except for household consumption',
  'การผลิต การแบ่งบรรจุน้ำตาล': 'Producing or repacking sugar',
  'การผลิตผลิตภัณฑ์จากน้ำนมวัว': 'Making cow’s milk products',
  'การผลิต การแบ่งบรรจุ เอทิลแอลกอฮอล์ สุรา เบียร์ น้ำส้มสายชู': 'Producing or repacking ethyl alcohol, spirits, beer or vinegar',
  'การคั่วกาแฟ': 'Roasting coffee',
  'การผลิตลูกชิ้นด้วยเครื่องจักร': 'Making meatballs by machine',
  'การผลิตผงชูรส': 'Making monosodium glutamate',
  'การผลิตน้ำกลั่น น้ำบริโภค': 'Producing distilled or drinking water',
  'การตาก การหมัก การดองผัก ผลไม้ หรือพืชอย่างอื่น ยกเว้นการผลิตเพื่อบริโภคในครัวเรือน': 'Drying, fermenting or pickling vegetables, fruit or other plants, except for household consumption',
  'การผลิต การบรรจุใบชาแห้ง ชาผงหรือเครื่องดื่มชนิดผงอื่นๆ': 'Producing or packing dried tea leaves, powdered tea or other powdered drinks',
  'การผลิตไอศกรีม ยกเว้นการผลิตเพื่อบริโภคในครัวเรือน': 'Making ice cream, except for household consumption',
  'การผลิตบะหมี่ มักกะโรนี หรือผลิตภัณฑ์อื่นๆ ที่คล้ายคลึงกัน': 'Making egg noodles, macaroni or similar products',
  'การประกอบกิจการห้องเย็น แช่แข็งอาหาร': 'Operating cold storage or freezing food',
  'การผลิตน้ำแข็ง ยกเว้นการผลิตเพื่อใช้ในสถานที่จําหน่ายอาหารและเพื่อการบริโภคในครัวเรือน': 'Making ice, except for use in food shops and for household consumption',
  'การเก็บ การถนอมอาหารด้วยเครื่องจักรที่มีกําลังตั้งแต่ 5 แรงม้าขึ้นไป': 'Storing or preserving food with machinery of 5 horsepower or more',
};

const COMMON_SERVICE_NAMES = { startingBusiness: 'Starting a business', utilities: 'Utility connections' };

/** a, b, …, z, aa, ab, … */
function optionLetter(index) {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The Smart Quiz of a business. Questions: the distinct questionTh of its licenceTriggers (exact
 * text, first seen first). Options: the answers its triggers use, then the answers other businesses'
 * triggers use for the same question text, then the added answer (QUESTIONS) so that every question
 * has an answer that needs no licence. multiple: the question says เลือก/ตอบได้มากกว่า 1 ข้อ or asks
 * อะไรบ้าง ("which ones"), or QUESTIONS says so.
 *
 * Rules: one per trigger, conditions in the catalogue's order. A condition holds when any of its
 * answers is chosen. The catalogue's mode is kept except that a rule of several conditions marked
 * 'any' becomes 'all': Biz Portal ANDs a mapping's DisplayConditions and ORs only inside a
 * QuizAnswerGroup, which the catalogue keeps as the answer list of one condition (S3, e.g. retail
 * direct sales = owner type AND sells through agents). Licences without a rule are always needed.
 */
function buildQuiz(business, catalogue) {
  const questions = [];
  const byText = new Map();
  const addAnswers = (questionTh, answers) => {
    let q = byText.get(questionTh);
    if (!q) return;
    for (const a of answers) if (!q.answers.includes(a)) q.answers.push(a);
  };
  for (const trigger of Object.values(business.licenceTriggers)) {
    for (const c of trigger.conditions) {
      if (!byText.has(c.questionTh)) {
        const q = { th: c.questionTh, answers: [] };
        byText.set(c.questionTh, q);
        questions.push(q);
      }
      addAnswers(c.questionTh, c.answersTh);
    }
  }
  for (const other of catalogue.businesses) {
    for (const trigger of Object.values(other.licenceTriggers)) for (const c of trigger.conditions) addAnswers(c.questionTh, c.answersTh);
  }
  const subtypesOf = (slug) => catalogue.licences.find((l) => l.slug === slug).subtypes;

  const optionIds = new Map(); // `${questionTh}\u0000${answerTh}` → option ids
  const quizQuestions = questions.map((q, index) => {
    const id = `q${index + 1}`;
    const spec = lookup(QUESTIONS, q.th);
    if (!spec) fail(`${business.slug}: no translation for the question '${q.th}'; add it to QUESTIONS`);
    const options = [];
    const addOption = (th, en) => {
      const optionId = `${id}-${optionLetter(options.length)}`;
      options.push({ id: optionId, text: { th, en } });
      return optionId;
    };
    for (const answer of q.answers) {
      if (answer === CHECKED_ITEM) {
        const ids = subtypesOf(CHECKED_ITEM_SOURCE).map((activity) => {
          const en = lookup(FOOD_ACTIVITIES, activity);
          if (!en) fail(`no translation for the food activity '${activity}'; add it to FOOD_ACTIVITIES`);
          return addOption(activity, en);
        });
        optionIds.set(`${q.th}\u0000${answer}`, ids);
        continue;
      }
      const en = lookup(ANSWERS, answer);
      if (!en) fail(`${business.slug}: no translation for the answer '${answer}'; add it to ANSWERS`);
      optionIds.set(`${q.th}\u0000${answer}`, [addOption(answer, en)]);
    }
    const added = spec.added ?? defaultAddedAnswer(q.answers);
    for (const a of added) addOption(a.th, a.en);
    const multiple = spec.multiple ?? (/(เลือก|ตอบ)ได้มาก+กว่า\s*1\s*ข้อ/.test(q.th) || q.th.includes('อะไรบ้าง'));
    return { id, text: { th: q.th, en: spec.en }, multiple, options };
  });
  const questionId = (th) => quizQuestions[questions.indexOf(byText.get(th))].id;

  const rules = {};
  for (const [licence, trigger] of Object.entries(business.licenceTriggers)) {
    if (!business.licences.includes(licence)) fail(`${business.slug}: a quiz rule for '${licence}', which the business does not list`);
    const mode = trigger.conditions.length > 1 && trigger.mode === 'any' ? 'all' : trigger.mode;
    rules[licence] = {
      mode,
      conditions: trigger.conditions.map((c) => ({
        question: questionId(c.questionTh),
        answers: [...new Set(c.answersTh.flatMap((a) => optionIds.get(`${c.questionTh}\u0000${a}`)))],
      })),
    };
  }
  return { questions: quizQuestions, rules };
}

function defaultAddedAnswer(answers) {
  if (answers.every((a) => a.startsWith('ใช่'))) return [NO];
  if (answers.every((a) => a.startsWith('ไม่ใช่'))) return [YES];
  return [NONE];
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function fail(message) {
  throw new Error(message);
}

const usedKeys = new Map();
/** Own properties only (the tables are keyed by catalogue text); remembers which keys were used. */
function lookup(table, key) {
  if (!Object.hasOwn(table, key)) return undefined;
  if (!usedKeys.has(table)) usedKeys.set(table, new Set());
  usedKeys.get(table).add(key);
  return table[key];
}

/** Table entries the catalogue no longer uses: a changed catalogue text, or a typo in the table. */
function warnUnused(tables) {
  for (const [name, table] of Object.entries(tables)) {
    const used = usedKeys.get(table) ?? new Set();
    for (const key of Object.keys(table)) if (!used.has(key)) console.warn(`warning: ${name} entry not used by the catalogue: '${key}'`);
  }
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function main() {
  const [cataloguePath, outArg] = process.argv.slice(2);
  if (!cataloguePath) {
    console.error('usage: node tools/import-catalogue.cjs <path-to-licence-catalog.json> [workflows-dir]');
    process.exit(2);
  }
  const catalogue = JSON.parse(fs.readFileSync(cataloguePath, 'utf8'));
  const outDir = path.resolve(outArg ?? path.join(__dirname, '..', 'workflows'));
  const licenceDir = path.join(outDir, 'licences');
  fs.mkdirSync(licenceDir, { recursive: true });

  const slugs = new Set();
  const agencies = new Map();
  const counts = { category: {}, template: {}, inspection: 0, planApproval: 0, withFee: 0, feeNotStated: 0, paymentStep: 0, daysNotStated: 0 };
  for (const entry of catalogue.licences) {
    if (slugs.has(entry.slug)) fail(`licence '${entry.slug}' appears twice in the catalogue`);
    slugs.add(entry.slug);
    const { file, agency } = licenceFile(entry);
    writeJson(path.join(licenceDir, `${entry.slug}.json`), file);
    const key = `${agency.code}\u0000${agency.level}`;
    if (!agencies.has(key)) agencies.set(key, { code: agency.code, level: agency.level, name: agency.canonical });
    counts.category[file.category] = (counts.category[file.category] ?? 0) + 1;
    const shape = file.template ?? file.machine;
    const template = shape.template ?? shape.name;
    counts.template[template] = (counts.template[template] ?? 0) + 1;
    if (shape.params.inspection) counts.inspection++;
    if (shape.params.planApproval) counts.planApproval++;
    if (file.fees.length > 0) counts.withFee++;
    else counts.feeNotStated++;
    if (shape.params.fee) counts.paymentStep++;
    if (file.processingDays === null) counts.daysNotStated++;
  }
  const stale = fs.readdirSync(licenceDir).filter((f) => f.endsWith('.json') && !slugs.has(f.slice(0, -'.json'.length)));
  for (const f of stale) console.warn(`warning: licences/${f} is not in the catalogue (left as it is)`);

  writeJson(
    path.join(outDir, 'agencies.json'),
    [...agencies.values()].sort((a, b) => a.code.localeCompare(b.code) || a.level.localeCompare(b.level)),
  );

  const businesses = catalogue.businesses.map((b) => {
    for (const slug of b.licences) if (!slugs.has(slug)) fail(`${b.slug}: licence '${slug}' is not in the catalogue`);
    return {
      slug: b.slug,
      name: { th: b.nameTh, en: b.nameEn },
      bizPortalGroup: b.bizPortalGroup,
      licences: b.licences,
      sources: b.sources,
      ...(b.notes ? { notes: b.notes } : {}),
      quiz: buildQuiz(triggersOf(b), catalogue),
    };
  });
  const commonServices = Object.fromEntries(
    Object.entries(catalogue.commonServices).map(([key, s]) => {
      const en = lookup(COMMON_SERVICE_NAMES, key);
      if (!en) fail(`no English name for the common service '${key}'; add it to COMMON_SERVICE_NAMES`);
      for (const slug of s.licences) if (!slugs.has(slug)) fail(`${key}: licence '${slug}' is not in the catalogue`);
      return [key, { name: { th: s.nameTh, en }, bizPortalGroup: s.bizPortalGroup, licences: s.licences, sources: s.sources }];
    }),
  );
  writeJson(path.join(outDir, 'businesses.json'), { businesses, commonServices });

  warnUnused({ DOCUMENTS, EXTRA_FIELDS, PLAN_APPROVAL, SLA_OVERRIDES, QUESTIONS, ANSWERS, FOOD_ACTIVITIES, COMMON_SERVICE_NAMES });
  const unusedAgencies = AGENCIES.filter((a) => ![...agencies.values()].some((u) => u.code === a.code && (!a.level || u.level === a.level)));
  for (const a of unusedAgencies) console.warn(`warning: AGENCIES entry not used by the catalogue: '${a.code}'`);
  console.log(`Wrote ${slugs.size} licence files, ${agencies.size} agencies and ${businesses.length} business types to ${outDir}`);
  console.log(`  categories: ${JSON.stringify(counts.category)}; templates: ${JSON.stringify(counts.template)}`);
  console.log(
    `  inspection: ${counts.inspection}; plan approval: ${counts.planApproval}; fee stated: ${counts.withFee} (online payment step: ${counts.paymentStep}); fee not stated: ${counts.feeNotStated}; processing days not stated: ${counts.daysNotStated}`,
  );
}

if (require.main === module) main();

module.exports = { splitSla, kindsOf, validityOf, categoryOf, optionLetter };
