import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogueService } from '../catalogue';
import { ApplicationStore, OutboxEffect, type EffectExecutor, type OutboxEntity } from '../core';
import { renderNotification } from './notification-templates';
import { NotificationEntity } from './notification.entity';

/** The `notify` effect: an in-app notification for the applicant or the responsible office. */
@OutboxEffect('notify')
@Injectable()
export class NotifyExecutor implements EffectExecutor {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly applications: ApplicationStore,
  ) {}

  async execute(manager: EntityManager, row: OutboxEntity): Promise<void> {
    if (await manager.existsBy(NotificationEntity, { outboxId: row.id })) return;
    const app = await this.applications.ofOutboxRow(manager, row);
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const template = String(row.params.template);
    const toOffice = row.params.to === 'office';
    if (toOffice && !app.agencyId) throw new Error(`Application ${app.id} has no office to notify`);
    const message = renderNotification(template, {
      trackingNumber: app.trackingNumber,
      licenceName: workflow.definition.name,
      stateLabel: workflow.stateMeta(app.state).label,
    });
    await manager.insert(NotificationEntity, {
      id: randomUUID(),
      outboxId: row.id,
      applicationId: app.id,
      recipientType: toOffice ? 'agency' : 'user',
      recipientId: toOffice ? app.agencyId! : app.applicantId,
      template,
      messageTh: message.th,
      messageEn: message.en,
      createdAt: new Date(),
      readAt: null,
    });
  }
}
