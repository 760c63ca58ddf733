import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { buddhistYear } from '@bizportal/common';
import { SYSTEM_ACTOR } from '@bizportal/engine';
import { TransactionRunner, nextSequenceNumber } from '@bizportal/database';
import { issueSignedLicence } from '@bizportal/e-licence';
import { ApplicationStore, OutboxEffect, WorkflowTransitions, type ApplicationEntity, type EffectExecutor, type OutboxEntity, type PreparedTransition } from '../core';
import { LicenceEntity, LicenceSequenceEntity } from './licence.entity';
import { LicenceRequests } from './licence-requests';
import { LicenceDocuments } from './licence-documents';
import { licenceHolderOf } from './licence-holding';
import { LicenceSigning } from './licence-signing';

/**
 * The `issue-licence` effect: number the licence (per agency and Buddhist year), render and sign
 * its PDF, store it with its SHA-256, and send LICENCE_ISSUED. Each step finds what an earlier,
 * interrupted run left (the licence row is unique per application), so running it twice issues once.
 */
@OutboxEffect('issue-licence')
@Injectable()
export class IssueLicenceExecutor implements EffectExecutor {
  private readonly logger = new Logger(IssueLicenceExecutor.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly transitions: WorkflowTransitions,
    private readonly signing: LicenceSigning,
    private readonly documents: LicenceDocuments,
    private readonly applications: ApplicationStore,
    private readonly requests: LicenceRequests,
    @InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>,
  ) {}

  async run(row: OutboxEntity): Promise<void> {
    const app = await this.applications.getById(row.applicationId);
    // Closed meanwhile (its licence was revoked), or already issued: nothing to number.
    if (app.state !== 'issuing' && app.workflowState.value !== 'issuing') return;
    const held = await this.transactions.run((manager) => this.requests.issuanceHeld(manager, app));
    if (held) {
      // A renewal or amendment of a suspended licence waits; REINSTATE records this effect again.
      this.logger.log(`Issuance of ${app.trackingNumber} waits: licence ${held.number}, which it continues, is ${held.status}`);
      return;
    }
    const licence = (await this.licences.findOneBy({ applicationId: app.id })) ?? (await this.numberLicence(app));
    const issued = licence.pdf ? licence : await this.renderAndSign(licence, app);
    const fresh = await this.applications.getById(app.id);
    if (fresh.state !== 'issuing' && fresh.workflowState.value !== 'issuing') return;
    const issuedEvent = {
      type: 'LICENCE_ISSUED',
      actor: SYSTEM_ACTOR,
      data: { licenceNumber: issued.number, pdfSha256: issued.pdfSha256! },
    };
    const succession = await this.succession(fresh, issued);
    await this.transitions.commitTogether([await this.transitions.prepare(fresh, issuedEvent), ...(succession ? [succession] : [])]);
  }

  /**
   * A renewal or amendment is recorded on the licence it continues (RENEW, or AMEND which replaces it)
   * in the same transaction as LICENCE_ISSUED. A suspension or revocation of that licence committed since
   * `run` looked changes its version, so the joint commit fails and the next attempt waits (suspended) or
   * finds the request closed (revoked). A licence that has expired meanwhile no longer accepts RENEW: the
   * new licence is still issued and the old one is left as it is.
   */
  private async succession(app: ApplicationEntity, licence: LicenceEntity): Promise<PreparedTransition | null> {
    if (!licence.previousNumber || (app.kind !== 'renew' && app.kind !== 'amend')) return null;
    const previous = await this.licences.findOneBy({ number: licence.previousNumber });
    const previousApp = previous ? await this.applications.findById(previous.applicationId) : null;
    if (!previousApp) return null;
    const event = {
      type: app.kind === 'renew' ? 'RENEW' : 'AMEND',
      actor: SYSTEM_ACTOR,
      data: { licenceNumber: licence.number, applicationId: app.id, trackingNumber: app.trackingNumber },
    };
    try {
      return await this.transitions.prepare(previousApp, event);
    } catch (error) {
      this.logger.warn(`Licence ${licence.number} continues ${previous!.number}, which no longer accepts ${event.type}: ${(error as Error).message}`);
      return null;
    }
  }

  private async numberLicence(app: ApplicationEntity): Promise<LicenceEntity> {
    const now = new Date();
    const year = buddhistYear(now);
    const terms = await this.documents.terms(app, now);
    try {
      return await this.transactions.run(async (manager) => {
        const sequence = await nextSequenceNumber(manager, LicenceSequenceEntity, { agencyId: app.agencyId!, year });
        const licence = Object.assign(new LicenceEntity(), {
          id: randomUUID(),
          number: `${app.agencyId!.toUpperCase()}/${year}/${String(sequence).padStart(6, '0')}`,
          applicationId: app.id,
          licenceType: app.licenceType,
          workflowVersion: app.workflowVersion,
          agencyId: app.agencyId!,
          ...licenceHolderOf(app),
          ...terms,
          status: 'issuing' as const,
          issuedAt: now,
          replacedBy: null,
          pdf: null,
          pdfSha256: null,
          signerSubject: null,
          statusReason: null,
          statusChangedAt: null,
        });
        await manager.insert(LicenceEntity, licence);
        return licence;
      });
    } catch (error) {
      // Another runner numbered it first (unique application_id): use theirs.
      const existing = await this.licences.findOneBy({ applicationId: app.id });
      if (existing) return existing;
      throw error;
    }
  }

  private async renderAndSign(licence: LicenceEntity, app: ApplicationEntity): Promise<LicenceEntity> {
    const document = await this.documents.build(app, licence);
    const { pdf, sha256 } = await issueSignedLicence(document, this.signing.signer(), this.signing.pades());
    const fields = { pdf, pdfSha256: sha256, signerSubject: this.signing.signer().subject, status: 'valid' as const };
    // Only while still being issued: a request closed meanwhile has had this licence revoked, which stays so.
    await this.transactions.run((manager) => manager.update(LicenceEntity, { id: licence.id, status: 'issuing' }, fields));
    this.logger.log(`Issued licence ${licence.number} (${createHash('sha256').update(pdf).digest('hex').slice(0, 12)}…)`);
    return Object.assign(licence, fields);
  }
}
