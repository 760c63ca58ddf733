import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, send, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

type Schemas = components['schemas'];
export type HearingSummary = Schemas['HearingSummaryView'];
export type HearingView = Schemas['HearingView'];
export type HearingComment = Schemas['HearingCommentView'];
export type HearingFollow = Schemas['HearingFollowView'];
export type Stance = HearingComment['stance'];
export type HearingFilter = NonNullable<operations['hearings_list']['parameters']['query']>;

/** The API's limits (the contract). */
export const COMMENT_MAX = 2000;
export const PHOTOS_MAX = 3;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const ANSWER_MAX = 5000;
export const PAGE_SIZE = 20;

export const hearingKeys = {
  list: (filter: HearingFilter) => ['public', 'hearings', 'list', filter] as const,
  one: (id: string) => ['public', 'hearings', 'one', id] as const,
  office: (id: string) => ['office', 'hearings', id] as const,
  follows: ['hearings', 'follows'] as const,
};

export function useHearings(filter: HearingFilter) {
  return useQuery({
    queryKey: hearingKeys.list(filter),
    queryFn: () => unwrap(api.GET('/hearings', { params: { query: { ...filter, limit: PAGE_SIZE } } })),
  });
}

export function useHearing(id: string) {
  return useQuery({ queryKey: hearingKeys.one(id), queryFn: () => unwrap(api.GET('/hearings/{id}', { params: { path: { id } } })) });
}

export function useOfficeHearing(id: string) {
  return useQuery({ queryKey: hearingKeys.office(id), queryFn: () => unwrap(api.GET('/office/hearings/{id}', { params: { path: { id } } })) });
}

export function feedUrl(filter: { province?: string; subdistrict?: string }): string {
  const params = new URLSearchParams(Object.entries({ province: filter.province, subdistrict: filter.subdistrict }).filter((e): e is [string, string] => !!e[1]));
  return '/api/v1/hearings/feed.atom' + (params.size ? `?${params.toString()}` : '');
}

export async function uploadCommentPhoto(file: File): Promise<{ id: string }> {
  const body = new FormData();
  body.append('file', file, file.name);
  return (await (await send('/api/v1/hearing-comments/photos', { method: 'POST', body })).json()) as { id: string };
}

export function useComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { stance: Stance; text: string; photoIds: string[] }) => unwrap(api.POST('/hearings/{id}/comments', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: hearingKeys.one(id) }),
  });
}

export function useFollows(enabled: boolean) {
  return useQuery({ queryKey: hearingKeys.follows, enabled, queryFn: () => unwrap(api.GET('/hearing-follows')) });
}

export function useFollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (subdistrictCode: string) => unwrap(api.POST('/hearing-follows', { body: { subdistrictCode } })),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.follows }),
  });
}

export function useUnfollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (subdistrictCode: string) => unwrap(api.DELETE('/hearing-follows/{subdistrictCode}', { params: { path: { subdistrictCode } } })),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.follows }),
  });
}

export function useHideComment(hearingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, reason }: { commentId: string; reason: string }) =>
      unwrap(api.POST('/office/hearings/{id}/comments/{commentId}/hide', { params: { path: { id: hearingId, commentId } }, body: { reason } })),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.office(hearingId) }),
  });
}

export function useAnswer(hearingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { commentIds: string[]; text: string }) => unwrap(api.POST('/hearings/{id}/answers', { params: { path: { id: hearingId } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.one(hearingId) }),
  });
}

/** Whole days from now until the end of the period (0 on its last day), as the public page shows "days left". */
export function daysLeft(closesAt: string, now = Date.now()): number {
  return Math.max(0, Math.floor((new Date(closesAt).getTime() - now) / 86_400_000));
}
