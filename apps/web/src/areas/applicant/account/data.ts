import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, send, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { ApplicationPage, ApplicationView, LicenceView, PaymentsOfApplication, Timeline } from './types';

/** Reads of this area, one query key each, so a write can refresh exactly what it changed. */
export const keys = {
  applications: ['account', 'applications'] as const,
  application: (id: string) => ['account', 'application', id] as const,
  timeline: (id: string) => ['account', 'timeline', id] as const,
  documents: (id: string) => ['account', 'documents', id] as const,
  payments: (id: string) => ['account', 'payments', id] as const,
  licences: ['account', 'licences'] as const,
  licence: (number: string) => ['account', 'licence', number] as const,
  licenceType: (slug: string) => ['account', 'licence-type', slug] as const,
};

/** GET as JSON for paths the generated types do not list yet (same credentials and errors as the typed client). */
export async function getJson<T>(path: string): Promise<T> {
  return (await (await send(path, { method: 'GET', headers: { Accept: 'application/json' } })).json()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await send(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** The list API filters by one status at most; the page groups what it has loaded, a page of this many at a time. */
export const LIST_PAGE = 50;

/** My applications, newest first, by keyset pages: `fetchNextPage` loads the next one after those shown. */
export function useMyApplications() {
  return useInfiniteQuery({
    queryKey: keys.applications,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }): Promise<ApplicationPage> => unwrap(api.GET('/applications', { params: { query: { limit: LIST_PAGE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useApplication(id: string, refetchInterval?: number | false) {
  return useQuery({
    queryKey: keys.application(id),
    queryFn: (): Promise<ApplicationView> => unwrap(api.GET('/applications/{id}', { params: { path: { id } } })),
    refetchInterval,
  });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: keys.timeline(id),
    queryFn: (): Promise<Timeline> => unwrap(api.GET('/applications/{id}/timeline', { params: { path: { id } } })),
  });
}

export { useDocuments } from '../../../lib/documents';

export function usePayments(id: string, refetchInterval?: number | false) {
  return useQuery({
    queryKey: keys.payments(id),
    queryFn: (): Promise<PaymentsOfApplication> => unwrap(api.GET('/applications/{id}/payments', { params: { path: { id } } })),
    refetchInterval,
  });
}

export function useMyLicences() {
  return useQuery({ queryKey: keys.licences, queryFn: async () => (await unwrap(api.GET('/licences'))) as unknown as LicenceView[] });
}

export function useLicence(number: string) {
  return useQuery({
    queryKey: keys.licence(number),
    queryFn: async () => (await unwrap(api.GET('/licences/{number}', { params: { path: { number } } }))) as unknown as LicenceView,
  });
}

export interface LicenceTypeSummary {
  slug: string;
  name: { th: string; en: string };
  kinds: ('new' | 'renew' | 'amend' | 'cancel')[];
  fees: { code: string; amountSatang: number | null; maxAmountSatang: number | null; due: string }[];
}

export function useLicenceType(slug: string | undefined) {
  return useQuery({
    queryKey: keys.licenceType(slug ?? ''),
    queryFn: async () => (await unwrap(api.GET('/licence-types/{slug}', { params: { path: { slug: slug! } } }))) as unknown as LicenceTypeSummary,
    enabled: !!slug,
    staleTime: 300_000,
  });
}

export type InformationRequest = components['schemas']['InformationRequestDto'];
export const informationRequestsKey = (id: string) => ['account', 'information-requests', id] as const;

/** The office's structured requests (REQUEST_INFO) for this application, each with its items and their answers. */
export function useInformationRequests(id: string, enabled = true) {
  return useQuery({
    queryKey: informationRequestsKey(id),
    queryFn: (): Promise<InformationRequest[]> => unwrap(api.GET('/applications/{id}/information-requests', { params: { path: { id } } })),
    enabled,
  });
}
