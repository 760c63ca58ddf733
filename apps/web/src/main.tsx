import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import './styles.css';
import './i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError, onSessionEnded } from './api/client';
import { SESSION_ENDED_KEY } from './lib/session';
import { router } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx answer will not change by asking again.
    queries: { retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2, refetchOnWindowFocus: false },
  },
});

// A 401 on any request (a write after the session was revoked or expired): forget who was signed in, so the page's
// RequireSignIn shows the sign-in prompt with this page as returnTo instead of a generic problem.
onSessionEnded(() => {
  queryClient.setQueryData(SESSION_ENDED_KEY, true);
  queryClient.setQueryData(['session'], null);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
