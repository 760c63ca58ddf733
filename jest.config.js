/**
 * Three projects: unit specs beside the code, HTTP end-to-end suites in test/, and browser suites in test/web/
 * (Chromium through playwright-core against the real API serving the built web app; the web app is built once per run).
 * Our TypeScript goes through ts-jest (file by file, decorator metadata kept). NestJS 12 ships
 * ES modules, which Jest 29 cannot require: Babel turns them into CommonJS, `import.meta` included.
 */
const moduleNameMapper = { '^@bizportal/(.*)$': '<rootDir>/libs/$1/src' };
const shared = {
  testEnvironment: 'node',
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
    '^.+\\.js$': [
      'babel-jest',
      { babelrc: false, configFile: false, plugins: [['babel-plugin-transform-import-meta', { module: 'ES6' }], '@babel/plugin-transform-dynamic-import', '@babel/plugin-transform-export-namespace-from', '@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  // openapi-typescript's CommonJS build requires ES-module packages of its own (test/openapi-types.e2e-spec.ts);
  // file-type (documents) and its ESM dependencies are loaded with import(), which ts-jest turns into require.
  transformIgnorePatterns: ['^(?!.*/node_modules/openapi-typescript/).*/node_modules/(?!(@nestjs|oidc-provider|openid-client|oauth4webapi|jose|index-to-position|change-case|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit)/)'],
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/libs', '<rootDir>/apps'], testMatch: ['**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'] },
    // The web app's pure logic (quiz rules, stages); its pages are tested in a browser (test/web).
    { ...shared, displayName: 'web-unit', roots: ['<rootDir>/apps/web/src'], testMatch: ['**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', roots: ['<rootDir>/test'], testMatch: ['**/*.e2e-spec.ts'] },
    { ...shared, displayName: 'web', roots: ['<rootDir>/test/web'], testMatch: ['**/*.web-spec.ts'], globalSetup: '<rootDir>/test/web/support/global-setup.ts' },
  ],
  testTimeout: 60000,
  // Each test file leaves its module registry behind in the process that ran it: measured with --logHeapUsage and
  // --expose-gc, the live heap grew about 25 MB a suite (207 → 393 MB over eight e2e suites), so one process running
  // all ~180 suites ends near V8's heap limit, collecting garbage most of the time (the last browser suites of a CI
  // half took 20 s longer each than alone). With a limit, the suites run in a worker process that is replaced once
  // its heap passes it after a suite (jest then never runs in band).
  workerIdleMemoryLimit: '700MB',
};
