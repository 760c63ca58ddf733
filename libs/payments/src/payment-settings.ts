/** Payment settings from the validated environment (see the README's table). */
export class PaymentSettings {
  constructor(
    readonly qrExpiryHours: number,
    readonly publicBaseUrl: string,
    readonly webhookSecretBase64: string,
    readonly webhookToleranceSeconds: number,
    readonly reconcileIntervalMs: number,
  ) {}
}
