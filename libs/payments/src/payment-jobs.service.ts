import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { PaymentSettings } from './payment-settings';
import { ReconcilePayments } from './reconcile-payments';

/**
 * Reconciles payments with the gateway on an interval (0 turns it off): repairs what a lost webhook or a crash left
 * open, and ends PromptPay QR codes past their expiry. In the API (embedded) or once per tick across the workers (scaled).
 */
@Injectable()
export class PaymentJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PaymentJobs.name);
  private job?: ScheduledJobHandle;

  constructor(
    private readonly reconciliation: ReconcilePayments,
    private readonly settings: PaymentSettings,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.job = this.jobs.schedule({
      name: 'payment-reconciliation',
      everyMs: this.settings.reconcileIntervalMs,
      run: async () => {
        const r = await this.reconciliation.run();
        if (r.repaired + r.expired > 0) this.logger.log(`Reconciled payments: ${JSON.stringify(r)}`);
      },
      onError: (error) => this.logger.warn(`Reconciliation failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }
}
