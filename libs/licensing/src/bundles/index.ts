export { BundlesModule } from './bundles.module';
export { Bundles } from './bundles.service';
export { BundleEntity } from './bundle.entity';
export { BundleErrors } from './bundles-errors';
