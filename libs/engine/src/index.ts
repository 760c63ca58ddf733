export * from './types';
export { EVENT_VOCABULARY, EVENT_TYPES, type EventVocabularyEntry } from './vocabulary';
export { GUARDS, ACTIONS, ALL_OF, type GuardKind, type GuardSpec, type ActionSpec } from './registry';
export { WORKFLOW_DEFINITION_SCHEMA } from './definition.schema';
export { validateDefinition } from './validate';
export { compile, CompiledWorkflow, DefinitionInvalidError, eventProblems, type TransitionOutcome, type GuardFailure } from './compile';
export { ajvErrorPath, describeAjvError } from './ajv';
