export * from './database-config';
export * from './transaction-runner';
export * from './database.module';
export { ALL_MIGRATIONS } from './migrations';
export * from './sequences';
export { isUniqueViolation } from './unique-violation';
export * from './startup-lock';
export { SeedChecksums } from './seed-checksums';
export { EntityStatements } from './entity-statements';
