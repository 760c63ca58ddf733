import type { RouteObject } from 'react-router';

/**
 * The workflow studio (issue 14), inside RequireSignIn, for workflow_admin: the guard (StudioArea) and each page are
 * lazy chunks, and the editor (CodeMirror), the diagram (elkjs, @xyflow/react), the text diff (@codemirror/merge) and
 * the form preview (rjsf) are lazy chunks of their own below the pages, so none of them reaches the public, applicant
 * or office pages (test/web/studio.web-spec.ts reads Vite's manifest to check it).
 * `businesses/` and `offices/` are filled by their own routes files (issue 14 parts 3 and 4).
 */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export const studioRoutes: RouteObject[] = [
  {
    path: 'studio',
    lazy: page(() => import('./StudioArea')),
    children: [
      { index: true, lazy: page(() => import('./StudioHomePage')) },
      { path: 'licence-types', lazy: page(() => import('./LicenceTypesPage')) },
      { path: 'licence-types/new', lazy: page(() => import('./NewLicenceTypePage')) },
      { path: 'licence-types/:slug', lazy: page(() => import('./LicenceTypePage')) },
      { path: 'licence-types/:slug/diff', lazy: page(() => import('./DiffPage')) },
      { path: 'licence-types/:slug/migrations', lazy: page(() => import('./MigrationsPage')) },
      { path: 'licence-types/:slug/migrations/:id', lazy: page(() => import('./MigrationReportPage')) },
      { path: 'licence-types/:slug/versions/:version', lazy: page(() => import('./VersionPage')) },
      { path: 'licence-types/:slug/versions/:version/edit', lazy: page(() => import('./EditorPage')) },
      { path: 'licence-types/:slug/versions/:version/simulate', lazy: page(() => import('./SimulatorPage')) },
      { path: 'licence-types/:slug/versions/:version/publish', lazy: page(() => import('./PublishPage')) },
    ],
  },
];
