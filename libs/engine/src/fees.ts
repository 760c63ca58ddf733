import type { FeeBand, FeeDefinition, FeeLineDefinition, FeeRule, LateRenewalSurcharge, LocalizedText, WorkflowDefinition } from './types';

/** One computed line of an invoice and how it was computed, in Thai and English. */
export interface ComputedFeeLine {
  code: string;
  label: LocalizedText;
  amountSatang: number;
  computation: LocalizedText;
}

export interface FeeInputs {
  /** The application's form data. */
  form: Record<string, unknown>;
  /** The amount the approving officer set within the fee's range line, and why. */
  setAmount?: { amountSatang: number; reason: string } | null;
  /** A renewal: the day the previous licence ended and the day the renewal was filed (YYYY-MM-DD, Bangkok). */
  renewal?: { licenceEndedOn: string; filedOn: string } | null;
}

export type FeeProblemCode = 'FEE_FIELD_NOT_A_NUMBER' | 'FEE_VALUE_IN_NO_BAND' | 'FEE_AMOUNT_NOT_SET' | 'FEE_AMOUNT_OUT_OF_RANGE';

export type FeeComputation =
  | { ok: true; lines: ComputedFeeLine[]; totalSatang: number }
  | { ok: false; code: FeeProblemCode; line: string; details: Record<string, unknown> };

export const LATE_RENEWAL_LINE = 'late-renewal';
const DEFAULT_FEE_LABEL: LocalizedText = { th: 'ค่าธรรมเนียม', en: 'Fee' };
const LATE_RENEWAL_LABEL: LocalizedText = { th: 'เงินเพิ่มกรณีต่ออายุล่าช้า', en: 'Late renewal surcharge' };

/**
 * The lines a fee charges. A fee written without `lines` is one line: its fixed amountSatang, or, when
 * maxAmountSatang is above it, the catalogue's range, in which the approving officer sets the amount.
 */
export function feeLinesOf(fee: FeeDefinition): FeeLineDefinition[] {
  if (fee.lines) return fee.lines;
  if (fee.amountSatang === null) return [];
  const label = fee.label ?? DEFAULT_FEE_LABEL;
  if (fee.maxAmountSatang != null && fee.maxAmountSatang > fee.amountSatang) {
    return [{ code: fee.code, label, range: { minSatang: fee.amountSatang, maxSatang: fee.maxAmountSatang } }];
  }
  return [{ code: fee.code, label, amountSatang: fee.amountSatang }];
}

/** The line of a fee whose amount the approving officer sets, if it has one. */
export function rangeLineOf(fee: FeeDefinition): (FeeLineDefinition & { range: { minSatang: number; maxSatang: number } }) | undefined {
  return feeLinesOf(fee).find((l) => l.range) as (FeeLineDefinition & { range: { minSatang: number; maxSatang: number } }) | undefined;
}

/** The least and greatest a line can come to (null: no upper bound). */
export function lineBounds(line: FeeLineDefinition): { min: number; max: number | null } {
  if (line.amountSatang !== undefined) return { min: line.amountSatang, max: line.amountSatang };
  if (line.range) return { min: line.range.minSatang, max: line.range.maxSatang };
  const rule = line.rule!;
  const clamp = (n: number) => clampToRule(n, rule);
  if (rule.bands) {
    const amounts = rule.bands.map((b) => clamp(b.amountSatang));
    return { min: Math.min(...amounts), max: Math.max(...amounts) };
  }
  return { min: clamp(0), max: rule.maxSatang ?? null };
}

/**
 * Prices a fee of a definition for one application: every line, then the late-renewal surcharge on their sum.
 * Pure; a line that cannot be priced (a form value missing or in no band, no amount set in a range or one
 * outside it) is returned as a problem naming the line.
 */
export function computeFee(def: Pick<WorkflowDefinition, 'form'>, fee: FeeDefinition, inputs: FeeInputs): FeeComputation {
  const lines: ComputedFeeLine[] = [];
  for (const line of feeLinesOf(fee)) {
    const priced = priceLine(def, line, inputs);
    if ('problem' in priced) return { ok: false, code: priced.problem, line: line.code, details: priced.details };
    lines.push({ code: line.code, label: line.label, ...priced });
  }
  const base = lines.reduce((sum, l) => sum + l.amountSatang, 0);
  if (fee.lateRenewalSurcharge && inputs.renewal) {
    const surcharge = lateRenewalLine(fee.lateRenewalSurcharge, base, inputs.renewal);
    if (surcharge) lines.push(surcharge);
  }
  return { ok: true, lines, totalSatang: lines.reduce((sum, l) => sum + l.amountSatang, 0) };
}

type Priced = { amountSatang: number; computation: LocalizedText } | { problem: FeeProblemCode; details: Record<string, unknown> };

function priceLine(def: Pick<WorkflowDefinition, 'form'>, line: FeeLineDefinition, inputs: FeeInputs): Priced {
  if (line.amountSatang !== undefined) {
    return { amountSatang: line.amountSatang, computation: { th: `อัตราคงที่ ${baht(line.amountSatang)} บาท`, en: `Fixed fee of ${baht(line.amountSatang)} THB` } };
  }
  if (line.range) {
    const { minSatang, maxSatang } = line.range;
    const set = inputs.setAmount;
    if (!set) return { problem: 'FEE_AMOUNT_NOT_SET', details: { minSatang, maxSatang } };
    if (!Number.isInteger(set.amountSatang) || set.amountSatang < minSatang || set.amountSatang > maxSatang) {
      return { problem: 'FEE_AMOUNT_OUT_OF_RANGE', details: { amountSatang: set.amountSatang, minSatang, maxSatang } };
    }
    const within = `${baht(minSatang)}–${baht(maxSatang)}`;
    return {
      amountSatang: set.amountSatang,
      computation: {
        th: `หน่วยงานกำหนด ${baht(set.amountSatang)} บาท ในช่วง ${within} บาท เหตุผล: ${set.reason}`,
        en: `Set by the office at ${baht(set.amountSatang)} THB within ${within} THB. Reason: ${set.reason}`,
      },
    };
  }
  const rule = line.rule!;
  const value = inputs.form[rule.field];
  if (typeof value !== 'number' || !Number.isFinite(value)) return { problem: 'FEE_FIELD_NOT_A_NUMBER', details: { field: rule.field } };
  const field = fieldLabel(def.form, rule.field);
  let amount: number;
  let th: string;
  let en: string;
  if (rule.bands) {
    const band = rule.bands.find((b) => inBand(b, value));
    if (!band) return { problem: 'FEE_VALUE_IN_NO_BAND', details: { field: rule.field, value } };
    amount = band.amountSatang;
    const range = bandText(band);
    th = `${field.th} ${number(value)} อยู่ในช่วง${range.th}: ${baht(amount)} บาท`;
    en = `${field.en} ${number(value)} is in the band ${range.en}: ${baht(amount)} THB`;
  } else {
    const { unitSatang, unitSize } = rule.perUnit!;
    const units = Math.max(0, Math.ceil(value / unitSize));
    amount = units * unitSatang;
    th = `${field.th} ${number(value)} ÷ ${number(unitSize)} = ${number(units)} หน่วย (เศษนับเป็นหนึ่งหน่วย) × ${baht(unitSatang)} บาท = ${baht(amount)} บาท`;
    en = `${field.en} ${number(value)} ÷ ${number(unitSize)} = ${number(units)} units (a part counts as one) × ${baht(unitSatang)} THB = ${baht(amount)} THB`;
  }
  const clamped = clampToRule(amount, rule);
  if (clamped > amount) {
    th += `; ไม่ต่ำกว่า ${baht(clamped)} บาท`;
    en += `; at least ${baht(clamped)} THB`;
  } else if (clamped < amount) {
    th += `; ไม่เกิน ${baht(clamped)} บาท`;
    en += `; at most ${baht(clamped)} THB`;
  }
  return { amountSatang: clamped, computation: { th, en } };
}

function clampToRule(amount: number, rule: FeeRule): number {
  return Math.min(rule.maxSatang ?? Infinity, Math.max(rule.minSatang ?? 0, amount));
}

export function inBand(band: FeeBand, value: number): boolean {
  return (band.over === undefined || value > band.over) && (band.upTo === undefined || value <= band.upTo);
}

/** "เกิน 200 ไม่เกิน 300" / "over 200 up to 300". */
export function bandText(band: FeeBand): LocalizedText {
  const th = [band.over !== undefined ? `เกิน ${number(band.over)}` : '', band.upTo !== undefined ? `ไม่เกิน ${number(band.upTo)}` : ''].filter(Boolean);
  const en = [band.over !== undefined ? `over ${number(band.over)}` : '', band.upTo !== undefined ? `up to ${number(band.upTo)}` : ''].filter(Boolean);
  return { th: th.join(' ') || 'ทุกค่า', en: en.join(' ') || 'any value' };
}

/** The number of started periods between the day a licence ended and a later day (0 when not later). */
export function periodsLate(endedOn: string, filedOn: string, period: LateRenewalSurcharge['period']): number {
  if (filedOn <= endedOn) return 0;
  if (period === 'once') return 1;
  const months = period === 'month' ? 1 : 12;
  let periods = 1;
  while (addMonths(endedOn, periods * months) < filedOn) periods++;
  return periods;
}

function lateRenewalLine(surcharge: LateRenewalSurcharge, base: number, renewal: NonNullable<FeeInputs['renewal']>): ComputedFeeLine | null {
  const late = periodsLate(renewal.licenceEndedOn, renewal.filedOn, surcharge.period);
  if (late === 0 || base === 0) return null;
  const periods = Math.min(late, surcharge.maxPeriods ?? Infinity);
  const amountSatang = Math.round((base * surcharge.percentPerPeriod * periods) / 100);
  const when = {
    th: `ยื่นต่ออายุวันที่ ${thaiDate(renewal.filedOn, 'th')} หลังใบอนุญาตสิ้นอายุวันที่ ${thaiDate(renewal.licenceEndedOn, 'th')}`,
    en: `Renewal filed on ${thaiDate(renewal.filedOn, 'en')}, after the licence ended on ${thaiDate(renewal.licenceEndedOn, 'en')}`,
  };
  const unit = { month: { th: 'เดือน', en: 'month' }, year: { th: 'ปี', en: 'year' } };
  const rate =
    surcharge.period === 'once'
      ? { th: `ร้อยละ ${number(surcharge.percentPerPeriod)}`, en: `${number(surcharge.percentPerPeriod)}%` }
      : {
          th: `ร้อยละ ${number(surcharge.percentPerPeriod)} ต่อ${unit[surcharge.period].th} × ${periods} ${unit[surcharge.period].th}`,
          en: `${number(surcharge.percentPerPeriod)}% a ${unit[surcharge.period].en} × ${periods} ${unit[surcharge.period].en}${periods === 1 ? '' : 's'}`,
        };
  const capped = periods < late ? { th: ` (คิดไม่เกิน ${periods} ${unit[surcharge.period as 'month'].th})`, en: ` (at most ${periods} charged)` } : { th: '', en: '' };
  return {
    code: LATE_RENEWAL_LINE,
    label: LATE_RENEWAL_LABEL,
    amountSatang,
    computation: {
      th: `${when.th}: ${rate.th}${capped.th} ของ ${baht(base)} บาท = ${baht(amountSatang)} บาท`,
      en: `${when.en}: ${rate.en}${capped.en} of ${baht(base)} THB = ${baht(amountSatang)} THB`,
    },
  };
}

/** YYYY-MM-DD plus whole months, the day kept or, in a shorter month, its last day. */
function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function fieldLabel(form: Record<string, unknown>, field: string): LocalizedText {
  const properties = (form.properties ?? {}) as Record<string, { title?: string }>;
  const title = properties[field]?.title;
  if (!title) return { th: field, en: field };
  const [th, en] = title.split(' / ');
  return { th, en: en ?? th };
}

const THAI_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 ก.พ. 2569" / "1 Feb 2569 BE". */
function thaiDate(isoDate: string, lang: 'th' | 'en'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return lang === 'th' ? `${d} ${THAI_MONTHS[m - 1]} ${y + 543}` : `${d} ${ENGLISH_MONTHS[m - 1]} ${y + 543} BE`;
}

// Made once: toLocaleString with options builds a new Intl.NumberFormat on every call.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const WHOLE_BAHT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const BAHT_AND_SATANG = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function number(n: number): string {
  return NUMBER.format(n);
}

/** Satang as baht: 250000 → "2,500", 250050 → "2,500.50". */
export function baht(satang: number): string {
  return (satang % 100 === 0 ? WHOLE_BAHT : BAHT_AND_SATANG).format(satang / 100);
}
