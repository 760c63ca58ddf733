import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';

export type Grant = components['schemas']['GrantView'];
export type GrantDetail = components['schemas']['GrantDetailView'];

export const GRANTS_KEY = ['grants'] as const;
export const grantKey = (id: string) => [...GRANTS_KEY, id] as const;

export function useGrants() {
  return useQuery({ queryKey: GRANTS_KEY, queryFn: () => unwrap(api.GET('/grants')) });
}

export function useGrant(id: string | undefined) {
  return useQuery({ queryKey: grantKey(id ?? ''), enabled: !!id, retry: false, queryFn: () => unwrap(api.GET('/grants/{id}', { params: { path: { id: id! } } })) });
}

/** The licence types an applicant may choose (GET /licence-types), by slug. */
/** The licence types a grant may name (the finder's list, under the same query key). */
export function useLicenceTypes() {
  return useQuery({ queryKey: ['public', 'licence-types'], queryFn: () => unwrap(api.GET('/licence-types', { params: { query: {} } })) });
}

/** Her citizen record and the companies she directs (the apply journey's query key): who may grant. */
export function useApplicantData() {
  return useQuery({ queryKey: ['me', 'applicant-data'], staleTime: 5 * 60_000, queryFn: () => unwrap(api.GET('/me/applicant-data')) });
}
