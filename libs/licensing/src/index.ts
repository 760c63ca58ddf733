export * from './entities';
export * from './licensing.module';
export { CatalogueService } from './catalogue/catalogue.service';
export { loadWorkflowFiles, DEFAULT_WORKFLOWS_DIR } from './catalogue/workflow-files';
export { WorkflowTransitions } from './applications/workflow-transitions.service';
export { firstBrokenLink, eventHash, genesisHash } from './applications/event-chain';
export { OutboxRunner, type EffectExecutor } from './outbox/outbox-runner.service';
export { assertCanSee, canSeeApplication } from './applications/application-access';
export { ApplicationTransitionedEvent } from './applications/application-transitioned.event';
