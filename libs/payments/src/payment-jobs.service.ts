import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@bizportal/common';
import { PaymentSettings } from './payment-settings';
import { ReconcilePayments } from './reconcile-payments';

/** In embedded mode the API reconciles payments with the gateway on an interval (0 turns it off). */
@Injectable()
export class PaymentJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PaymentJobs.name);
  private readonly job = new IntervalJob(
    async () => {
      const r = await this.reconciliation.run();
      if (r.repaired + r.expired > 0) this.logger.log(`Reconciled payments: ${JSON.stringify(r)}`);
    },
    (error) => this.logger.warn(`Reconciliation failed: ${error.message}`),
  );

  constructor(
    private readonly reconciliation: ReconcilePayments,
    private readonly settings: PaymentSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.settings.reconcileIntervalMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
