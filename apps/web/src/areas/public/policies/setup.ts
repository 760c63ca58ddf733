import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { addTexts } from '../../../i18n';
import texts from './texts';
import './policies.css';

/** The two policy pages import this first: their texts (namespace `policies`), styles and the API's policies. */
addTexts('policies', texts);

export const NS = 'policies';

/** GET /policies: the privacy notice applicants agree to now, and the operator's contact (PORTAL_CONTACT_EMAIL). */
export function usePolicies() {
  return useQuery({ queryKey: ['policies'], queryFn: () => unwrap(api.GET('/policies')), staleTime: 10 * 60_000 });
}
