export * from './types';
export { EVENT_VOCABULARY, EVENT_TYPES, RECORDED_EVENTS, MIGRATED_EVENT, MIGRATION_EVENTS, hasVisibleCharacter, type EventVocabularyEntry } from './vocabulary';
export { GUARDS, ACTIONS, ALL_OF, type GuardKind, type GuardSpec, type ActionSpec } from './registry';
export { WORKFLOW_DEFINITION_SCHEMA } from './definition.schema';
export { validateDefinition, checkDefinition, expandDefinition } from './validate';
export { templateDriftProblems, DEFAULT_RENEWAL_REMINDER_DAYS } from './rules';
export { eventTypesOf, leafGuards, transitionsForKind, transitionsOf } from './normalize';
export { TEMPLATES, licenceShape, registrationShape, notificationShape, type ShapeParams, type TemplateSpec } from './templates';
export { compile, CompiledWorkflow, DefinitionInvalidError, eventProblems, type TransitionOutcome, type GuardFailure } from './compile';
export { ajvErrorPath, describeAjvError } from './ajv';
export { diffDefinitions, valueChanges, type WorkflowDiff, type StateChange, type TransitionChange, type TransitionView, type ValueChange, type KeyedListDiff } from './diff';
export { toMermaid, escapeMermaid, type MermaidOptions } from './mermaid';
export {
  waitingActorKinds,
  progressingTransitions,
  entryTransitions,
  attainableStates,
  missingForState,
  migrationPlanProblems,
  type ActorKind,
  type EntryRequirement,
  type MissingFact,
  type MigrationFacts,
  type MigrationPlanInput,
  type MigrationPlanProblem,
} from './migration';
export { workflowGraph, describeGuard, previewDefinition, editorVocabulary, type WorkflowGraph, type GraphState, type GraphTransition, type DraftPreview } from './graph';
export { computeFee, feeLinesOf, rangeLineOf, lineBounds, periodsLate, baht, LATE_RENEWAL_LINE, type ComputedFeeLine, type FeeInputs, type FeeComputation, type FeeProblemCode } from './fees';
