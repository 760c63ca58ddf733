/** Omise's smallest THB charge (20 baht): smaller fees are offered bill payment and the office counter instead. */
export const GATEWAY_MINIMUM_SATANG = 2000;

/** Payment settings from the validated environment (see the README's table). */
export class PaymentSettings {
  constructor(
    readonly qrExpiryHours: number,
    readonly publicBaseUrl: string,
    readonly webhookSecretBase64: string,
    readonly webhookToleranceSeconds: number,
    readonly reconcileIntervalMs: number,
    /**
     * A fault injected on purpose (tests; refused in production): `crash-after-payment-row` kills the process
     * (SIGKILL) right after an online payment's row is written, before the gateway is asked, or a counter payment's
     * row, before it is applied.
     */
    readonly fault: 'crash-after-payment-row' | null = null,
  ) {}
}
