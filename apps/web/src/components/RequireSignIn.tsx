import { Outlet } from 'react-router';
import { useSession } from '../lib/session';
import { Loading, Problem, SignInNeeded } from './Feedback';

/** Pages for signed-in users; others see a sign-in prompt that brings them back here. */
export function RequireSignIn() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <Problem error={session.error} retry={() => session.refetch()} />;
  if (!session.data) return <SignInNeeded />;
  return <Outlet />;
}
