import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import { addTexts } from '../../../i18n';
import texts from './texts';
import './apply.css';

addTexts('apply', texts);

/**
 * Local shapes of the API's answers the generated types do not describe yet (read from
 * libs/licensing/src/applications/application-support.ts, catalogue-views.ts, applicant-data.views.ts
 * and libs/identity/src/areas/areas.service.ts). The lead regenerates api/schema.d.ts after merging.
 */
export interface Bilingual {
  th: string;
  en: string;
}

export interface FieldProblem {
  field?: string;
  guard?: string;
  problem: string;
}

export interface ApplicationView {
  id: string;
  trackingNumber: string;
  licenceType: { slug: string; name: Bilingual; workflowVersion: number };
  business: string | null;
  kind: string;
  delivery: { method: DeliveryMethod; address: string | null };
  state: string;
  stateLabel: Bilingual;
  status: string;
  statusLabel: Bilingual;
  version: number;
  availableEvents: { type: string; label: Bilingual }[];
  agency: { id: string; name: Bilingual } | null;
  holder: HolderView;
  premises: Premises;
  form: Record<string, unknown>;
  formProblems: FieldProblem[];
  expectedCompletionAt: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Premises {
  address: string;
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
}

export type DeliveryMethod = 'e-licence' | 'pickup' | 'post';

export type { CitizenView, JuristicPersonView, ThaiAddressView } from '../../../components/ApplicantRecords';
import type { CitizenView, JuristicPersonView } from '../../../components/ApplicantRecords';

export interface HolderView {
  type: 'person' | 'juristic';
  id: string | null;
  name: Bilingual | null;
  dataSource: string | null;
  fetchedAt: string | null;
  confirmedAt: string | null;
  actingDirector: { name: Bilingual | string } | null;
  juristicPerson: JuristicPersonView | null;
  applicantRecord: CitizenView | null;
}

export interface LicenceTypeView {
  slug: string;
  name: Bilingual;
  category: string;
  agency: { level: 'local' | 'provincial' | 'central'; name?: Bilingual; code?: string };
  kinds: string[];
  processingDays: number | null;
  processingDaysText: Bilingual;
  fees: { code: string; amountSatang: number | null; maxAmountSatang: number | null; due: string }[];
  feeText: Bilingual;
  documents: { code: string; label?: Bilingual; required: boolean }[];
  form: Record<string, unknown>;
}

export interface AreaView {
  code: string;
  level: 'province' | 'district' | 'subdistrict';
  parentCode: string | null;
  name: Bilingual;
  areasListed?: boolean;
  postcodes?: string[];
  localOffice?: { id: string; name: Bilingual } | null;
}

export type { DocumentList, UploadedDocument as DocumentView } from '../../../lib/documents';
export { useDocuments } from '../../../lib/documents';

export const applicationKey = (id: string) => ['applications', id] as const;

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: async () => (await unwrap(api.GET('/applications/{id}', { params: { path: { id } } }))) as unknown as ApplicationView,
  });
}

/**
 * A licence type as one of its published versions describes it: an application's pages pass the version it runs on
 * (its form and documents stay that version's after an official publishes another); the start page the current one.
 */
export function useLicenceType(slug: string | undefined, version?: number) {
  return useQuery({
    queryKey: ['public', 'licence-type', slug, version ?? 'current'],
    enabled: !!slug,
    staleTime: version ? Infinity : 5 * 60_000,
    queryFn: async () =>
      (await unwrap(api.GET('/licence-types/{slug}', { params: { path: { slug: slug! }, query: version ? { version } : {} } }))) as unknown as LicenceTypeView,
  });
}

export function useAreas(parent: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['public', 'areas', parent ?? ''],
    enabled,
    staleTime: 60 * 60_000,
    queryFn: async () =>
      (await unwrap(api.GET('/areas', { params: { query: parent ? { parent } : {} } }))) as unknown as { parent: AreaView | null; items: AreaView[] },
  });
}

/** The names of the premises' province, district and subdistrict, for showing an address. */
export function usePremisesNames(premises: Premises | undefined) {
  const provinces = useAreas(undefined, !!premises);
  const districts = useAreas(premises?.provinceCode, !!premises);
  const subdistricts = useAreas(premises?.districtCode, !!premises);
  if (!premises) return null;
  const find = (list: { items: AreaView[] } | undefined, code: string) => list?.items.find((a) => a.code === code);
  return {
    province: find(provinces.data, premises.provinceCode),
    district: find(districts.data, premises.districtCode),
    subdistrict: find(subdistricts.data, premises.subdistrictCode),
  };
}

export function useApplicantData(enabled = true) {
  return useQuery({
    queryKey: ['me', 'applicant-data'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => (await unwrap(api.GET('/me/applicant-data'))) as unknown as { citizen: CitizenView; companies: JuristicPersonView[] },
  });
}

/** The CHOOSE_DELIVERY events in the history tell whether the applicant has made the choice yet. */
export function useTimeline(id: string) {
  return useQuery({
    queryKey: ['applications', id, 'timeline'],
    queryFn: async () =>
      (await unwrap(api.GET('/applications/{id}/timeline', { params: { path: { id } } }))) as unknown as { entries: { event: string; at?: string }[] },
  });
}

/** PATCH the draft: form changes (null removes a field) and/or the confirmation of the government data. */
export function useSaveDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { form?: Record<string, unknown>; confirmApplicantData?: true; expectedVersion?: number }) =>
      (await unwrap(api.PATCH('/applications/{id}', { params: { path: { id } }, body: body as never }))) as unknown as ApplicationView,
    onSuccess: (app) => client.setQueryData(applicationKey(id), app),
  });
}

/** GET /policies: the privacy notice version SUBMIT must carry and what it covers (shared with the /privacy page's query). */
export function usePolicies() {
  return useQuery({ queryKey: ['policies'], queryFn: () => unwrap(api.GET('/policies')), staleTime: 10 * 60_000 });
}

export function useSendEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { type: string; comment?: string; data?: Record<string, unknown>; expectedVersion?: number }) =>
      (await unwrap(api.POST('/applications/{id}/events', { params: { path: { id } }, body: body as never }))) as unknown as ApplicationView,
    onSuccess: (app) => {
      client.setQueryData(applicationKey(id), app);
      void client.invalidateQueries({ queryKey: ['applications', id, 'timeline'] });
      void client.invalidateQueries({ queryKey: ['applications'], exact: true });
    },
  });
}

/** Field problems from an API error body (FORM_INVALID, VALIDATION_FAILED, EVENT_CONDITION_FAILED…). */
export function problemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.body.details;
  if (Array.isArray(details)) return details.filter((d): d is FieldProblem => !!d && typeof d === 'object' && 'problem' in d);
  return [];
}

export function isDraft(app: ApplicationView) {
  return app.status === 'draft';
}

export { splitBilingual } from '../../../lib/format';

/** Bytes in KB/MB, for file sizes. */
export function formatSize(bytes: number | null | undefined, language: string): string {
  if (bytes == null) return '';
  const nf = (n: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'th-TH', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${nf(bytes)} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} KB`;
  return `${nf(bytes / (1024 * 1024))} MB`;
}

/** Where a section page returns to: the check-answers page when it sent the user there, else the task list. */
export function returnPath(id: string, search: URLSearchParams) {
  return search.get('from') === 'check' ? `/applications/${id}/check` : `/applications/${id}/tasks`;
}

/** The server's form problems (ajv's English, see libs/engine ajv.ts describeAjvError) in the user's language. */
export function localiseProblem(problem: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const rules: [RegExp, string, (m: RegExpMatchArray) => Record<string, unknown>][] = [
    [/^must match format "(.+)"$/, 'format', (m) => ({ format: m[1] })],
    [/^must NOT have more than (\d+) characters$/, 'maxLength', (m) => ({ n: m[1] })],
    [/^must NOT have fewer than (\d+) characters?$/, 'minLength', (m) => ({ n: m[1] })],
    [/^must be <= (.+)$/, 'maximum', (m) => ({ n: m[1] })],
    [/^must be >= (.+)$/, 'minimum', (m) => ({ n: m[1] })],
    [/^must be < (.+)$/, 'exclusiveMaximum', (m) => ({ n: m[1] })],
    [/^must be > (.+)$/, 'exclusiveMinimum', (m) => ({ n: m[1] })],
    [/^must match pattern/, 'pattern', () => ({})],
    [/^must be integer$/, 'integer', () => ({})],
    [/^must be number$/, 'number', () => ({})],
    [/^must be one of/, 'enum', () => ({})],
    [/^is not a known field$/, 'unknown', () => ({})],
  ];
  for (const [pattern, key, params] of rules) {
    const m = problem.match(pattern);
    if (m) return t(`form.problems.${key}`, params(m));
  }
  return problem;
}
