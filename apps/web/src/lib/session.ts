import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, forgetCsrfToken, unwrap } from '../api/client';

export interface SignedInUser {
  id: string;
  username?: string;
  displayName?: string;
  roles: string[];
  [key: string]: unknown;
}

/** The signed-in user, or null when nobody is (401 is an answer here, not an error). */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async (): Promise<SignedInUser | null> => {
      try {
        return (await unwrap(api.GET('/auth/me'))) as unknown as SignedInUser;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/auth/logout')),
    onSettled: () => {
      forgetCsrfToken();
      client.setQueryData(['session'], null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'public' });
    },
  });
}

/** Set when the API refused a request because the session had ended; the sign-in prompt then says so. */
export const SESSION_ENDED_KEY = ['session-ended'] as const;

export function useSessionEnded(): boolean {
  return useQuery({ queryKey: SESSION_ENDED_KEY, queryFn: () => false, initialData: false, staleTime: Infinity }).data;
}

/** The roles that work in a local office's queue (the office area, issue 12). */
export const OFFICE_ROLES = ['officer', 'approver', 'signer', 'head_of_office'] as const;

export function isOfficeStaff(user: SignedInUser | null | undefined): boolean {
  return !!user && user.roles.some((role) => (OFFICE_ROLES as readonly string[]).includes(role));
}

/** The platform administrator who onboards local offices and invites their staff (issue 14). */
export function isSystemAdmin(user: SignedInUser | null | undefined): boolean {
  return !!user && user.roles.includes('system_admin');
}

/** Officials who configure workflows (the studio, issue 14). */
export function isWorkflowAdmin(user: SignedInUser | null | undefined): boolean {
  return !!user && user.roles.includes('workflow_admin');
}
