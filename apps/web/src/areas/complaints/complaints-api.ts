import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type Complaint = Schemas['ComplaintView'];
export type ComplaintLicence = Schemas['ComplaintLicenceView'];
export type ComplaintSummary = Schemas['ComplaintSummaryView'];
export type PublicComplaint = Schemas['PublicComplaintView'];
export type ComplaintPhoto = Schemas['ComplaintPhotoView'];

/** The API's limits (FileComplaintDto, AnswerComplaintDto). */
export const DESCRIPTION_MIN = 10;
export const TEXT_MAX = 2000;
export const PHOTOS_MAX = 5;

export const complaintKeys = {
  one: (id: string) => ['complaints', 'one', id] as const,
  mine: ['complaints', 'mine'] as const,
  office: (status: string) => ['complaints', 'office', status] as const,
  public: (reference: string) => ['complaints', 'public', reference] as const,
};

export function useComplaint(id: string) {
  return useQuery({ queryKey: complaintKeys.one(id), queryFn: () => unwrap(api.GET('/complaints/{id}', { params: { path: { id } } })) });
}

export function complaintPhotoUrl(id: string, photoId: string) {
  return `/api/v1/complaints/${encodeURIComponent(id)}/photos/${encodeURIComponent(photoId)}`;
}

/** Complaint references are letters, digits and dashes (RC-2569-7K3M9Q2P); spaces typed around them are dropped. */
export function cleanReference(text: string): string {
  return text.trim().replace(/\s+/g, '').toUpperCase();
}
