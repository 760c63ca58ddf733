/**
 * Two projects: unit specs beside the code, HTTP end-to-end suites in test/.
 * NestJS 12 ships ES modules; SWC compiles them (and our TypeScript, with decorator
 * metadata) to CommonJS for Jest's module system.
 */
const moduleNameMapper = { '^@bizportal/(.*)$': '<rootDir>/libs/$1/src' };
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const shared = {
  testEnvironment: 'node',
  moduleNameMapper,
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/libs', '<rootDir>/apps'], testMatch: ['**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', roots: ['<rootDir>/test'], testMatch: ['**/*.e2e-spec.ts'], testTimeout: 60000 },
  ],
};
