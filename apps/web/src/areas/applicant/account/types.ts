import type { components } from '../../../api/schema';

type Schemas = components['schemas'];

/**
 * The API's answers this area reads: the generated types (api/schema.d.ts) where the OpenAPI document
 * describes them; local shapes only where it does not (or not yet closely enough, see LicenceView).
 */
export interface Label {
  th: string;
  en: string;
}

export type ApplicationView = Schemas['ApplicationView'];
export type ApplicationPage = Schemas['ApplicationListView'];
export type ApplicationSummary = Schemas['ApplicationSummaryView'];
export type Timeline = Schemas['TimelineView'];
export type Message = Schemas['MessageDto'];
export type Payment = Schemas['PaymentView'];
export type PaymentsOfApplication = Schemas['ApplicationPaymentsView'];

/**
 * Kept local: the generated LicenceStatus lacks 'issuing' (a licence row before its PDF is signed), which
 * the licence pages show. LicencesService.publicView + holder (libs/licensing/src/licences/licences.service.ts). */
export interface LicenceView {
  number: string;
  status: 'issuing' | 'pending' | 'valid' | 'suspended' | 'revoked' | 'expired' | 'superseded' | string;
  statusLabel: Label;
  statusReason: string | null;
  licenceType: { slug: string; name: Label };
  issuer: { id: string; name: Label | null };
  issuedAt: string | null;
  validFrom: string | null;
  validUntil: string | null;
  continues: string | null;
  continuedBy: string | null;
  holder?: { type: string; id: string; name: string } | null;
  applicationId?: string;
}

/** One uploaded document (documents contract, WEB.md). */
