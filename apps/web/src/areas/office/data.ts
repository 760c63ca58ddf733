import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, send, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

type Schemas = components['schemas'];
export type WorkQueue = Schemas['WorkQueueView'];
export type WorkQueueItem = Schemas['WorkQueueItemView'];
export type ApplicationView = Schemas['ApplicationView'];
export type LicenceType = Schemas['LicenceTypeView'];
export type Message = Schemas['MessageDto'];
export type SendEvent = Schemas['SendEventDto'];
export type EventType = SendEvent['type'];
export type WorkQueueFilter = NonNullable<operations['workQueue_queue']['parameters']['query']>;

/** Reads of the office area, one key each, so a write refreshes exactly what it changed. */
export const officeKeys = {
  all: ['office'] as const,
  queue: (filter: WorkQueueFilter) => ['office', 'queue', filter] as const,
  application: (id: string) => ['office', 'application', id] as const,
  timeline: (id: string) => ['office', 'timeline', id] as const,
  payments: (id: string) => ['office', 'payments', id] as const,
  licenceType: (slug: string, version: number) => ['office', 'licence-type', slug, version] as const,
  areas: (parent: string) => ['office', 'areas', parent] as const,
};

export function useWorkQueue(filter: WorkQueueFilter) {
  return useQuery({
    queryKey: officeKeys.queue(filter),
    queryFn: () => unwrap(api.GET('/work-queue', { params: { query: filter } })),
    refetchInterval: 60_000,
  });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: officeKeys.application(id), queryFn: () => unwrap(api.GET('/applications/{id}', { params: { path: { id } } })) });
}

export function useTimeline(id: string) {
  return useQuery({ queryKey: officeKeys.timeline(id), queryFn: () => unwrap(api.GET('/applications/{id}/timeline', { params: { path: { id } } })) });
}

/** The licence type as the version an application runs on describes it (a published version does not change). */
export function useLicenceType(slug: string, version: number) {
  return useQuery({
    queryKey: officeKeys.licenceType(slug, version),
    queryFn: () => unwrap(api.GET('/licence-types/{slug}', { params: { path: { slug }, query: { version } } })),
    staleTime: Infinity,
  });
}

export function usePayments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: officeKeys.payments(id),
    queryFn: () => unwrap(api.GET('/applications/{id}/payments', { params: { path: { id } } })),
    enabled,
  });
}

/** After any write on an application: its reads and the queue are stale. */
function useRefreshApplication(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: officeKeys.application(id) }),
      client.invalidateQueries({ queryKey: officeKeys.timeline(id) }),
      client.invalidateQueries({ queryKey: officeKeys.payments(id) }),
      client.invalidateQueries({ queryKey: ['office', 'information-requests', id] }),
      client.invalidateQueries({ queryKey: ['office', 'inspections', id] }),
      client.invalidateQueries({ queryKey: ['office', 'precheck', id] }),
      client.invalidateQueries({ queryKey: ['office', 'queue'] }),
    ]);
}

export function useSendEvent(id: string) {
  const refresh = useRefreshApplication(id);
  return useMutation({
    mutationFn: (event: SendEvent) => unwrap(api.POST('/applications/{id}/events', { params: { path: { id } }, body: event })),
    onSettled: refresh,
  });
}

export function useClaim(id: string) {
  const refresh = useRefreshApplication(id);
  return useMutation({ mutationFn: () => unwrap(api.POST('/applications/{id}/claim', { params: { path: { id } } })), onSettled: refresh });
}

export function useRelease(id: string) {
  const refresh = useRefreshApplication(id);
  return useMutation({ mutationFn: () => unwrap(api.POST('/applications/{id}/release', { params: { path: { id } } })), onSettled: refresh });
}

export function useCounterPayment(id: string) {
  const refresh = useRefreshApplication(id);
  return useMutation({
    mutationFn: (body: Schemas['CounterPaymentDto']) => unwrap(api.POST('/applications/{id}/payments/counter', { params: { path: { id } }, body })),
    onSettled: refresh,
  });
}

/** Uploads one inspection photo (multipart `file`); its id goes into RECORD_INSPECTION's `photoIds`. */
export function useUploadInspectionPhoto(id: string) {
  return useMutation({
    mutationFn: async (file: File): Promise<Schemas['InspectionPhotoDto']> => {
      const body = new FormData();
      body.append('file', file);
      const res = await send(`/api/v1/applications/${encodeURIComponent(id)}/inspection-photos`, { method: 'POST', body, headers: { Accept: 'application/json' } });
      return (await res.json()) as Schemas['InspectionPhotoDto'];
    },
  });
}

export function useInformationRequests(id: string) {
  return useQuery({
    queryKey: ['office', 'information-requests', id],
    queryFn: () => unwrap(api.GET('/applications/{id}/information-requests', { params: { path: { id } } })),
  });
}

export function useInspections(id: string) {
  return useQuery({ queryKey: ['office', 'inspections', id], queryFn: () => unwrap(api.GET('/applications/{id}/inspections', { params: { path: { id } } })) });
}

export type Precheck = Schemas['PrecheckDto'];

/** The system's pre-check (officers, approvers and the head of office); asked again every 2 s while it is being prepared. */
export function usePrecheck(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['office', 'precheck', id],
    queryFn: () => unwrap(api.GET('/applications/{id}/precheck', { params: { path: { id } } })),
    enabled,
    refetchInterval: (query) => (query.state.data?.state === 'preparing' ? 2000 : false),
  });
}

/** Checks again now (POST …/precheck); the answer replaces the one shown. */
export function useRecheck(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/applications/{id}/precheck', { params: { path: { id } } })),
    onSuccess: (precheck) => client.setQueryData(['office', 'precheck', id], precheck),
  });
}

/** The applicant's rating of the service (GET …/satisfaction: officers and the head of office only). */
export function useSatisfaction(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['office', 'satisfaction', id], queryFn: () => unwrap(api.GET('/applications/{id}/satisfaction', { params: { path: { id } } })), enabled });
}

export const QUEUE_FILTER_KEYS = ['status', 'licenceType', 'subdistrict', 'assignee', 'kind'] as const;
export type QueueFilterKey = (typeof QUEUE_FILTER_KEYS)[number];
export type SavedView = Schemas['SavedWorkQueueView'];
export type OfficeDashboard = Schemas['OfficeDashboardView'];

export function useStaff() {
  return useQuery({ queryKey: ['office', 'staff'], queryFn: () => unwrap(api.GET('/work-queue/staff')), staleTime: 60_000 });
}

export function useSavedViews() {
  return useQuery({ queryKey: ['office', 'views'], queryFn: () => unwrap(api.GET('/work-queue/views')) });
}

export function useCreateView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateWorkQueueViewDto']) => unwrap(api.POST('/work-queue/views', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['office', 'views'] }),
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/work-queue/views/{id}', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['office', 'views'] }),
  });
}

/** Takes several applications at once, all or none (POST /work-queue/claim). */
export function useClaimMany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (applicationIds: string[]) => unwrap(api.POST('/work-queue/claim', { body: { applicationIds } })),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['office', 'queue'] }), client.invalidateQueries({ queryKey: ['office', 'staff'] })]),
  });
}

/** The head of office hands several applications to one person, all or none (POST /work-queue/reassign). */
export function useAssignMany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ReassignDto']) => unwrap(api.POST('/work-queue/reassign', { body })),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['office', 'queue'] }), client.invalidateQueries({ queryKey: ['office', 'staff'] })]),
  });
}

/** Every licence type (GET /licence-types), one request shared by the queue's filter and the names of the ratings list. */
const licenceTypesQuery = { queryKey: ['office', 'licence-types'] as const, staleTime: 5 * 60_000, queryFn: () => unwrap(api.GET('/licence-types')) };
type LicenceTypeSummary = Schemas['LicenceTypeSummaryView'];
const localTypes = (types: LicenceTypeSummary[]) => types.filter((type) => type.agency.level === 'local');
const namesBySlug = (types: LicenceTypeSummary[]) => new Map(types.map((type) => [type.slug, type.name] as const));

/** The licence types local offices handle, for the queue's filter. */
export function useLocalLicenceTypes() {
  return useQuery({ ...licenceTypesQuery, select: localTypes });
}

/** Licence types' names by slug (a slug with no name is shown as it is). */
export function useLicenceTypeNames() {
  return useQuery({ ...licenceTypesQuery, select: namesBySlug });
}

/** The subdistricts of the given districts (GET /areas?parent=<district>), each with the local office serving it. */
export function useSubdistricts(districtCodes: string[]) {
  const unique = [...new Set(districtCodes)].sort();
  return useQuery({
    queryKey: officeKeys.areas(unique.join(',')),
    enabled: unique.length > 0,
    staleTime: Infinity,
    placeholderData: (previous) => previous,
    queryFn: async () => (await Promise.all(unique.map((parent) => unwrap(api.GET('/areas', { params: { query: { parent } } }))))).flatMap((list) => list.items),
  });
}

export function useDashboard() {
  return useQuery({ queryKey: ['office', 'dashboard'], queryFn: () => unwrap(api.GET('/work-queue/dashboard')), refetchInterval: 60_000 });
}

export type HeldPayment = Schemas['HeldPaymentView'];

/** Money held for the office (GET /held-payments), refreshed every minute. */
export function useHeldPayments() {
  return useQuery({ queryKey: ['office', 'held-payments'], queryFn: () => unwrap(api.GET('/held-payments')), refetchInterval: 60_000 });
}

/** Refunds held money or accepts it as the fee, with the officer's reason. */
export function useResolveHeldPayment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason, refundReference }: { id: string; action: 'refund' | 'accept'; reason: string; refundReference?: string }) =>
      action === 'accept'
        ? unwrap(api.POST('/payments/{id}/accept', { params: { path: { id } }, body: { reason } }))
        : unwrap(api.POST('/payments/{id}/refund', { params: { path: { id } }, body: { reason, ...(refundReference ? { refundReference } : {}) } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['office'] }),
  });
}

export type OfficeRating = Schemas['OfficeRatingView'];

/** The office's ratings, newest first, a page of `limit` older than the rating `before` (GET /satisfaction/office). */
export function useOfficeRatings(limit: number, before: string | undefined) {
  return useQuery({
    queryKey: ['office', 'ratings', limit, before ?? null],
    queryFn: () => unwrap(api.GET('/satisfaction/office', { params: { query: { limit, ...(before ? { before } : {}) } } })),
  });
}
