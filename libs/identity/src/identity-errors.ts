import { defineErrors } from '@bizportal/common';

/** Errors of sign-in, sessions, accounts and areas (the Digital ID's are in its own catalogue). */
export const IdentityErrors = defineErrors('identity', {
  TOKEN_INVALID: { kind: 'unauthorized', th: 'โทเค็นไม่ถูกต้อง', en: 'The token is invalid: sign in again' },
  TOKEN_CLAIM_MISSING: { kind: 'unauthorized', th: 'โทเค็นไม่ครบถ้วน', en: "The token has no '{claim}' claim: sign in again" },
  SESSION_EXPIRED: { kind: 'unauthorized', th: 'การเข้าสู่ระบบหมดอายุแล้ว', en: 'The session has expired: sign in again' },
  SESSION_REVOKED: {
    kind: 'unauthorized',
    th: 'การเข้าสู่ระบบนี้สิ้นสุดแล้ว',
    en: "This session has ended (signed out, or the account's roles or office changed): sign in again",
  },
  ACCOUNT_REMOVED: { kind: 'unauthorized', th: 'ไม่พบบัญชีผู้ใช้นี้แล้ว', en: 'The account of this session no longer exists' },
  CSRF_TOKEN_INVALID: {
    kind: 'forbidden',
    th: 'คำขอนี้ไม่มีรหัสป้องกันการปลอมแปลงคำขอ (CSRF) ที่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
    en: 'A change made with the session cookie needs the X-CSRF-Token header from GET /api/v1/auth/csrf for this session: reload the page and try again',
  },
  CSRF_ORIGIN_REFUSED: {
    kind: 'forbidden',
    th: 'คำขอนี้มาจากเว็บไซต์อื่น ระบบจึงไม่ดำเนินการ',
    en: 'A change made with the session cookie must come from this portal\'s own pages, not from {origin}',
  },
  DEMO_USER_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบผู้ใช้', en: 'No demo user {who} (see GET /api/v1/auth/dev-users)' },
  USER_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบผู้ใช้', en: 'No user {id}' },
  AGENCY_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบหน่วยงาน', en: 'No agency {id}' },
  ROLES_INVALID: { kind: 'unprocessable', th: 'บทบาทไม่ถูกต้อง', en: 'Roles refused: {problem}' },
  AREA_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบรหัสพื้นที่ {code}', en: 'No area has the code {code}' },
  PREMISES_AREA_UNKNOWN: { kind: 'bad-request', th: 'ไม่พบรหัสพื้นที่ที่ระบุ', en: 'Unknown area: {problems} (see GET /api/v1/areas)' },
});
