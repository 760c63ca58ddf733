import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from './components/Feedback';
import { Layout } from './components/Layout';
import { RequireSignIn } from './components/RequireSignIn';
import { RouteError } from './components/RouteError';
import { publicRoutes } from './areas/public/routes';
import { applicantRoutes } from './areas/applicant/routes';
import { accountSettingsRoutes } from './areas/account-settings/routes';
import { signInRoute } from './areas/signin/routes';
import { officeRoutes } from './areas/office/routes';
import { complaintPublicRoutes, complaintRoutes } from './areas/complaints/routes';
import { hearingPublicRoutes, hearingRoutes } from './areas/hearings/routes';
import { studioBusinessRoutes } from './areas/studio/businesses/routes';
import { studioOfficesRoutes } from './areas/studio/offices/routes';
import { studioRoutes } from './areas/studio/routes';

/**
 * One app, code-split by area: every page is a lazy chunk, so the first page loads only the shell and itself.
 * The office (issue 12) is its own area under /office; the workflow studio (issue 14) under /studio.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [...publicRoutes, ...complaintPublicRoutes, ...hearingPublicRoutes, signInRoute, { element: <RequireSignIn />, children: [...applicantRoutes, ...complaintRoutes, ...hearingRoutes, ...accountSettingsRoutes, ...officeRoutes, ...studioRoutes, ...studioBusinessRoutes, ...studioOfficesRoutes] }, { path: '*', element: <NotFoundPage /> }],
  },
]);
