import { Injectable } from '@nestjs/common';
import { In, type FindOptionsWhere } from 'typeorm';
import type { DomainError } from '@bizportal/common';
import {
  missingForState,
  migrationPlanProblems,
  waitingActorKinds,
  type CompiledWorkflow,
  type MigrationFacts,
  type MigrationPlanProblem,
  type MissingFact,
} from '@bizportal/engine';
import { CatalogueService } from '../../catalogue';
import { ApplicationStore, WorkflowFacts, type ApplicationEntity } from '../../core';
import { WorkflowVersions } from '../workflow-versions.service';
import type { StartMigrationDto } from '../dto/migration.dto';
import { MigrationErrors } from './migration-errors';

export interface PlannedApplication {
  app: ApplicationEntity;
  toState: string;
  refusal: { code: string; message: string; details: Record<string, unknown> } | null;
}

export interface MigrationPlan {
  slug: string;
  fromVersion: number;
  toVersion: number;
  from: CompiledWorkflow;
  to: CompiledWorkflow;
  items: PlannedApplication[];
  states: {
    fromState: string;
    fromLabel: { th: string; en: string };
    toState: string;
    toLabel: { th: string; en: string } | null;
    applications: number;
    fromActors: string[];
    toActors: string[];
    actorChange: boolean;
    fromSlaDays: number | null;
    toSlaDays: number | null;
  }[];
}

/**
 * Makes a migration plan and checks it before anything moves: the versions (both published, not the same), the
 * mapping as a whole against the two machines (the engine's `migrationPlanProblems`: unknown states, unmapped
 * states holding live applications, final targets, a target waiting for another kind of actor), then each live
 * application against its target state (the engine's `missingForState`: what entering that state needs that the
 * application's history, recorded effects or facts lack). Reads only; the run is MigrationRunner's.
 */
@Injectable()
export class MigrationPlanner {
  constructor(
    private readonly versions: WorkflowVersions,
    private readonly catalogue: CatalogueService,
    private readonly store: ApplicationStore,
    private readonly facts: WorkflowFacts,
  ) {}

  async plan(slug: string, body: StartMigrationDto): Promise<MigrationPlan> {
    await this.versions.licenceType(slug);
    const { fromVersion, toVersion } = body;
    if (fromVersion === toVersion) {
      throw MigrationErrors.create('MIGRATION_SAME_VERSION', { version: fromVersion }, [{ field: 'toVersion', problem: 'must differ from fromVersion' }]);
    }
    await this.assertPublished(slug, fromVersion, toVersion);
    const from = await this.catalogue.workflow(slug, fromVersion);
    const to = await this.catalogue.workflow(slug, toVersion);
    const fromMachine = from.definition.machine;
    const toMachine = to.definition.machine;
    const stateMapping = body.stateMapping;
    const allowActorChange = body.allowActorChange ?? [];

    // Live applications: in a state of the source version that is not final.
    const live = Object.keys(fromMachine.states).filter((s) => fromMachine.states[s].type !== 'final');
    const unknownFilterStates = (body.filter?.states ?? [])
      .map((state, i) => ({ state, i }))
      .filter(({ state }) => !Object.hasOwn(fromMachine.states, state));
    if (unknownFilterStates.length > 0) {
      throw planRefused(
        unknownFilterStates.map(({ state, i }) => ({ code: 'MIGRATION_SOURCE_STATE_UNKNOWN' as const, field: `filter.states.${i}`, state })),
        fromVersion,
        toVersion,
      );
    }
    const states = body.filter?.states ? live.filter((s) => body.filter!.states!.includes(s)) : live;
    const where: FindOptionsWhere<ApplicationEntity> = { licenceType: slug, workflowVersion: fromVersion, state: In(states) };
    if (body.filter?.agencyIds) where.agencyId = In(body.filter.agencyIds);
    if (body.filter?.applicationIds) where.id = In(body.filter.applicationIds);
    const apps = states.length === 0 ? [] : await this.store.find({ where, order: { createdAt: 'ASC', id: 'ASC' } });

    const occupied: Record<string, number> = {};
    for (const app of apps) occupied[app.state] = (occupied[app.state] ?? 0) + 1;
    const problems = migrationPlanProblems({ from: fromMachine, to: toMachine, stateMapping, allowActorChange, occupied });
    if (problems.length > 0) throw planRefused(problems, fromVersion, toVersion);

    const items = await this.checkApplications(apps, stateMapping, to);
    const sources = [...new Set([...Object.keys(stateMapping), ...Object.keys(occupied)])];
    return {
      slug,
      fromVersion,
      toVersion,
      from,
      to,
      items,
      states: sources.map((fromState) => {
        const toState = stateMapping[fromState];
        const target = toMachine.states[toState];
        const fromActors = waitingActorKinds(fromMachine, fromState);
        const toActors = waitingActorKinds(toMachine, toState);
        return {
          fromState,
          fromLabel: fromMachine.states[fromState].meta.label,
          toState,
          toLabel: target?.meta.label ?? null,
          applications: occupied[fromState] ?? 0,
          fromActors,
          toActors,
          actorChange: fromActors.join() !== toActors.join(),
          fromSlaDays: fromMachine.states[fromState].meta.slaDays,
          toSlaDays: target?.meta.slaDays ?? null,
        };
      }),
    };
  }

  private async assertPublished(slug: string, fromVersion: number, toVersion: number): Promise<void> {
    const problems: { field: string; version: number; problem: string }[] = [];
    for (const [field, version] of [['fromVersion', fromVersion], ['toVersion', toVersion]] as const) {
      const row = await this.versions.definitions.findOneBy({ licenceType: slug, version });
      if (!row) problems.push({ field, version, problem: `${slug} has no version ${version}` });
      else if (!row.publishedAt) problems.push({ field, version, problem: `version ${version} is a draft: publish it first` });
    }
    if (problems.length > 0) {
      throw MigrationErrors.create('MIGRATION_VERSION_NOT_PUBLISHED', { slug, problems: problems.map((p) => `${p.field} ${p.problem}`).join('; ') }, problems);
    }
  }

  /**
   * Each application against its target: the facts the engine asks for (history event types, recorded effects, and,
   * only when a way in needs them, the guards' facts now). Answers are shared by applications with the same facts.
   */
  private async checkApplications(apps: ApplicationEntity[], stateMapping: Record<string, string>, to: CompiledWorkflow): Promise<PlannedApplication[]> {
    const recorded = await this.store.recordedFacts(apps.map((a) => a.id));
    const machine = to.definition.machine;
    const answers = new Map<string, ReturnType<typeof missingForState>>();
    const result: PlannedApplication[] = [];
    for (const app of apps) {
      const toState = stateMapping[app.state];
      const { events, effects } = recorded.get(app.id)!;
      const facts: MigrationFacts = { kind: app.kind, history: events, effects, conditions: {} };
      const key = `${toState}|${app.kind}|${[...events].sort().join()}|${[...effects].sort().join()}`;
      let missing = answers.has(key) ? answers.get(key)! : missingForState(machine, toState, facts);
      answers.set(key, missing);
      if (missing && missing.some((way) => way.missing.some((m) => m.kind === 'condition'))) {
        // A guard on the application might hold now: ask for its facts (form, documents, answers) and check again.
        const context = await this.facts.contextOf(app, to);
        const conditions = { formComplete: context.formComplete, documentsComplete: context.documentsComplete, informationAnswered: context.informationAnswered };
        missing = missingForState(machine, toState, { ...facts, conditions });
      }
      result.push({ app, toState, refusal: missing ? dataMissing(toState, missing) : null });
    }
    return result;
  }
}

function describeMissing(m: MissingFact): string {
  switch (m.kind) {
    case 'history':
      return `no ${m.event} in its history`;
    case 'effect':
      return m.effect === 'request-payment' ? 'no fee invoice (request-payment)' : `no ${m.effect} recorded`;
    case 'condition':
      return `${m.guard} does not hold`;
    case 'kind':
      return `only for ${m.kinds.join('/')} requests`;
    case 'state':
      return `it could not have been in ${m.state}`;
  }
}

function dataMissing(state: string, ways: NonNullable<ReturnType<typeof missingForState>>): PlannedApplication['refusal'] {
  const missing = ways.length === 0 ? 'no way into it' : ways.map((w) => `${w.event} from ${w.from}: ${w.missing.map(describeMissing).join(', ')}`).join('; ');
  const error = MigrationErrors.create('MIGRATION_TARGET_DATA_MISSING', { state, missing });
  return { code: error.code!, message: error.message, details: { state, ways } };
}

const PROBLEM_TEXT: Record<MigrationPlanProblem['code'], (p: MigrationPlanProblem) => string> = {
  MIGRATION_SOURCE_STATE_UNKNOWN: (p) => `'${(p as { state: string }).state}'`,
  MIGRATION_SOURCE_STATE_UNMAPPED: (p) => `'${(p as { state: string }).state}' (${(p as { applications: number }).applications})`,
  MIGRATION_TARGET_STATE_UNKNOWN: (p) => `'${(p as { state: string }).state}'`,
  MIGRATION_TARGET_STATE_FINAL: (p) => `${(p as { fromState: string }).fromState} → ${(p as { toState: string }).toState}`,
  MIGRATION_ACTOR_CHANGE: (p) => {
    const c = p as Extract<MigrationPlanProblem, { code: 'MIGRATION_ACTOR_CHANGE' }>;
    return `${c.fromState} (${c.fromActors.join('/') || 'nobody'}) → ${c.toState} (${c.toActors.join('/') || 'nobody'})`;
  },
};

/** 422 with the first problem's code; `details` lists every problem, each with its code and the states it names. */
function planRefused(problems: MigrationPlanProblem[], fromVersion: number, toVersion: number): DomainError {
  const code = problems[0].code;
  const states = problems.filter((p) => p.code === code).map(PROBLEM_TEXT[code]).join(', ');
  return MigrationErrors.create(code, { states, fromVersion, toVersion }, problems);
}
