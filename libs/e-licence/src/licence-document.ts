/** What a licence says. Everything is printed as given (an ID number may arrive masked or in full). */
export interface LicenceDocument {
  /** Licence number, e.g. "EL-2569-000123"; also the last segment of the verification URL. */
  number: string;
  /** e.g. { th: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', en: 'Food Premises Licence' } */
  licenceType: { th: string; en: string };
  /** The law the licence is issued under, e.g. "ออกตามความในมาตรา 38 แห่งพระราชบัญญัติการสาธารณสุข พ.ศ. 2535". */
  legalBasis: string;
  /** The issuing agency; `logoPng` (a PNG or JPEG buffer) is drawn above its name when given. */
  agency: { th: string; en: string; logoPng?: Buffer };
  holder: { name: string; idNumber?: string; kind: 'person' | 'juristic' };
  businessName: string;
  premisesAddress: string;
  conditions: string[];
  validFrom: Date;
  /** null: the licence does not expire. */
  validUntil: Date | null;
  issuedAt: Date;
  officer: { name: string; position: string };
  /**
   * The office's authorised signer who approved the licence for signature (APPROVE_SIGNATURE), where
   * the licence type asks for that step: printed in the signature block instead of `officer`, with
   * her position (e.g. "ผู้มีอำนาจลงนาม สำนักงานเขตคลองเตย") and the time of approval.
   */
  signatureApproval?: { name: { th: string; en: string }; position: string; approvedAt: Date };
  /**
   * The result of the public hearing the licence type holds (issue 18), printed as its own section: the hearing's
   * reference and dates, the comments for, against and neutral and those hidden, the points raised and the summary.
   */
  hearing?: HearingResult;
  /** e.g. "https://bizportal.example.go.th"; the QR code points to `${verifyBaseUrl}/verify/${number}`. */
  verifyBaseUrl: string;
}

export interface HearingResult {
  reference: string;
  opensAt: Date;
  closesAt: Date;
  counts: { support: number; oppose: number; neutral: number; hidden: number };
  points: string[];
  summary: string;
}

/** How the signature placeholder is prepared (all optional). */
export interface RenderOptions {
  /**
   * The office's preview before the signer approves: marked as a preview in Thai and English on every
   * page, the number printed as to be assigned, no QR code and no signature placeholder (never signed).
   */
  preview?: boolean;
  /**
   * Bytes reserved for the CMS (the hex in /Contents is twice as long). Default 16384: room for an
   * RSA-2048/3072 signature with its chain and a signature timestamp whose token carries the TSA's chain.
   */
  signatureLength?: number;
  /** Default 'ETSI.CAdES.detached' (PAdES); 'adbe.pkcs7.detached' for the older PDF signature. */
  subFilter?: 'adbe.pkcs7.detached' | 'ETSI.CAdES.detached';
  /** /Reason in the signature dictionary; default names the licence number in Thai and English. */
  reason?: string;
  /** /Location; default the agency's Thai name. */
  location?: string;
  /** /ContactInfo; default the verification URL. */
  contactInfo?: string;
  /** /Name; default the agency's English name. */
  signerName?: string;
  /** /M in the signature dictionary; default the time of rendering. */
  signingTime?: Date;
}

/** `${verifyBaseUrl}/verify/${number}`, the number URL-encoded, the base without trailing slashes. */
export function verificationUrl(doc: Pick<LicenceDocument, 'verifyBaseUrl' | 'number'>): string {
  return `${doc.verifyBaseUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(doc.number)}`;
}
