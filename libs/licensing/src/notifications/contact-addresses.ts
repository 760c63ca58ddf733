/** A Thai mobile number as people write it (0[689] and 8 digits, or +66 / 66 without the 0), spaces and dashes allowed. */
const THAI_MOBILE = /^(?:0|\+?66)([689]\d{8})$/;

/** `+66…` (E.164) for a Thai mobile number, or null when it is not one. */
export function thaiMobileToE164(input: string): string | null {
  const match = THAI_MOBILE.exec(input.replace(/[\s-]/g, ''));
  return match ? `+66${match[1]}` : null;
}

/** A practical check of an address (one @, a dotted domain, no spaces or angle brackets), at most 254 characters. */
export function isEmailAddress(input: string): boolean {
  if (input.length > 254) return false;
  return /^[^\s@<>()[\],;:"]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(input);
}
