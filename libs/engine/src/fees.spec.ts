import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDefinition, computeFee, periodsLate, validateDefinition, type FeeDefinition, type WorkflowDefinition } from '.';

const FILE = 'food-premises-permit.json';
const food = (): WorkflowDefinition => JSON.parse(readFileSync(join(__dirname, '../../../workflows/licences', FILE), 'utf8'));
const FORM = food().form;

/** An illustrative rule (not a licence's real rates): 2,000 THB up to 300 m², 2,500 up to 500, 3,000 above. */
const BANDED: FeeDefinition = {
  code: 'licence',
  amountSatang: 200000,
  maxAmountSatang: 300000,
  due: 'after-approval',
  lines: [
    {
      code: 'licence',
      label: { th: 'ค่าธรรมเนียมใบอนุญาต', en: 'Licence fee' },
      rule: {
        field: 'areaSquareMetres',
        bands: [
          { over: 200, upTo: 300, amountSatang: 200000 },
          { over: 300, upTo: 500, amountSatang: 250000 },
          { over: 500, amountSatang: 300000 },
        ],
      },
    },
  ],
};

const priced = (fee: FeeDefinition, inputs: Parameters<typeof computeFee>[2]) => {
  const result = computeFee({ form: FORM }, fee, inputs);
  if (!result.ok) throw new Error(`not priced: ${result.code}`);
  return result;
};
const total = (fee: FeeDefinition, area: number) => priced(fee, { form: { areaSquareMetres: area } }).totalSatang;

describe('fees by rule', () => {
  it('prices floor-area bands at their edges: over the lower edge, up to and including the upper', () => {
    expect(total(BANDED, 200.5)).toBe(200000);
    expect(total(BANDED, 300)).toBe(200000);
    expect(total(BANDED, 300.01)).toBe(250000);
    expect(total(BANDED, 500)).toBe(250000);
    expect(total(BANDED, 501)).toBe(300000);
    expect(priced(BANDED, { form: { areaSquareMetres: 300 } }).lines).toEqual([
      {
        code: 'licence',
        label: { th: 'ค่าธรรมเนียมใบอนุญาต', en: 'Licence fee' },
        amountSatang: 200000,
        computation: {
          th: 'พื้นที่ประกอบการ (ตร.ม. ไม่รวมที่จอดรถ) 300 อยู่ในช่วงเกิน 200 ไม่เกิน 300: 2,000 บาท',
          en: 'Floor area in m² excluding parking 300 is in the band over 200 up to 300: 2,000 THB',
        },
      },
    ]);
  });

  it('refuses a value in no band and a missing number, naming the line', () => {
    expect(computeFee({ form: FORM }, BANDED, { form: { areaSquareMetres: 150 } })).toEqual({
      ok: false,
      code: 'FEE_VALUE_IN_NO_BAND',
      line: 'licence',
      details: { field: 'areaSquareMetres', value: 150 },
    });
    expect(computeFee({ form: FORM }, BANDED, { form: {} })).toMatchObject({ ok: false, code: 'FEE_FIELD_NOT_A_NUMBER' });
  });

  it('prices per started unit, then applies the minimum and maximum', () => {
    const perUnit: FeeDefinition = {
      code: 'licence',
      amountSatang: 100000,
      maxAmountSatang: 500000,
      due: 'after-approval',
      lines: [{ code: 'area', label: { th: 'ตามพื้นที่', en: 'By area' }, rule: { field: 'areaSquareMetres', perUnit: { unitSatang: 50000, unitSize: 100 }, minSatang: 100000, maxSatang: 500000 } }],
    };
    expect(total(perUnit, 201)).toBe(150000); // 3 units
    expect(total(perUnit, 300)).toBe(150000); // exactly 3 units
    expect(total(perUnit, 300.5)).toBe(200000); // a part of a 4th
    expect(total(perUnit, 5000)).toBe(500000); // 50 units = 25,000 THB, capped
    expect(priced(perUnit, { form: { areaSquareMetres: 5000 } }).lines[0].computation.en).toBe(
      'Floor area in m² excluding parking 5,000 ÷ 100 = 50 units (a part counts as one) × 500 THB = 25,000 THB; at most 5,000 THB',
    );
    const withMinimum = { ...perUnit, lines: [{ ...perUnit.lines![0], rule: { ...perUnit.lines![0].rule!, perUnit: { unitSatang: 10000, unitSize: 100 } } }] };
    expect(total(withMinimum, 250)).toBe(100000); // 3 × 100 THB = 300 THB, raised to 1,000
  });

  it('adds several lines on one invoice', () => {
    const fee: FeeDefinition = {
      ...BANDED,
      amountSatang: 250000,
      maxAmountSatang: 350000,
      lines: [...BANDED.lines!, { code: 'inspection', label: { th: 'ค่าตรวจสถานที่', en: 'Site inspection' }, amountSatang: 50000 }],
    };
    const result = priced(fee, { form: { areaSquareMetres: 400 } });
    expect(result.lines.map((l) => [l.code, l.amountSatang])).toEqual([
      ['licence', 250000],
      ['inspection', 50000],
    ]);
    expect(result.totalSatang).toBe(300000);
    expect(result.lines[1].computation).toEqual({ th: 'อัตราคงที่ 500 บาท', en: 'Fixed fee of 500 THB' });
  });

  it("takes a range's amount from the approving officer, within the range, with the reason shown", () => {
    const fee = food().fees[0];
    expect(computeFee({ form: FORM }, fee, { form: {} })).toMatchObject({ ok: false, code: 'FEE_AMOUNT_NOT_SET' });
    expect(computeFee({ form: FORM }, fee, { form: {}, setAmount: { amountSatang: 300001, reason: 'x' } })).toMatchObject({
      ok: false,
      code: 'FEE_AMOUNT_OUT_OF_RANGE',
      details: { amountSatang: 300001, minSatang: 200000, maxSatang: 300000 },
    });
    expect(priced(fee, { form: {}, setAmount: { amountSatang: 300000, reason: 'พื้นที่ 800 ตร.ม.' } }).lines[0]).toMatchObject({
      amountSatang: 300000,
      computation: {
        th: 'หน่วยงานกำหนด 3,000 บาท ในช่วง 2,000–3,000 บาท เหตุผล: พื้นที่ 800 ตร.ม.',
        en: 'Set by the office at 3,000 THB within 2,000–3,000 THB. Reason: พื้นที่ 800 ตร.ม.',
      },
    });
    expect(priced(fee, { form: {}, setAmount: { amountSatang: 200000, reason: 'r' } }).totalSatang).toBe(200000);
  });

  it('adds the food premises permit\'s 20% late-renewal surcharge once, only when filed after the licence ended', () => {
    const fee = food().fees[0];
    const renewal = (filedOn: string) => priced(fee, { form: {}, setAmount: { amountSatang: 250000, reason: 'r' }, renewal: { licenceEndedOn: '2026-03-31', filedOn } });
    expect(renewal('2026-03-31').lines).toHaveLength(1); // on the last day: in time
    const late = renewal('2026-04-01');
    expect(late.totalSatang).toBe(300000); // 2,500 + 20% = 3,000
    expect(late.lines[1]).toEqual({
      code: 'late-renewal',
      label: { th: 'เงินเพิ่มกรณีต่ออายุล่าช้า', en: 'Late renewal surcharge' },
      amountSatang: 50000,
      computation: {
        th: 'ยื่นต่ออายุวันที่ 1 เม.ย. 2569 หลังใบอนุญาตสิ้นอายุวันที่ 31 มี.ค. 2569: ร้อยละ 20 ของ 2,500 บาท = 500 บาท',
        en: 'Renewal filed on 1 Apr 2569 BE, after the licence ended on 31 Mar 2569 BE: 20% of 2,500 THB = 500 THB',
      },
    });
    expect(renewal('2027-06-01').totalSatang).toBe(300000); // once, however late
  });

  it('counts started months or years late, up to maxPeriods', () => {
    expect(periodsLate('2026-01-31', '2026-01-31', 'month')).toBe(0);
    expect(periodsLate('2026-01-31', '2026-02-01', 'month')).toBe(1);
    expect(periodsLate('2026-01-31', '2026-02-28', 'month')).toBe(1); // the end of the shorter month
    expect(periodsLate('2026-01-31', '2026-03-01', 'month')).toBe(2);
    expect(periodsLate('2026-01-15', '2027-01-15', 'year')).toBe(1);
    expect(periodsLate('2026-01-15', '2027-01-16', 'year')).toBe(2);
    const fee: FeeDefinition = { code: 'licence', amountSatang: 100000, due: 'after-approval', lateRenewalSurcharge: { percentPerPeriod: 2.5, period: 'month', maxPeriods: 3 } };
    const late = (filedOn: string) => priced(fee, { form: {}, renewal: { licenceEndedOn: '2026-01-31', filedOn } });
    expect(late('2026-03-01').lines[1]).toMatchObject({ amountSatang: 5000, computation: { en: expect.stringContaining('2.5% a month × 2 months of 1,000 THB = 50 THB') } });
    expect(late('2026-12-01').lines[1]).toMatchObject({ amountSatang: 7500, computation: { en: expect.stringContaining('(at most 3 charged)') } });
  });
});

describe('validating fee rules', () => {
  const withFee = (fee: Partial<FeeDefinition>) => {
    const d = food();
    d.fees[0] = { ...d.fees[0], ...fee };
    return validateDefinition(d, FILE).map((p) => p.problem);
  };
  const bands = (list: NonNullable<FeeDefinition['lines']>[number]['rule'] & object) => ({ lines: [{ code: 'licence', label: { th: 'ค่าธรรมเนียม', en: 'Fee' }, rule: list }] });

  it('accepts the banded rule', () => {
    expect(withFee({ lines: BANDED.lines })).toEqual([]);
  });

  it('refuses overlapping bands, a gap, an empty band and values the form allows outside the bands', () => {
    expect(withFee(bands({ field: 'areaSquareMetres', bands: [{ over: 200, upTo: 400, amountSatang: 200000 }, { over: 300, amountSatang: 300000 }] }))).toEqual([
      "fee 'licence' line 'licence': the bands over 200 up to 400 and over 300 overlap: a value can be in only one band",
    ]);
    expect(withFee(bands({ field: 'areaSquareMetres', bands: [{ over: 200, upTo: 300, amountSatang: 200000 }, { over: 350, amountSatang: 300000 }] }))).toEqual([
      "fee 'licence' line 'licence': the bands over 200 up to 300 and over 350 leave the values over 300 up to 350 in no band",
    ]);
    expect(withFee(bands({ field: 'areaSquareMetres', bands: [{ over: 300, upTo: 300, amountSatang: 200000 }] }))).toEqual([
      "fee 'licence' line 'licence': the band over 300 up to 300 is empty: upTo must be above over",
    ]);
    expect(withFee(bands({ field: 'areaSquareMetres', bands: [{ over: 250, upTo: 500000, amountSatang: 200000 }] }))).toEqual([
      "fee 'licence' line 'licence': the form allows values of areaSquareMetres below the lowest band (over 250 up to 500,000), which are in no band",
      "fee 'licence' line 'licence': the form allows areaSquareMetres above 500000, which is in no band (the last band is over 250 up to 500,000)",
    ]);
  });

  it("refuses a rule over a field that is not a required number, and totals outside the fee's stated range", () => {
    expect(withFee(bands({ field: 'businessName', bands: [{ amountSatang: 200000 }] }))).toEqual(["fee 'licence' line 'licence': the rule's field 'businessName' is not a number in the form"]);
    expect(withFee(bands({ field: 'seats', bands: [{ amountSatang: 200000 }] }))).toEqual([
      "fee 'licence' line 'licence': the rule's field 'seats' must be required in the form, or an application could have no fee",
    ]);
    expect(withFee(bands({ field: 'areaSquareMetres', bands: [{ amountSatang: 400000 }] }))).toEqual([
      "fee 'licence': the lines can come to 400000 satang, above the stated maxAmountSatang 300000",
    ]);
    expect(withFee(bands({ field: 'areaSquareMetres', perUnit: { unitSatang: 100, unitSize: 1 }, minSatang: 200000 }))).toEqual([
      "fee 'licence': the lines have no upper bound (set maxSatang), but the fee states at most 300000 satang",
    ]);
  });

  it('refuses two ranges, a reversed range, a repeated line code, and a surcharge without renewals', () => {
    const range = { code: 'a', label: { th: 'ก', en: 'A' }, range: { minSatang: 100000, maxSatang: 150000 } };
    expect(withFee({ lines: [range, { ...range, code: 'b' }] })).toEqual(["fee 'licence': more than one line is a range; the approving officer sets one amount per fee"]);
    expect(withFee({ lines: [{ ...range, range: { minSatang: 300000, maxSatang: 200000 } }] })).toContain("fee 'licence' line 'a': range minSatang 300000 is above maxSatang 200000");
    expect(withFee({ lines: [{ code: 'x', label: range.label, amountSatang: 100000 }, { code: 'x', label: range.label, amountSatang: 100000 }] })).toEqual([
      "fee 'licence' line 'x': the line code appears twice",
    ]);
    const building: WorkflowDefinition = JSON.parse(readFileSync(join(__dirname, '../../../workflows/licences/building-permit.json'), 'utf8'));
    building.fees[0].lateRenewalSurcharge = { percentPerPeriod: 20, period: 'once' };
    expect(checkDefinition(building, 'building-permit.json').problems.map((p) => p.problem)).toEqual(["fee 'licence': lateRenewalSurcharge is set but kinds do not offer 'renew'"]);
  });

  it('refuses a line that is neither fixed, rule nor range, at the schema', () => {
    expect(withFee({ lines: [{ code: 'x', label: { th: 'ก', en: 'A' } }] }).length).toBeGreaterThan(0);
  });
});
