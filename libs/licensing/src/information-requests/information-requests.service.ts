import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import type { CompiledWorkflow } from '@bizportal/engine';
import { UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport, ReviewEventErrors } from '../applications';
import {
  InformationRequests,
  TransitionParticipant,
  type ApplicationEntity,
  type InformationRequestsProvider,
  type TransitionChange,
  type TransitionParticipantProvider,
  type UnansweredInformationItem,
} from '../core';
import { DocumentsService } from '../documents';
import { InformationRequestEntity, InformationRequestItemEntity, type InformationItemKind } from './information-request.entities';
import { InformationRequestErrors } from './information-requests-errors';
import type { InformationRequestDto } from './information-requests.dto';

/** An item as REQUEST_INFO carries it in `data.items` (shape checked by the engine's vocabulary). */
interface RequestedItem {
  kind: InformationItemKind;
  documentCode?: string;
  question?: string;
  reason?: string;
}

/** The events that leave the state a REQUEST_INFO opened, closing its request. */
const CLOSING_EVENTS = ['RESUBMIT', 'REJECT', 'CANCEL'] as const;

interface ItemStatus {
  answered: boolean;
  answeredAt: Date | null;
  documentId: string | null;
}

/**
 * The office's requests for documents or information: recorded in the same transaction as the REQUEST_INFO
 * step (a transition participant), answered by uploads (document items) or text (information items), and
 * the `informationAnswered` fact that RESUBMIT checks. Owns `information_requests` and `information_request_items`.
 */
@Injectable()
@InformationRequests()
@TransitionParticipant({ order: 40, events: ['REQUEST_INFO', ...CLOSING_EVENTS], changesGuardFacts: true })
export class InformationRequestsService implements InformationRequestsProvider, TransitionParticipantProvider {
  constructor(
    @InjectRepository(InformationRequestEntity) private readonly requests: Repository<InformationRequestEntity>,
    @InjectRepository(InformationRequestItemEntity) private readonly items: Repository<InformationRequestItemEntity>,
    private readonly support: ApplicationSupport,
    private readonly documents: DocumentsService,
    private readonly users: UserDirectory,
    private readonly transactions: TransactionRunner,
  ) {}

  async participate(manager: EntityManager, change: TransitionChange): Promise<void> {
    const { app, event } = change;
    if (event.type !== 'REQUEST_INFO') {
      if (change.toState !== app.state) {
        await manager.update(InformationRequestEntity, { applicationId: app.id, closedAt: IsNull() }, { closedAt: change.at });
      }
      return;
    }
    const workflow = await this.support.facts.workflowOf(app);
    const known = workflow.definition.documents.map((d) => d.code);
    const asked = (event.data?.items ?? []) as RequestedItem[];
    const unknown = asked.find((i) => i.kind === 'document' && !known.includes(i.documentCode!));
    if (unknown) {
      throw ReviewEventErrors.create(
        'INFORMATION_REQUEST_DOCUMENT_UNKNOWN',
        { code: unknown.documentCode!, codes: known.join(', ') || '-' },
        [{ field: `data.items.${asked.indexOf(unknown)}.documentCode`, problem: 'is not a document of this licence type', allowed: known }],
      );
    }
    // One request is open at a time: an older one still open (not expected) is closed by the new one.
    await manager.update(InformationRequestEntity, { applicationId: app.id, closedAt: IsNull() }, { closedAt: change.at });
    const requestId = randomUUID();
    await manager.insert(InformationRequestEntity, {
      id: requestId,
      applicationId: app.id,
      requestedBy: event.actor.id,
      requestedAt: change.at,
      comment: event.comment ?? '',
      openState: change.toState,
      closedAt: null,
    });
    await manager.insert(
      InformationRequestItemEntity,
      asked.map((item, position) => ({
        id: randomUUID(),
        requestId,
        position,
        kind: item.kind,
        documentCode: item.kind === 'document' ? item.documentCode! : null,
        question: item.kind === 'information' ? item.question! : null,
        reason: item.reason ?? null,
        answerText: null,
        answeredAt: null,
        answeredBy: null,
      })),
    );
  }

  async unansweredItems(app: ApplicationEntity, workflow: CompiledWorkflow): Promise<UnansweredInformationItem[]> {
    const open = await this.requests.findOne({ where: { applicationId: app.id, closedAt: IsNull() }, order: { requestedAt: 'DESC' } });
    if (!open) return [];
    const items = await this.items.find({ where: { requestId: open.id }, order: { position: 'ASC' } });
    const statuses = await this.statuses(app.id, [open], items);
    return items
      .filter((i) => !statuses.get(i.id)!.answered)
      .map((i) => {
        const label = workflow.definition.documents.find((d) => d.code === i.documentCode)?.label;
        return {
          requestId: open.id,
          itemId: i.id,
          kind: i.kind,
          text: i.kind === 'document' ? (label ? `${label.th} / ${label.en}` : i.documentCode!) : i.question!,
        };
      });
  }

  /** A document item is answered by a current upload of its code after the request; an information item by its text. */
  private async statuses(applicationId: string, requests: InformationRequestEntity[], items: InformationRequestItemEntity[]): Promise<Map<string, ItemStatus>> {
    const current = items.some((i) => i.kind === 'document') ? await this.documents.current(applicationId) : [];
    const requestedAt = new Map(requests.map((r) => [r.id, r.requestedAt.getTime()]));
    return new Map(
      items.map((item) => {
        if (item.kind === 'information') return [item.id, { answered: item.answeredAt !== null, answeredAt: item.answeredAt, documentId: null }];
        const upload = current.find((d) => d.code === item.documentCode && d.uploadedAt.getTime() > requestedAt.get(item.requestId)!);
        return [item.id, { answered: upload !== undefined, answeredAt: upload?.uploadedAt ?? null, documentId: upload?.id ?? null }];
      }),
    );
  }

  /** The application's requests, newest first, for whoever may see the application. */
  async list(user: AuthenticatedUser, applicationId: string): Promise<InformationRequestDto[]> {
    const app = await this.support.loadForViewing(applicationId, user);
    return this.views(app);
  }

  private async views(app: ApplicationEntity, only?: string): Promise<InformationRequestDto[]> {
    const requests = await this.requests.find({ where: { applicationId: app.id, ...(only ? { id: only } : {}) }, order: { requestedAt: 'DESC', id: 'ASC' } });
    if (requests.length === 0) return [];
    const items = await this.items.find({ where: { requestId: In(requests.map((r) => r.id)) }, order: { position: 'ASC' } });
    const statuses = await this.statuses(app.id, requests, items);
    const workflow = await this.support.facts.workflowOf(app);
    const staff = new Map<string, { th: string; en: string } | null>();
    for (const id of new Set(requests.map((r) => r.requestedBy))) {
      const found = await this.users.findUser(id);
      staff.set(id, found ? { th: found.displayNameTh, en: found.displayNameEn } : null);
    }
    return requests.map((r) => ({
      id: r.id,
      requestedAt: r.requestedAt.toISOString(),
      requestedBy: { id: r.requestedBy, displayName: staff.get(r.requestedBy) ?? null },
      comment: r.comment,
      open: r.closedAt === null,
      closedAt: r.closedAt?.toISOString() ?? null,
      items: items
        .filter((i) => i.requestId === r.id)
        .map((i) => {
          const status = statuses.get(i.id)!;
          const requirement = i.documentCode ? workflow.definition.documents.find((d) => d.code === i.documentCode) : undefined;
          return {
            id: i.id,
            kind: i.kind,
            documentCode: i.documentCode,
            label: i.documentCode ? (requirement?.label ?? { th: i.documentCode, en: i.documentCode }) : null,
            question: i.question,
            reason: i.reason,
            answered: status.answered,
            answeredAt: status.answeredAt?.toISOString() ?? null,
            answerText: i.answerText,
            documentId: status.documentId,
          };
        }),
    }));
  }

  /** The applicant answers (or re-answers) an information item while the request is open. */
  async answer(user: AuthenticatedUser, applicationId: string, requestId: string, itemId: string, text: string): Promise<InformationRequestDto> {
    const app = await this.support.loadForViewing(applicationId, user);
    if (app.applicantId !== user.id) throw InformationRequestErrors.create('ONLY_APPLICANT_MAY_ANSWER');
    const request = await this.requests.findOneBy({ id: requestId, applicationId: app.id });
    if (!request) throw InformationRequestErrors.create('INFORMATION_REQUEST_NOT_FOUND');
    const item = await this.items.findOneBy({ id: itemId, requestId: request.id });
    if (!item) throw InformationRequestErrors.create('INFORMATION_REQUEST_NOT_FOUND');
    if (item.kind !== 'information') throw InformationRequestErrors.create('INFORMATION_ITEM_NOT_A_QUESTION');
    const notOpen = () => InformationRequestErrors.create('INFORMATION_REQUEST_NOT_OPEN', {}, { state: app.state, status: app.status });
    if (request.closedAt !== null || app.state !== request.openState) throw notOpen();
    await this.transactions.run(async (manager) => {
      // Read again inside the transaction: the application may have been resubmitted meanwhile.
      const fresh = await this.support.store.findById(app.id, manager);
      const stillOpen = await manager.findOneBy(InformationRequestEntity, { id: request.id, closedAt: IsNull() });
      if (!fresh || fresh.state !== request.openState || !stillOpen) throw notOpen();
      await manager.update(InformationRequestItemEntity, { id: item.id }, { answerText: text, answeredAt: new Date(), answeredBy: user.id });
    });
    return (await this.views(app, request.id))[0];
  }
}
