import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bangkokDateKey } from '@bizportal/common';
import { computeFee, type FeeInputs } from '@bizportal/engine';
import { ApplicationStore, CatalogueService, LicencesService, OutboxEffect, type ApplicationEntity, type EffectExecutor, type OutboxEntity } from '@bizportal/licensing';
import { InvoiceEntity } from './entities';
import { PaymentErrors } from './payment-errors';

/**
 * The `request-payment` effect: raises the fee named by the workflow, priced by the licence definition's fee lines
 * over the application (its form, the amount the approver set within a range, a renewal filed late), the lines kept
 * on the invoice with how each was computed.
 */
@OutboxEffect('request-payment')
@Injectable()
export class RequestPaymentExecutor implements EffectExecutor {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly applications: ApplicationStore,
    private readonly licences: LicencesService,
  ) {}

  async execute(manager: EntityManager, row: OutboxEntity): Promise<void> {
    if (await manager.existsBy(InvoiceEntity, { outboxId: row.id })) return;
    const app = await this.applications.ofOutboxRow(manager, row);
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const fee = workflow.definition.fees.find((f) => f.code === row.params.fee);
    const unpriced = (problem: string) =>
      PaymentErrors.create('FEE_NOT_PRICED', { licenceType: app.licenceType, workflowVersion: app.workflowVersion, fee: String(row.params.fee), problem });
    if (!fee || fee.amountSatang === null) throw unpriced('no such fee');
    const priced = computeFee(workflow.definition, fee, await this.feeInputs(manager, app, row));
    if (!priced.ok) throw unpriced(`${priced.code} on line ${priced.line} ${JSON.stringify(priced.details)}`);
    await manager.insert(InvoiceEntity, {
      id: randomUUID(),
      applicationId: app.id,
      outboxId: row.id,
      feeCode: fee.code,
      amountSatang: priced.totalSatang,
      lines: priced.lines,
      currency: 'THB',
      status: 'open',
      createdAt: new Date(),
      paidAt: null,
    });
  }

  private async feeInputs(manager: EntityManager, app: ApplicationEntity, row: OutboxEntity): Promise<FeeInputs> {
    // The step that recorded this effect carries the amount an approving officer set within a range.
    const step = await this.applications.stepOfOutboxRow(manager, row);
    const data = step?.data ?? {};
    const setAmount =
      typeof data.feeAmountSatang === 'number' ? { amountSatang: data.feeAmountSatang as number, reason: String(data.feeReason ?? '') } : null;
    let renewal: FeeInputs['renewal'] = null;
    if (app.kind === 'renew' && app.previousLicenceNumber && app.submittedAt) {
      const ended = await this.licences.endOf(manager, app.previousLicenceNumber);
      if (ended) renewal = { licenceEndedOn: bangkokDateKey(ended), filedOn: bangkokDateKey(app.submittedAt) };
    }
    return { form: app.form ?? {}, setAmount, renewal };
  }
}
