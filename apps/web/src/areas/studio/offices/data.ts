import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';

export type OfficeSummary = components['schemas']['OfficeSummaryView'];
export type OfficeDetail = components['schemas']['OfficeDetailView'];
export type Invitation = components['schemas']['StaffInvitationView'];
export type Area = components['schemas']['AreaItemView'];
export type OfficeKind = components['schemas']['CreateOfficeDto']['kind'];

/** The kinds an office can be, in the API's order (its enum). */
export const OFFICE_KINDS: OfficeKind[] = ['city_municipality', 'town_municipality', 'subdistrict_municipality', 'sao', 'pattaya_city', 'bma_district_office'];
/** The roles an invitation may give. */
export const INVITABLE_ROLES = ['officer', 'approver', 'signer', 'head_of_office'] as const;
/** As the API checks it (CreateOfficeDto.id). */
export const OFFICE_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])$/;

export const OFFICES_KEY = ['studio', 'offices'] as const;
export const officeKey = (id: string) => [...OFFICES_KEY, 'office', id] as const;

export function useOffices(province: string | undefined, after: string | undefined) {
  return useQuery({
    queryKey: [...OFFICES_KEY, 'list', province ?? '', after ?? ''],
    queryFn: () => unwrap(api.GET('/admin/offices', { params: { query: { ...(province ? { province } : {}), ...(after ? { after } : {}), limit: 50 } } })),
  });
}

export function useOffice(id: string) {
  return useQuery({ queryKey: officeKey(id), queryFn: () => unwrap(api.GET('/admin/offices/{id}', { params: { path: { id } } })) });
}

/**
 * GET /areas: the provinces, a province's districts, a district's subdistricts with the office serving each today.
 * Subdistrict lists are read afresh (who serves them changes with every save here); names are kept an hour.
 */
export function useAreas(parent: string | undefined, enabled = true) {
  const subdistricts = parent?.length === 4;
  return useQuery({
    queryKey: subdistricts ? [...OFFICES_KEY, 'areas', parent] : ['public', 'areas', parent ?? ''],
    enabled,
    staleTime: subdistricts ? 0 : 60 * 60_000,
    queryFn: async () => (await unwrap(api.GET('/areas', { params: { query: parent ? { parent } : {} } }))) as { parent: Area | null; items: Area[] },
  });
}
