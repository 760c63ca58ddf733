import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity, CatalogueService, OutboxRunner, type EffectExecutor, type OutboxEntity } from '@bizportal/licensing';
import { InvoiceEntity } from './entities';

/** The `request-payment` effect: raises the fee named by the workflow, priced from the licence definition. */
@Injectable()
export class RequestPaymentExecutor implements EffectExecutor, OnModuleInit {
  readonly type = 'request-payment';

  constructor(
    private readonly runner: OutboxRunner,
    private readonly catalogue: CatalogueService,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async execute(manager: EntityManager, row: OutboxEntity): Promise<void> {
    if (await manager.existsBy(InvoiceEntity, { outboxId: row.id })) return;
    const app = await manager.findOneByOrFail(ApplicationEntity, { id: row.applicationId });
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const fee = workflow.definition.fees.find((f) => f.code === row.params.fee);
    if (!fee || fee.amountSatang === null) throw new Error(`${app.licenceType} v${app.workflowVersion} has no priced fee '${row.params.fee}'`);
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
