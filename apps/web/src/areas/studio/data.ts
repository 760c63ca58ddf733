import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type LicenceTypeSummary = Schemas['AdminLicenceTypeView'];
export type VersionSummary = Schemas['WorkflowVersionSummaryView'];
export type VersionDetail = Schemas['WorkflowVersionView'];
export type DraftPreview = Schemas['DraftPreviewView'];
export type WorkflowGraph = Schemas['WorkflowGraphView'];
export type GraphState = Schemas['GraphStateView'];
export type GraphTransition = Schemas['GraphTransitionView'];
export type Vocabulary = Schemas['EditorVocabularyView'];
export type Simulation = Schemas['SimulationResultView'];
export type WorkflowDiff = Schemas['WorkflowDiffView'];
export type Definition = Record<string, unknown>;
export type MigrationPlan = Schemas['MigrationPlanView'];
export type MigrationSummary = Schemas['MigrationView'];
export type MigrationReport = Schemas['MigrationReportView'];
export type MigrationOutcome = Schemas['MigrationOutcome'];
export type MigrationRequest = Omit<Schemas['StartMigrationDto'], 'dryRun' | 'skipRefused'> & { skipRefused?: boolean };

/** Reads of the studio, one key each. */
export const studioKeys = {
  all: ['studio'] as const,
  types: ['studio', 'licence-types'] as const,
  versions: (slug: string) => ['studio', 'versions', slug] as const,
  version: (slug: string, version: number) => ['studio', 'version', slug, version] as const,
  vocabulary: ['studio', 'vocabulary'] as const,
  schema: ['studio', 'schema'] as const,
  graph: (slug: string, version: number) => ['studio', 'graph', slug, version] as const,
  diff: (slug: string, from: number, to: number) => ['studio', 'diff', slug, from, to] as const,
  migrations: (slug: string) => ['studio', 'migrations', slug] as const,
  migration: (slug: string, id: string, outcome?: string) => ['studio', 'migrations', slug, id, outcome ?? 'all'] as const,
};

export function useLicenceTypes() {
  return useQuery({ queryKey: studioKeys.types, queryFn: () => unwrap(api.GET('/admin/licence-types')) });
}

export function useVersions(slug: string) {
  return useQuery({ queryKey: studioKeys.versions(slug), queryFn: () => unwrap(api.GET('/admin/licence-types/{slug}/versions', { params: { path: { slug } } })) });
}

export function useVersion(slug: string, version: number) {
  return useQuery({
    queryKey: studioKeys.version(slug, version),
    queryFn: () => unwrap(api.GET('/admin/licence-types/{slug}/versions/{version}', { params: { path: { slug, version } } })),
    enabled: Number.isInteger(version) && version > 0,
  });
}

export function useVocabulary() {
  return useQuery({ queryKey: studioKeys.vocabulary, queryFn: () => unwrap(api.GET('/admin/workflow-editor/vocabulary')), staleTime: Infinity });
}

export function useDefinitionSchema() {
  return useQuery({ queryKey: studioKeys.schema, queryFn: () => unwrap(api.GET('/admin/workflow-editor/schema')) as Promise<Record<string, unknown>>, staleTime: Infinity });
}

export function previewDraft(definition: Definition, licenceType?: string): Promise<DraftPreview> {
  return unwrap(api.POST('/admin/workflow-editor/preview', { body: { definition: definition as never, ...(licenceType ? { licenceType } : {}) } }));
}

/** The graph (and problems) of a stored version: its definition previewed, nothing stored. */
export function useVersionGraph(slug: string, version: number, definition: Definition | undefined) {
  return useQuery({
    queryKey: studioKeys.graph(slug, version),
    queryFn: () => previewDraft(definition!, slug),
    enabled: !!definition,
    staleTime: Infinity,
  });
}

/**
 * The draft drawn as it is typed: the preview is asked for `delay` ms after the last change (a newer answer always
 * wins over an older one), so typing is never held up by the server.
 */
export function useLivePreview(definition: Definition | null, licenceType: string | undefined, delay = 400) {
  const [preview, setPreview] = useState<DraftPreview | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [pending, setPending] = useState(false);
  const key = definition ? JSON.stringify(definition) : null;
  useEffect(() => {
    if (!key) return;
    let stale = false;
    setPending(true);
    const timer = setTimeout(() => {
      previewDraft(JSON.parse(key) as Definition, licenceType)
        .then((answer) => {
          if (stale) return;
          setPreview(answer);
          setError(null);
        })
        .catch((e: Error) => !stale && setError(e))
        .finally(() => !stale && setPending(false));
    }, delay);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [key, licenceType, delay]);
  return { preview, error, pending };
}

export function useCreateLicenceType() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (definition: Definition) => unwrap(api.POST('/admin/licence-types', { body: { definition: definition as never } })),
    onSuccess: () => client.invalidateQueries({ queryKey: studioKeys.all }),
  });
}

export function useCreateVersion(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (definition: Definition) => unwrap(api.POST('/admin/licence-types/{slug}/versions', { params: { path: { slug } }, body: { definition: definition as never } })),
    onSuccess: () => client.invalidateQueries({ queryKey: studioKeys.all }),
  });
}

export function usePublish(slug: string, version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/admin/licence-types/{slug}/versions/{version}/publish', { params: { path: { slug, version } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: studioKeys.all }),
  });
}

export type SimulatedEvent = { type: string; as: { roles: Schemas['SimulatedActorDto']['roles'] }; comment?: string; data?: Record<string, unknown> };
export type SimulationContext = Partial<NonNullable<Schemas['SimulateWorkflowDto']['context']>>;

export function simulate(slug: string, version: number, events: SimulatedEvent[], context: SimulationContext): Promise<Simulation> {
  return unwrap(api.POST('/admin/licence-types/{slug}/versions/{version}/simulate', { params: { path: { slug, version } }, body: { events: events as never, context: context as never } }));
}

export function useDiff(slug: string, from: number, to: number) {
  return useQuery({
    queryKey: studioKeys.diff(slug, from, to),
    queryFn: () => unwrap(api.GET('/admin/licence-types/{slug}/diff', { params: { path: { slug }, query: { from, to } } })),
    enabled: from > 0 && to > 0,
  });
}

/** The machine's template and parameters, when it was built from one (stored definitions keep them under `template`). */
export function templateOf(definition: Definition): { name: string; params: Record<string, unknown> } | null {
  const machine = definition.machine as { template?: unknown; params?: unknown } | undefined;
  if (machine && typeof machine.template === 'string') return { name: machine.template, params: (machine.params ?? {}) as Record<string, unknown> };
  const template = definition.template as { name?: unknown; params?: unknown } | undefined;
  if (template && typeof template.name === 'string') return { name: template.name, params: (template.params ?? {}) as Record<string, unknown> };
  return null;
}

/**
 * A stored definition as an official edits it: a template-built one goes back to `machine: {template, params}` (the
 * expanded machine is the template's output, redrawn from the parameters), a full machine stays as it is.
 */
export function editableDefinition(stored: Definition): Definition {
  const template = templateOf(stored);
  const { template: _drop, ...rest } = stored;
  void _drop;
  if (!template) return rest;
  return { ...rest, machine: { template: template.name, params: template.params } };
}

export function useMigrations(slug: string) {
  return useQuery({ queryKey: studioKeys.migrations(slug), queryFn: () => unwrap(api.GET('/admin/licence-types/{slug}/migrations', { params: { path: { slug } } })) });
}

/** A migration's report, asked for again every second while it runs. */
export function useMigrationReport(slug: string, id: string, outcome?: MigrationOutcome) {
  return useQuery({
    queryKey: studioKeys.migration(slug, id, outcome),
    queryFn: () => unwrap(api.GET('/admin/licence-types/{slug}/migrations/{id}', { params: { path: { slug, id }, query: outcome ? { outcome } : {} } })),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1_000 : false),
  });
}

/** The checked plan of a migration; nothing is stored or moved. */
export async function planMigration(slug: string, request: MigrationRequest): Promise<MigrationPlan> {
  return (await unwrap(api.POST('/admin/licence-types/{slug}/migrations', { params: { path: { slug } }, body: { ...request, skipRefused: request.skipRefused ?? false, dryRun: true } }))) as MigrationPlan;
}

export function useStartMigration(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: MigrationRequest) => (await unwrap(api.POST('/admin/licence-types/{slug}/migrations', { params: { path: { slug } }, body: { ...request, skipRefused: request.skipRefused ?? false, dryRun: false } }))) as MigrationSummary,
    onSuccess: () => client.invalidateQueries({ queryKey: studioKeys.all }),
  });
}
