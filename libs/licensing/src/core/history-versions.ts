import { MIGRATED_EVENT, type CompiledWorkflow, type LocalizedText } from '@bizportal/engine';
import type { ApplicationEventEntity } from './application.entities';

/**
 * The workflow version each history row was written under: an application keeps its version until an official
 * migrates it (a `MIGRATED` row, whose data names the versions), so rows before the first migration belong to its
 * `fromVersion`, the migration row goes from one to the other, and later rows to its `toVersion`.
 */
export function historyVersions(events: readonly Pick<ApplicationEventEntity, 'type' | 'data'>[], currentVersion: number): { from: number; to: number }[] {
  const firstMigration = events.find((e) => e.type === MIGRATED_EVENT);
  let version = firstMigration ? Number(firstMigration.data?.fromVersion) : currentVersion;
  return events.map((e) => {
    const from = version;
    if (e.type === MIGRATED_EVENT) version = Number(e.data?.toVersion);
    return { from, to: version };
  });
}

/**
 * Labels of the states named in a history, each from the version it was written under (a state a later version
 * renamed or dropped keeps its label). `workflowAt` gives the compiled workflow of a version.
 */
export async function historyStateLabels(
  events: readonly Pick<ApplicationEventEntity, 'type' | 'data' | 'fromState' | 'toState'>[],
  currentVersion: number,
  workflowAt: (version: number) => Promise<CompiledWorkflow>,
): Promise<{ from: LocalizedText; to: LocalizedText }[]> {
  const versions = historyVersions(events, currentVersion);
  const workflows = new Map<number, CompiledWorkflow>();
  for (const v of new Set(versions.flatMap((x) => [x.from, x.to]))) workflows.set(v, await workflowAt(v));
  const label = (version: number, state: string): LocalizedText => workflows.get(version)?.definition.machine.states[state]?.meta.label ?? { th: state, en: state };
  return events.map((e, i) => ({ from: label(versions[i].from, e.fromState), to: label(versions[i].to, e.toState) }));
}
