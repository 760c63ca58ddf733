import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { QuizAnswers, QuizDefinition } from './quiz-logic';

/**
 * The public catalogue, tracking and verification answers, typed from the handlers in libs/licensing
 * (catalogue-views.ts, track-application.handler.ts, licences.service.ts) until the OpenAPI types carry them.
 */
export interface Localized {
  th: string;
  en: string;
}

export interface BusinessSummary {
  slug: string;
  name: Localized;
  licenceCount: number;
}

export interface BusinessDetail {
  slug: string;
  name: Localized;
  notes?: string;
  quiz?: QuizDefinition;
  licences: { slug: string; name: Localized | null; availableOnline: boolean }[];
}

export interface FeeSummary {
  code: string;
  amountSatang: number | null;
  maxAmountSatang: number | null;
  due: string;
}

export interface LicenceTypeSummary {
  slug: string;
  name: Localized;
  category: 'licence' | 'registration' | 'notification' | 'utility-service' | string;
  agency: { level: string; code?: string; name?: Localized };
  kinds: string[];
  processingDays: number | null;
  processingDaysText: Localized;
  fees: FeeSummary[];
  feeText: Localized;
  currentVersion: number;
}

export interface LicenceTypeDetail extends LicenceTypeSummary {
  legalBasis?: string | Localized;
  validity?: { years?: number; months?: number; note?: string } & Record<string, unknown>;
  fees: (FeeSummary & { label?: Localized; note?: string })[];
  documents: { code: string; label: Localized; required: boolean; hint?: Localized }[];
}

/** One licence of the Smart Quiz's plan: a published type (with agency, fees, days), or one this system does not offer. */
export type PlannedLicence =
  | (LicenceTypeSummary & { reason: 'always' | 'answers'; availableOnline: true })
  | { slug: string; reason: 'always' | 'answers'; availableOnline: false; name: null };

export interface QuizPlan {
  business: { slug: string; name: Localized };
  answers: QuizAnswers;
  licences: PlannedLicence[];
}

export interface TrackView {
  trackingNumber: string;
  licenceType: { slug: string; name: Localized };
  agency: { name: Localized } | null;
  status: string;
  statusLabel: Localized;
  stateLabel: Localized;
  submittedAt: string | null;
  updatedAt: string;
  dueAt: string | null;
  expectedCompletionAt: string | null;
  steps: { at: string; status: string; statusLabel: Localized; stateLabel: Localized }[];
}

export interface PublicLicence {
  number: string;
  status: 'issuing' | 'pending' | 'valid' | 'suspended' | 'revoked' | 'expired' | 'superseded';
  statusLabel: Localized;
  statusReason: string | null;
  licenceType: { slug: string; name: Localized };
  issuer: { id: string; name: Localized | null };
  issuedAt: string | null;
  validFrom: string;
  validUntil: string | null;
  pdfSha256: string | null;
  signer: string | null;
  continues: string | null;
  continuedBy: string | null;
  holder: { maskedName: string };
}

export interface UploadVerdict {
  valid: boolean;
  verdict: string;
  message: string;
  checks: Record<string, boolean | null>;
  sha256: string;
  signer: { subject: string; commonName?: string; issuer?: string; serialNumber?: string; validFrom?: string; validTo?: string } | null;
  licence: PublicLicence | null;
  /** The PAdES level and the signature timestamp, when the signature verified. */
  pades: {
    level: 'B-LT' | 'B-T' | 'B-B' | 'none';
    label: Localized;
    shortOf: string | null;
    timestamp: { time: string; bangkok: Localized; trusted: boolean; tsa: string | null } | null;
  } | null;
}

/*
 * The catalogue's answers (business types, their quiz, licence types, the plan) are asked again whenever a page that
 * shows them opens (TanStack Query's default staleness: the cached answer is drawn at once and replaced when the new
 * one comes). Officials publish business types and licence types from the studio while applicants have the portal
 * open, and a publication reaches the finder at once (docs/architecture.md, section 3): an hour's cache kept an open
 * tab on the old quiz and the old licences until it was reloaded.
 */

export function useBusinesses() {
  return useQuery({
    queryKey: ['public', 'businesses'],
    queryFn: async () => (await unwrap(api.GET('/businesses'))) as unknown as BusinessSummary[],
  });
}

export function useBusiness(slug: string) {
  return useQuery({
    queryKey: ['public', 'business', slug],
    queryFn: async () => (await unwrap(api.GET('/businesses/{slug}', { params: { path: { slug } } }))) as unknown as BusinessDetail,
  });
}

export function useLicenceTypes() {
  return useQuery({
    queryKey: ['public', 'licence-types'],
    queryFn: async () => (await unwrap(api.GET('/licence-types', { params: { query: {} } }))) as unknown as LicenceTypeSummary[],
  });
}

export function useLicenceType(slug: string) {
  return useQuery({
    queryKey: ['public', 'licence-type', slug],
    queryFn: async () => (await unwrap(api.GET('/licence-types/{slug}', { params: { path: { slug } } }))) as unknown as LicenceTypeDetail,
  });
}

export function useQuizPlan(slug: string, answers: QuizAnswers) {
  return useQuery({
    queryKey: ['public', 'plan', slug, answers],
    queryFn: async () =>
      (await unwrap(api.POST('/businesses/{slug}/quiz', { params: { path: { slug } }, body: { answers } as never }))) as unknown as QuizPlan,
  });
}

export function useTracking(trackingNumber: string) {
  return useQuery({
    queryKey: ['public', 'track', trackingNumber],
    queryFn: async () =>
      (await unwrap(api.GET('/track/{trackingNumber}', { params: { path: { trackingNumber } } }))) as unknown as TrackView,
  });
}

/** The public proof that the application's history is the one a published, signed anchor holds (404 until one does). */
export function useHistoryProof(trackingNumber: string) {
  return useQuery({
    queryKey: ['public', 'history-proof', trackingNumber],
    queryFn: () => unwrap(api.GET('/track/{trackingNumber}/history-proof', { params: { path: { trackingNumber } } })),
    retry: false,
  });
}

export function useVerifiedLicence(number: string) {
  return useQuery({
    queryKey: ['public', 'verify', number],
    queryFn: async () => (await unwrap(api.GET('/verify/{number}', { params: { path: { number } } }))) as unknown as PublicLicence,
  });
}
