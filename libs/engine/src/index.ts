export * from './types';
export { EVENT_VOCABULARY, EVENT_TYPES, type EventVocabularyEntry } from './vocabulary';
export { GUARDS, ACTIONS, ALL_OF, type GuardKind, type GuardSpec, type ActionSpec } from './registry';
export { WORKFLOW_DEFINITION_SCHEMA } from './definition.schema';
export { validateDefinition, checkDefinition, expandDefinition } from './validate';
export { TEMPLATES, licenceShape, registrationShape, notificationShape, type ShapeParams, type TemplateSpec } from './templates';
export { compile, CompiledWorkflow, DefinitionInvalidError, eventProblems, type TransitionOutcome, type GuardFailure } from './compile';
export { ajvErrorPath, describeAjvError } from './ajv';
