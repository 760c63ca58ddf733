export * from './catalogue.entities';
export * from './catalogue-errors';
export { CatalogueService, NO_PUBLISHED_VERSION, WORKFLOW_FILES_PUBLISHER } from './catalogue.service';
export { FormValidator } from './form-validator';
export { provincialOfficeId, readCatalogueAgencies } from './agency-routing';
export { loadWorkflowFiles, DEFAULT_WORKFLOWS_DIR } from './workflow-files';
export { businessFileProblems, businessTypeProblems, businessTypeShapeProblems, type BusinessTypeContent } from './business-type-rules';
export { CatalogueModule } from './catalogue.module';
export { CatalogueSeeding } from './catalogue-seeding';
