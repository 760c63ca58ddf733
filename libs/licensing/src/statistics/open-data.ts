import { PAYMENT_METHODS } from './statistics-clock';
import type { Figures } from './statistics-figures';

/** One column of the open data: the data dictionary entry and how a row's value is read. */
export interface OpenDataColumn {
  name: string;
  title: { th: string; en: string };
  type: 'string' | 'integer' | 'number';
  unit: string | null;
  description: { th: string; en: string };
}

export interface OpenDataRow {
  month: string;
  licence_type: string;
  licence_type_name_th: string;
  licence_type_name_en: string;
  office_id: string;
  office_name_th: string;
  office_name_en: string;
  statutory_days: number | null;
  received: number | null;
  completed: number | null;
  rejected: number | null;
  withdrawn: number | null;
  decided: number | null;
  median_processing_days: number | null;
  p90_processing_days: number | null;
  judged: number | null;
  on_time: number | null;
  on_time_share: number | null;
  payments: number | null;
  share_promptpay: number | null;
  share_card: number | null;
  share_counter: number | null;
  share_billpay: number | null;
  /** The columns suppressed in this row (fewer than 5 applications behind them). */
  suppressed: string[];
}

const COUNT_NOTE = { th: ' ค่า 1–4 ไม่แสดง (ว่าง) และระบุในคอลัมน์ suppressed', en: ' Values 1–4 are suppressed (empty) and named in the suppressed column.' };
const DERIVED_NOTE = { th: ' ไม่แสดงเมื่อคำนวณจากคำขอน้อยกว่า 5 รายการ', en: ' Suppressed when fewer than 5 applications lie behind it.' };

function count(name: string, th: string, en: string, dth: string, den: string): OpenDataColumn {
  return { name, title: { th, en }, type: 'integer', unit: 'applications', description: { th: dth + COUNT_NOTE.th, en: den + COUNT_NOTE.en } };
}

export const OPEN_DATA_COLUMNS: OpenDataColumn[] = [
  { name: 'month', title: { th: 'เดือน', en: 'Month' }, type: 'string', unit: null, description: { th: 'เดือนปฏิทินตามเวลากรุงเทพฯ รูปแบบ YYYY-MM (ปีคริสต์ศักราช)', en: 'Bangkok calendar month, YYYY-MM (Gregorian year)' } },
  { name: 'licence_type', title: { th: 'รหัสประเภทใบอนุญาต', en: 'Licence type code' }, type: 'string', unit: null, description: { th: 'รหัสประเภทใบอนุญาต (slug) ตาม GET /api/v1/licence-types', en: 'The licence type’s slug, as GET /api/v1/licence-types lists it' } },
  { name: 'licence_type_name_th', title: { th: 'ชื่อประเภทใบอนุญาต (ไทย)', en: 'Licence type name (Thai)' }, type: 'string', unit: null, description: { th: 'ชื่อใบอนุญาตภาษาไทย', en: 'Name of the licence type in Thai' } },
  { name: 'licence_type_name_en', title: { th: 'ชื่อประเภทใบอนุญาต (อังกฤษ)', en: 'Licence type name (English)' }, type: 'string', unit: null, description: { th: 'ชื่อใบอนุญาตภาษาอังกฤษ', en: 'Name of the licence type in English' } },
  { name: 'office_id', title: { th: 'รหัสหน่วยงาน', en: 'Office code' }, type: 'string', unit: null, description: { th: 'รหัสหน่วยงานที่รับผิดชอบคำขอ', en: 'The id of the office responsible for the applications' } },
  { name: 'office_name_th', title: { th: 'ชื่อหน่วยงาน (ไทย)', en: 'Office name (Thai)' }, type: 'string', unit: null, description: { th: 'ชื่อหน่วยงานภาษาไทย', en: 'Name of the office in Thai' } },
  { name: 'office_name_en', title: { th: 'ชื่อหน่วยงาน (อังกฤษ)', en: 'Office name (English)' }, type: 'string', unit: null, description: { th: 'ชื่อหน่วยงานภาษาอังกฤษ', en: 'Name of the office in English' } },
  {
    name: 'statutory_days',
    title: { th: 'ระยะเวลาตามกฎหมาย (วันทำการ)', en: 'Statutory processing days' },
    type: 'integer',
    unit: 'working days',
    description: { th: 'ระยะเวลาดำเนินการตามคู่มือสำหรับประชาชนของใบอนุญาตประเภทนี้ (ฉบับปัจจุบัน) ว่างเมื่อไม่ได้กำหนด', en: 'The licence type’s statutory processing days (current version); empty when not stated' },
  },
  count('received', 'คำขอที่ยื่นในเดือน', 'Applications received', 'จำนวนคำขอที่ยื่นครั้งแรกในเดือนนี้', 'Applications first submitted in the month.'),
  count('completed', 'คำขอที่ดำเนินการสำเร็จ', 'Applications completed', 'จำนวนคำขอที่ออกใบอนุญาตหรือดำเนินการสำเร็จในเดือนนี้', 'Applications whose licence was issued (or request done) in the month.'),
  count('rejected', 'คำขอที่ปฏิเสธ', 'Applications rejected', 'จำนวนคำขอที่ถูกปฏิเสธในเดือนนี้', 'Applications rejected in the month.'),
  count('withdrawn', 'คำขอที่ยกเลิก', 'Applications withdrawn', 'จำนวนคำขอที่ผู้ประกอบการยกเลิกหรือถูกปิดในเดือนนี้ (ไม่ใช่คำวินิจฉัย)', 'Applications withdrawn by the applicant or closed in the month (not decisions).'),
  count('decided', 'คำขอที่มีคำวินิจฉัย', 'Decisions', 'completed + rejected', 'completed + rejected.'),
  {
    name: 'median_processing_days',
    title: { th: 'มัธยฐานระยะเวลาดำเนินการ (วันทำการ)', en: 'Median processing days' },
    type: 'integer',
    unit: 'working days',
    description: {
      th: 'มัธยฐาน (แบบอันดับใกล้สุด) ของวันทำการนับจากยื่นคำขอถึงคำวินิจฉัยของคำขอที่มีคำวินิจฉัยในเดือน ไม่นับช่วงที่รอผู้ประกอบการ' + DERIVED_NOTE.th,
      en: 'Median (nearest rank) of the working days from submission to decision of the month’s decisions, time waiting for the applicant left out.' + DERIVED_NOTE.en,
    },
  },
  {
    name: 'p90_processing_days',
    title: { th: 'เปอร์เซ็นไทล์ที่ 90 ของระยะเวลาดำเนินการ (วันทำการ)', en: '90th percentile of processing days' },
    type: 'integer',
    unit: 'working days',
    description: { th: 'เปอร์เซ็นไทล์ที่ 90 (แบบอันดับใกล้สุด) นับเช่นเดียวกับมัธยฐาน' + DERIVED_NOTE.th, en: '90th percentile (nearest rank), counted as the median.' + DERIVED_NOTE.en },
  },
  count('judged', 'คำวินิจฉัยที่มีระยะเวลาตามกฎหมาย', 'Decisions with statutory days', 'คำวินิจฉัยของใบอนุญาตที่กำหนดระยะเวลาดำเนินการไว้', 'Decisions of licence types stating their processing days.'),
  count('on_time', 'คำวินิจฉัยภายในเวลา', 'Decisions on time', 'คำวินิจฉัยที่ใช้เวลาไม่เกินระยะเวลาตามกฎหมาย', 'Decisions taking no more than the statutory processing days.'),
  {
    name: 'on_time_share',
    title: { th: 'สัดส่วนที่แล้วเสร็จภายในเวลา', en: 'Share on time' },
    type: 'number',
    unit: 'ratio 0–1',
    description: { th: 'on_time / judged' + DERIVED_NOTE.th, en: 'on_time / judged.' + DERIVED_NOTE.en },
  },
  count('payments', 'การชำระค่าธรรมเนียมสำเร็จ', 'Successful payments', 'จำนวนการชำระค่าธรรมเนียมที่สำเร็จในเดือน', 'Successful fee payments in the month.'),
  ...PAYMENT_METHODS.map(
    (m): OpenDataColumn => ({
      name: `share_${m}`,
      title: { th: `สัดส่วนการชำระผ่าน ${m}`, en: `Share paid by ${m}` },
      type: 'number',
      unit: 'ratio 0–1',
      description: {
        th: `สัดส่วนการชำระค่าธรรมเนียมที่สำเร็จผ่านช่องทาง ${m} (promptpay พร้อมเพย์, card บัตร, counter ชำระที่หน่วยงาน, billpay ชำระผ่านธนาคาร)` + DERIVED_NOTE.th,
        en: `Share of the month’s successful payments made by ${m} (PromptPay QR, card, cash at the office counter, bank bill payment).` + DERIVED_NOTE.en,
      },
    }),
  ),
  {
    name: 'suppressed',
    title: { th: 'คอลัมน์ที่ไม่แสดง', en: 'Suppressed columns' },
    type: 'string',
    unit: null,
    description: {
      th: 'ชื่อคอลัมน์ที่ไม่แสดงค่าในแถวนี้เพื่อมิให้ระบุตัวผู้ยื่นคำขอได้ คั่นด้วย ; (ในไฟล์ JSON เป็นรายการ) ไม่มีการปกปิดลำดับที่สอง',
      en: 'The columns suppressed in this row so that no applicant can be singled out, separated by ; (a list in the JSON). No secondary suppression is done.',
    },
  },
];

const FIGURE_COLUMNS: Record<string, string> = {
  received: 'received',
  completed: 'completed',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  decided: 'decided',
  medianProcessingDays: 'median_processing_days',
  p90ProcessingDays: 'p90_processing_days',
  judged: 'judged',
  onTime: 'on_time',
  onTimeShare: 'on_time_share',
  payments: 'payments',
  ...Object.fromEntries(PAYMENT_METHODS.map((m) => [`paymentChannels.${m}.share`, `share_${m}`])),
};

/** An open-data row from a cell's figures (payment counts per channel are not published: the shares are). */
export function openDataRow(
  cell: { month: string; licenceType: string; licenceTypeName: { th: string; en: string }; officeId: string; officeName: { th: string; en: string }; statutoryDays: number | null },
  f: Figures,
): OpenDataRow {
  const share = (m: string) => f.paymentChannels.find((c) => c.method === m)?.share ?? null;
  return {
    month: cell.month,
    licence_type: cell.licenceType,
    licence_type_name_th: cell.licenceTypeName.th,
    licence_type_name_en: cell.licenceTypeName.en,
    office_id: cell.officeId,
    office_name_th: cell.officeName.th,
    office_name_en: cell.officeName.en,
    statutory_days: cell.statutoryDays,
    received: f.received,
    completed: f.completed,
    rejected: f.rejected,
    withdrawn: f.withdrawn,
    decided: f.decided,
    median_processing_days: f.medianProcessingDays,
    p90_processing_days: f.p90ProcessingDays,
    judged: f.judged,
    on_time: f.onTime,
    on_time_share: f.onTimeShare,
    payments: f.payments,
    share_promptpay: share('promptpay'),
    share_card: share('card'),
    share_counter: share('counter'),
    share_billpay: share('billpay'),
    suppressed: [...new Set(f.suppressed.map((s) => FIGURE_COLUMNS[s]).filter((s): s is string => s !== undefined))],
  };
}

/** One CSV field by RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled. Null is empty. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Thai), a header row, CRLF line ends. */
export function toCsv(rows: readonly OpenDataRow[]): string {
  const names = OPEN_DATA_COLUMNS.map((c) => c.name);
  const lines = [names.join(','), ...rows.map((row) => names.map((n) => csvField(row[n as keyof OpenDataRow])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
