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
  /** e.g. "https://bizportal.example.go.th"; the QR code points to `${verifyBaseUrl}/verify/${number}`. */
  verifyBaseUrl: string;
}

/** How the signature placeholder is prepared (all optional). */
export interface RenderOptions {
  /**
   * Bytes reserved for the CMS (the hex in /Contents is twice as long). Default 8192: room for an
   * RSA-2048/3072 signature with a chain of three 4096-bit certificates; raise it for longer chains.
   */
  signatureLength?: number;
  /** Default 'adbe.pkcs7.detached'; 'ETSI.CAdES.detached' marks the signature as PAdES. */
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
