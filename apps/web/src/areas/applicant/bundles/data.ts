import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import './setup';

export type BundleView = components['schemas']['BundleView'];
export type BundleApplication = components['schemas']['BundleApplicationView'];
export type BundlePayment = components['schemas']['BundlePaymentView'];

export const bundleKey = (id: string) => ['bundles', id] as const;

/** `poll`: read again every so many ms (while a QR waits to be paid). */
export function useBundle(id: string, poll: number | false = false) {
  return useQuery({ queryKey: bundleKey(id), queryFn: () => unwrap(api.GET('/bundles/{id}', { params: { path: { id } } })), refetchInterval: poll });
}

/** A licence's published fees in satang (null: none stated). */
export function feeOf(app: Pick<BundleApplication, 'fees'>): number | null {
  if (app.fees.length === 0) return null;
  return app.fees.reduce((sum, fee) => sum + fee.amountSatang, 0);
}
