/**
 * Two projects: unit specs beside the code, HTTP end-to-end suites in test/.
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
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|oidc-provider|openid-client|oauth4webapi|jose)/)'],
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/libs', '<rootDir>/apps'], testMatch: ['**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', roots: ['<rootDir>/test'], testMatch: ['**/*.e2e-spec.ts'] },
  ],
  testTimeout: 60000,
};
