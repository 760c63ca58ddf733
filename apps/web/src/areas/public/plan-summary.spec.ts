import { describe, expect, it } from '@jest/globals';
import { licenceFee, planTotals } from './plan-summary';

describe('licence plan totals', () => {
  it('reads a fee as fixed, a range (from its lowest), none or not stated', () => {
    expect(licenceFee([{ amountSatang: 20000, maxAmountSatang: null }])).toEqual({ kind: 'fixed', satang: 20000 });
    expect(licenceFee([{ amountSatang: 33000, maxAmountSatang: 770000 }])).toEqual({ kind: 'from', satang: 33000, to: 770000 });
    expect(licenceFee([{ amountSatang: 0, maxAmountSatang: null }])).toEqual({ kind: 'none' });
    expect(licenceFee([])).toEqual({ kind: 'unknown' });
    expect(licenceFee([{ amountSatang: null, maxAmountSatang: null }])).toEqual({ kind: 'unknown' });
  });

  it('adds the stated fees and working days, says when the total is a minimum, and counts what is not stated', () => {
    const totals = planTotals([
      { availableOnline: true, fees: [{ amountSatang: 20000, maxAmountSatang: null }], processingDays: 25 },
      { availableOnline: true, fees: [{ amountSatang: 33000, maxAmountSatang: 770000 }], processingDays: 1 },
      { availableOnline: true, fees: [], processingDays: null },
      { availableOnline: false },
    ]);
    expect(totals).toEqual({ feeSatang: 53000, feeIsMinimum: true, feeUnknown: 2, workingDays: 26, daysUnknown: 2 });
    expect(planTotals([{ availableOnline: true, fees: [{ amountSatang: 10000, maxAmountSatang: 10000 }], processingDays: 3 }]).feeIsMinimum).toBe(false);
  });
});
