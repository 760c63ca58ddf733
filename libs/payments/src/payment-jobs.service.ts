import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PaymentSettings } from './payment-settings';
import { PaymentsService } from './payments.service';

/** In embedded mode the API reconciles payments with the gateway on an interval (0 turns it off). */
@Injectable()
export class PaymentJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PaymentJobs.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly payments: PaymentsService,
    private readonly settings: PaymentSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.reconcileIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.payments
        .reconcile()
        .then((r) => r.repaired + r.expired > 0 && this.logger.log(`Reconciled payments: ${JSON.stringify(r)}`))
        .catch((error) => this.logger.warn(`Reconciliation failed: ${(error as Error).message}`))
        .finally(() => (this.running = null));
    }, this.settings.reconcileIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
