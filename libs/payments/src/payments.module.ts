import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyEntity, IdentityModule } from '@bizportal/identity';
import { LicensingModule } from '@bizportal/licensing';
import { PAYMENT_ENTITIES } from './entities';
import { OmiseGateway } from './omise-gateway';
import { PaymentJobs } from './payment-jobs.service';
import { PaymentSettings } from './payment-settings';
import { PaymentsController } from './payments.controller';
import { PaymentApplication } from './payment-application.participant';
import { PaymentQueries } from './payment-queries';
import { PaymentRecords } from './payment-records';
import { ReconcilePayments } from './reconcile-payments';
import { SettlePayment } from './settle-payment';
import { StartPayment } from './start-payment';
import { CounterPayment } from './counter-payment';
import { RequestPaymentExecutor } from './request-payment.executor';
import { CancelFeeExecutor } from './cancel-fee.executor';
import { WebhookService } from './webhook.service';
import { SignedReceipts } from './signed-receipts';

import { PromptPayExpiryReminders } from './promptpay-expiry-reminders';
import { HeldPayments } from './held-payments';
import { PaymentRecovery } from './payment-recovery';
import { PaymentRefunds } from './payment-refunds';
import { PaymentTimeline } from './payment-timeline';
import { Billers } from './billers';
import { BillPayments } from './bill-payments';
import { BillPaymentsController, BillStatementUpload } from './bill-payments.controller';
import { BundlePayments } from './bundle-payments';
import { BundlePaymentsController } from './bundle-payments.controller';

@Module({
  imports: [TypeOrmModule.forFeature([...PAYMENT_ENTITIES, AgencyEntity]), LicensingModule, IdentityModule],
  controllers: [PaymentsController, BillPaymentsController, BundlePaymentsController],
  providers: [
    PaymentApplication,
    SignedReceipts,
    {
      provide: OmiseGateway,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        new OmiseGateway({
          publicKey: config.getOrThrow('OMISE_PUBLIC_KEY'),
          secretKey: config.getOrThrow('OMISE_SECRET_KEY'),
          host: config.getOrThrow('OMISE_API_HOST'),
          vaultHost: config.getOrThrow('OMISE_VAULT_HOST'),
          scheme: config.getOrThrow('OMISE_SCHEME'),
          localPort: config.getOrThrow('OMISE_LOCAL_PORT'),
          localHost: config.getOrThrow('OMISE_LOCAL_HOST'),
          timeoutMs: config.getOrThrow('OMISE_TIMEOUT_MS'),
        }),
    },
    {
      provide: PaymentSettings,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        new PaymentSettings(
          config.getOrThrow('PAYMENT_QR_EXPIRY_HOURS'),
          config.getOrThrow('PUBLIC_BASE_URL'),
          config.getOrThrow('OMISE_WEBHOOK_SECRET'),
          config.getOrThrow('OMISE_WEBHOOK_TOLERANCE_SECONDS'),
          config.getOrThrow('PAYMENT_RECONCILE_INTERVAL_MS'),
          config.get('PAYMENT_FAULT') ?? null,
        ),
    },
    PaymentRecords,
    PaymentTimeline,
    PaymentRefunds,
    SettlePayment,
    PaymentRecovery,
    HeldPayments,
    StartPayment,
    BundlePayments,
    CounterPayment,
    ReconcilePayments,
    PaymentQueries,
    WebhookService,
    RequestPaymentExecutor,
    CancelFeeExecutor,
    PaymentJobs,
    PromptPayExpiryReminders,
    Billers,
    BillPayments,
    BillStatementUpload,
  ],
  exports: [SettlePayment, ReconcilePayments, OmiseGateway],
})
export class PaymentsModule {}
