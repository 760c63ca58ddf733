import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogueService } from '../catalogue';
import { ApplicationStore, OutboxEffect, type EffectExecutor, type OutboxEntity } from '../core';
import { renderNotification } from './notification-templates';
import { NotificationDeliveries } from './notification-deliveries.service';
import { NotificationEntity } from './notification.entity';

/**
 * The `notify` effect: an in-app notification for the applicant or the responsible office. Params:
 * `template`, `to` ('applicant' or 'office'), and for the office optionally `staffId`, the staff member
 * holding the application, who is then notified in person instead of the whole office; or `to: 'user'` with `userId`
 * (a reminder to a head of office). `vars` fill a reminder's template (dates in Thai and English).
 */
@OutboxEffect('notify')
@Injectable()
export class NotifyExecutor implements EffectExecutor {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly applications: ApplicationStore,
    private readonly deliveries: NotificationDeliveries,
  ) {}

  async execute(manager: EntityManager, row: OutboxEntity): Promise<void> {
    const app = await this.applications.messageFieldsOfOutboxRow(manager, row);
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const template = String(row.params.template);
    const toOffice = row.params.to === 'office';
    if (toOffice && !app.agencyId) throw new Error(`Application ${app.id} has no office to notify`);
    const staffId = toOffice && typeof row.params.staffId === 'string' ? row.params.staffId : null;
    const userId = row.params.to === 'user' ? String(row.params.userId) : null;
    const vars = row.params.vars && typeof row.params.vars === 'object' ? (row.params.vars as Record<string, string>) : {};
    const message = renderNotification(template, {
      trackingNumber: app.trackingNumber,
      licenceName: workflow.definition.name,
      stateLabel: workflow.stateMeta(app.state).label,
      vars,
    });
    const notification: NotificationEntity = {
      id: randomUUID(),
      outboxId: row.id,
      applicationId: app.id,
      recipientType: toOffice && !staffId ? 'agency' : 'user',
      recipientId: userId ?? staffId ?? (toOffice ? app.agencyId! : app.applicantId),
      template,
      messageTh: message.th,
      messageEn: message.en,
      createdAt: new Date(),
    };
    // The unique outbox_id makes a second run of this row (after a crash past the commit) write nothing, and plan nothing.
    if (!(await insertOnce(manager, notification))) return;
    await this.deliveries.planFor(manager, notification);
  }
}

/** Inserts the notification unless one of its outbox row exists (one statement); whether it was inserted. */
async function insertOnce(manager: EntityManager, notification: NotificationEntity): Promise<boolean> {
  const [sql, parameters] = manager
    .createQueryBuilder()
    .insert()
    .into(NotificationEntity)
    .values(notification)
    .orUpdate([], ['outbox_id'])
    .getQueryAndParameters();
  const result = await manager.queryRunner!.query(sql, parameters, true);
  return result.affected === 1;
}
