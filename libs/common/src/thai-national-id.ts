/**
 * Thai 13-digit identification numbers (citizens' national IDs and juristic-person
 * registration numbers share the same mod-11 check digit).
 */
export function thaiIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

export function isValidThaiNationalId(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{13}$/.test(value)) return false;
  return thaiIdCheckDigit(value.slice(0, 12)) === Number(value[12]);
}

/** Explains why a value is not a valid Thai national ID, or returns null when it is. */
export function thaiNationalIdProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{13}$/.test(value)) {
    return 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก / A Thai national ID has exactly 13 digits';
  }
  if (!isValidThaiNationalId(value)) {
    return 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) / The Thai national ID check digit does not match';
  }
  return null;
}

export function isValidJuristicRegistrationNumber(value: unknown): value is string {
  return typeof value === 'string' && /^0\d{12}$/.test(value) && thaiIdCheckDigit(value.slice(0, 12)) === Number(value[12]);
}

/**
 * Explains why a value is not a valid juristic-person registration number (เลขทะเบียนนิติบุคคล, as the
 * Department of Business Development issues it: 13 digits starting with 0, the national ID's check
 * digit), or returns null when it is.
 */
export function juristicRegistrationNumberProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{13}$/.test(value)) {
    return 'เลขทะเบียนนิติบุคคลต้องเป็นตัวเลข 13 หลัก / A juristic-person registration number has exactly 13 digits';
  }
  if (value[0] !== '0') {
    return 'เลขทะเบียนนิติบุคคลขึ้นต้นด้วย 0 (เลขที่ขึ้นต้นด้วยเลขอื่นเป็นเลขประจำตัวประชาชน) / A juristic-person registration number starts with 0 (this looks like a national ID)';
  }
  if (!isValidJuristicRegistrationNumber(value)) {
    return 'เลขทะเบียนนิติบุคคลไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) / The juristic-person registration number check digit does not match';
  }
  return null;
}
