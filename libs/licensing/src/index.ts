export * from './core';
export { CatalogueService, loadWorkflowFiles, DEFAULT_WORKFLOWS_DIR, CatalogueErrors, BusinessEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from './catalogue';
export { LicenceEntity, type LicenceStatus, LicencesService, maskName, LicenceSigning, LicenceLife, renderVerificationPage, LicenceErrors } from './licences';
export { NotificationEntity } from './notifications';
export * from './licensing.module';
