/**
 * The import rules `npm test` enforces (npm run lint:imports): no cycle between files, none between
 * the feature folders of a lib, and libs only through each other's public entry (@bizportal/<lib>).
 */
const FOLDER_IN_A_LIB = '^libs/';
const PRIVATE_LIB_FILE = '^libs/[^/]+/src/(?!index\\.ts$).+';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files import each other in a circle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      comment: 'Folders import each other in a circle: give the shared piece one home below both.',
      scope: 'folder',
      from: { path: FOLDER_IN_A_LIB },
      to: { circular: true },
    },
    {
      name: 'no-deep-imports-across-libs',
      severity: 'error',
      comment: 'A lib is used through its public entry, @bizportal/<lib> (libs/<lib>/src/index.ts), not a file inside it.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: PRIVATE_LIB_FILE, pathNot: '^libs/$1/' },
    },
    {
      name: 'jobs-imports-only-common',
      severity: 'error',
      comment: 'libs/jobs sits below the feature libs (they schedule through it): of our libs it may use only common.',
      from: { path: '^libs/jobs/' },
      to: { path: '^libs/(?!jobs/|common/)[^/]+/' },
    },
    {
      name: 'no-deep-imports-into-libs',
      severity: 'error',
      comment: 'Apps, tests and benchmarks use a lib through @bizportal/<lib>, not a file inside it.',
      from: { path: '^(apps|test|bench)/' },
      to: { path: PRIVATE_LIB_FILE },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '(^|/)dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
