import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationStore, CatalogueService, OutboxEffect, type EffectExecutor, type OutboxEntity } from '@bizportal/licensing';
import { InvoiceEntity } from './entities';
import { PaymentErrors } from './payment-errors';

/** The `request-payment` effect: raises the fee named by the workflow, priced from the licence definition. */
@OutboxEffect('request-payment')
@Injectable()
export class RequestPaymentExecutor implements EffectExecutor {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly applications: ApplicationStore,
  ) {}

  async execute(manager: EntityManager, row: OutboxEntity): Promise<void> {
    if (await manager.existsBy(InvoiceEntity, { outboxId: row.id })) return;
    const app = await this.applications.ofOutboxRow(manager, row);
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const fee = workflow.definition.fees.find((f) => f.code === row.params.fee);
    if (!fee || fee.amountSatang === null) {
      throw PaymentErrors.create('FEE_NOT_PRICED', { licenceType: app.licenceType, workflowVersion: app.workflowVersion, fee: String(row.params.fee) });
    }
    await manager.insert(InvoiceEntity, {
      id: randomUUID(),
      applicationId: app.id,
      outboxId: row.id,
      feeCode: fee.code,
      amountSatang: fee.amountSatang,
      currency: 'THB',
      status: 'open',
      createdAt: new Date(),
      paidAt: null,
    });
  }
}
