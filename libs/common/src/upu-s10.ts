/**
 * UPU S10 item identifiers (the tracking numbers of registered and EMS post, e.g. EE123456785TH): two
 * service letters, eight serial digits, a check digit and the ISO 3166 country code of the posting country.
 */
const S10_SHAPE = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** The check digit of eight serial digits: 11 − (weighted sum mod 11), with 10 → 0 and 11 → 5. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new Error('An S10 serial number has exactly 8 digits');
  const sum = S10_WEIGHTS.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export function isUpuS10(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = S10_SHAPE.exec(value);
  return match !== null && s10CheckDigit(match[1]) === Number(match[2]);
}
