/** Money is carried as integer satang (1 baht = 100 satang). */
export type Satang = number;

export function bahtToSatang(baht: number): Satang {
  const satang = Math.round(baht * 100);
  if (!Number.isSafeInteger(satang) || satang < 0) throw new RangeError(`Not a valid amount of baht: ${baht}`);
  return satang;
}

export function formatBaht(satang: Satang): string {
  if (!Number.isInteger(satang)) throw new RangeError(`Satang must be an integer: ${satang}`);
  return (satang / 100).toLocaleString('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' บาท';
}
