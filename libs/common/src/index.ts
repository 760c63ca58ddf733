export * from './thai-national-id';
export * from './buddhist-era';
export * from './money';
export * from './working-days';
export * from './errors';
export * from './canonical-json';
export * from './interval-job';
export * from './process-signals';
