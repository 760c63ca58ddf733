import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';

// TEMPORARY: typed by hand from the contract until the generated schema has the hearings routes.
type Bilingual = { th: string; en: string };
type Area = { code: string; name: Bilingual };
export type Stance = 'support' | 'oppose' | 'neutral';
export interface HearingSummary {
  id: string;
  applicationId?: string;
  reference: string;
  licenceType: { slug: string; name: Bilingual };
  proposer: { kind: 'company' | 'person'; name: string };
  businessName: string;
  premises: { address: string; subdistrict: Area; district: Area; province: Area };
  opensAt: string;
  closesAt: string;
  status: 'open' | 'closed' | 'concluded';
  commentCount: number;
}
export interface HearingComment {
  id: string;
  number: number;
  stance: Stance;
  text: string | null;
  photos: { id: string; url: string }[];
  postedAt: string;
  hidden: { reason: string; hiddenAt: string } | null;
  commenter?: { name: string };
}
export interface HearingAnswer {
  id: string;
  commentNumbers: number[];
  text: string;
  answeredAt: string;
}
export interface HearingView extends HearingSummary {
  notice: string;
  documents: { id: string; label: Bilingual; fileName: string; url: string }[];
  comments: HearingComment[];
  answers: HearingAnswer[];
  result: {
    summary: string;
    points: string[];
    counts: { support: number; oppose: number; neutral: number; hidden: number };
    concludedAt: string;
    letter: { licenceNumber: string; verifyUrl: string } | null;
  } | null;
  canComment: boolean;
}
export interface HearingFollow {
  subdistrict: Area;
  district: Area;
  province: Area;
  followedAt: string;
}
export interface HearingFilter {
  province?: string;
  subdistrict?: string;
  status?: 'open' | 'closed';
  before?: string;
}

async function getJson<T>(path: string): Promise<T> {
  return (await (await send(path, { method: 'GET' })).json()) as T;
}
async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (res.status === 204 ? undefined : await res.json()) as T;
}
function query(params: Record<string, string | undefined>): string {
  const kept = Object.entries(params).filter((e): e is [string, string] => !!e[1]);
  return kept.length ? '?' + new URLSearchParams(kept).toString() : '';
}

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
    queryFn: () => getJson<{ items: HearingSummary[]; nextBefore: string | null }>('/api/v1/hearings' + query({ ...filter, limit: String(PAGE_SIZE) })),
  });
}

export function useHearing(id: string) {
  return useQuery({ queryKey: hearingKeys.one(id), queryFn: () => getJson<HearingView>(`/api/v1/hearings/${encodeURIComponent(id)}`) });
}

export function useOfficeHearing(id: string) {
  return useQuery({ queryKey: hearingKeys.office(id), queryFn: () => getJson<HearingView>(`/api/v1/office/hearings/${encodeURIComponent(id)}`) });
}

export function feedUrl(filter: { province?: string; subdistrict?: string }): string {
  return '/api/v1/hearings/feed.atom' + query({ province: filter.province, subdistrict: filter.subdistrict });
}

export async function uploadCommentPhoto(file: File): Promise<{ id: string }> {
  const body = new FormData();
  body.append('file', file, file.name);
  return (await (await send('/api/v1/hearing-comments/photos', { method: 'POST', body })).json()) as { id: string };
}

export function useComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { stance: Stance; text: string; photoIds: string[] }) => postJson<{ id: string; number: number }>(`/api/v1/hearings/${encodeURIComponent(id)}/comments`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: hearingKeys.one(id) }),
  });
}

export function useFollows(enabled: boolean) {
  return useQuery({ queryKey: hearingKeys.follows, enabled, queryFn: () => getJson<HearingFollow[]>('/api/v1/hearing-follows') });
}

export function useFollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (subdistrictCode: string) => postJson<unknown>('/api/v1/hearing-follows', { subdistrictCode }),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.follows }),
  });
}

export function useUnfollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (subdistrictCode: string) => send(`/api/v1/hearing-follows/${encodeURIComponent(subdistrictCode)}`, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.follows }),
  });
}

export function useHideComment(hearingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, reason }: { commentId: string; reason: string }) =>
      postJson<unknown>(`/api/v1/office/hearings/${encodeURIComponent(hearingId)}/comments/${encodeURIComponent(commentId)}/hide`, { reason }),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.office(hearingId) }),
  });
}

export function useAnswer(hearingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { commentIds: string[]; text: string }) => postJson<unknown>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/answers`, body),
    onSettled: () => client.invalidateQueries({ queryKey: hearingKeys.one(hearingId) }),
  });
}

/** Whole days from now until the end of the period (0 on its last day), as the public page shows "days left". */
export function daysLeft(closesAt: string, now = Date.now()): number {
  return Math.max(0, Math.floor((new Date(closesAt).getTime() - now) / 86_400_000));
}
