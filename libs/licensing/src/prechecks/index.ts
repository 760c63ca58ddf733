export { PrechecksModule } from './prechecks.module';
export { PrecheckEntity } from './precheck.entity';
export { PrecheckErrors } from './prechecks-errors';
