import { useQuery } from '@tanstack/react-query';
import { api, send, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type DocumentList = components['schemas']['DocumentListDto'];
export type UploadedDocument = components['schemas']['DocumentDto'];

export const documentsKey = (id: string) => ['applications', id, 'documents'] as const;

/** An application's documents: the current upload per code, the required ones still missing, and whether upload is open. */
export function useDocuments(id: string) {
  return useQuery({
    queryKey: documentsKey(id),
    queryFn: (): Promise<DocumentList> => unwrap(api.GET('/applications/{id}/documents', { params: { path: { id } } })),
  });
}

export function documentUrl(applicationId: string, documentId: string) {
  return `/api/v1/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(documentId)}`;
}

/** The server decides (DOCUMENT_MAX_BYTES, content sniffing); these only spare a phone a pointless upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_ACCEPT = 'application/pdf,image/jpeg,image/png';
const UPLOAD_TYPES = new Set(UPLOAD_ACCEPT.split(','));

/** Why a chosen file cannot be sent (each page words it in its own texts), or null. */
export function uploadProblem(file: File | undefined): 'noFile' | 'empty' | 'tooBig' | 'wrongType' | null {
  if (!file) return 'noFile';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_UPLOAD_BYTES) return 'tooBig';
  if (file.type && !UPLOAD_TYPES.has(file.type)) return 'wrongType';
  return null;
}

/** Uploads `file` as the application's document `code` (multipart); the current upload of that code is replaced. */
export async function uploadDocument(applicationId: string, code: string, file: File): Promise<void> {
  const body = new FormData();
  body.append('code', code);
  body.append('file', file, file.name);
  await send(`/api/v1/applications/${encodeURIComponent(applicationId)}/documents`, { method: 'POST', body });
}
