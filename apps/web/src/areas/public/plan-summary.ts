/** Fees and working days of a licence plan, from the catalogue's satang amounts and statutory days. */
export interface FeeLike {
  amountSatang: number | null;
  maxAmountSatang: number | null;
}

/** A licence's fee: `unknown` when the catalogue does not state it; `from` with a higher `to` when a range. */
export type FeeAmount = { kind: 'unknown' } | { kind: 'none' } | { kind: 'fixed'; satang: number } | { kind: 'from'; satang: number; to: number };

export function licenceFee(fees: FeeLike[]): FeeAmount {
  if (fees.length === 0 || fees.some((f) => f.amountSatang === null)) return { kind: 'unknown' };
  const from = fees.reduce((sum, f) => sum + f.amountSatang!, 0);
  const to = fees.reduce((sum, f) => sum + Math.max(f.amountSatang!, f.maxAmountSatang ?? 0), 0);
  if (to > from) return { kind: 'from', satang: from, to };
  return from === 0 ? { kind: 'none' } : { kind: 'fixed', satang: from };
}

export interface PlanLicenceLike {
  availableOnline: boolean;
  fees?: FeeLike[];
  processingDays?: number | null;
}

export interface PlanTotals {
  /** The sum of the stated fees (their lowest amounts). */
  feeSatang: number;
  /** Some fee is a range, so the total is where it starts. */
  feeIsMinimum: boolean;
  /** Licences whose fee is not stated (not in the sum). */
  feeUnknown: number;
  /** The sum of the statutory working days stated. */
  workingDays: number;
  /** Licences whose working days are not stated (not in the sum). */
  daysUnknown: number;
}

export function planTotals(licences: PlanLicenceLike[]): PlanTotals {
  const totals: PlanTotals = { feeSatang: 0, feeIsMinimum: false, feeUnknown: 0, workingDays: 0, daysUnknown: 0 };
  for (const licence of licences) {
    const fee = licence.availableOnline ? licenceFee(licence.fees ?? []) : ({ kind: 'unknown' } as const);
    if (fee.kind === 'unknown') totals.feeUnknown += 1;
    else if (fee.kind !== 'none') totals.feeSatang += fee.satang;
    if (fee.kind === 'from') totals.feeIsMinimum = true;
    if (licence.availableOnline && licence.processingDays != null) totals.workingDays += licence.processingDays;
    else totals.daysUnknown += 1;
  }
  return totals;
}
