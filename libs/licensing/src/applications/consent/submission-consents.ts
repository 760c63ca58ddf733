import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { TransitionParticipant, type TransitionChange, type TransitionParticipantProvider } from '../../core';
import { ApplicationConsentEntity } from './application-consent.entity';
import { ConsentErrors } from './consent-errors';
import { CURRENT_PRIVACY_NOTICE, privacyNotice, type PrivacyPurpose } from './privacy-notice';

/** What the application's page shows of the consent. */
export interface PrivacyConsentRecord {
  noticeVersion: string;
  noticeIssuedOn: string;
  agreedAt: Date;
  covers: PrivacyPurpose[];
}

/**
 * The applicant's consent to the current privacy notice, required on every SUBMIT: the sender gives
 * `data.privacyConsent {noticeVersion, agreed: true}` (its shape is the engine's to check), and this participant,
 * in the step's transaction, refuses a SUBMIT without it or naming another version (the whole step rolls back),
 * stores it in `application_consents` and replaces what was sent with the full record in the history entry's
 * data: version, the notice's date, the time and the purposes it covers.
 */
@Injectable()
@TransitionParticipant({ order: 5, events: ['SUBMIT'] })
export class SubmissionConsents implements TransitionParticipantProvider {
  /**
   * Consents read lately, by application. A consent is written once, at the submission, and never changed or deleted,
   * so a kept one is never stale in any process; the application's answer after every later step shows it without a
   * read. An application with none yet is not kept: its submission may be committed by another process.
   */
  private readonly recent = new LRUCache<string, PrivacyConsentRecord>({ max: 10_000 });

  constructor(@InjectRepository(ApplicationConsentEntity) private readonly consents: Repository<ApplicationConsentEntity>) {}

  async participate(manager: EntityManager, { app, event, at }: TransitionChange): Promise<Record<string, unknown>> {
    const sent = event.data?.privacyConsent as { noticeVersion?: string; agreed?: boolean } | undefined;
    const current = CURRENT_PRIVACY_NOTICE.version;
    if (!sent || sent.agreed !== true) {
      throw ConsentErrors.create('PRIVACY_CONSENT_REQUIRED', { current }, [
        { field: 'data.privacyConsent', problem: `required: {noticeVersion: "${current}", agreed: true}` },
      ]);
    }
    if (sent.noticeVersion !== current) {
      throw ConsentErrors.create('PRIVACY_NOTICE_NOT_CURRENT', { given: String(sent.noticeVersion), current }, [
        { field: 'data.privacyConsent.noticeVersion', problem: `must be the current version, "${current}"` },
      ]);
    }
    const row: ApplicationConsentEntity = {
      id: randomUUID(),
      applicationId: app.id,
      agreedBy: event.actor.id,
      noticeVersion: CURRENT_PRIVACY_NOTICE.version,
      noticeIssuedOn: CURRENT_PRIVACY_NOTICE.issuedOn,
      covers: CURRENT_PRIVACY_NOTICE.covers.map((p) => p.code),
      agreedAt: at,
    };
    await manager.insert(ApplicationConsentEntity, row);
    return {
      privacyConsent: {
        noticeVersion: row.noticeVersion,
        noticeIssuedOn: row.noticeIssuedOn,
        agreed: true,
        agreedAt: at.toISOString(),
        covers: row.covers,
      },
    };
  }

  /** The consent given when the application was submitted, or null (a draft, or one submitted before consent was recorded). */
  async of(applicationId: string): Promise<PrivacyConsentRecord | null> {
    const kept = this.recent.get(applicationId);
    if (kept) return kept;
    const row = await this.consents.findOneBy({ applicationId });
    if (!row) return null;
    const notice = privacyNotice(row.noticeVersion);
    const record = {
      noticeVersion: row.noticeVersion,
      noticeIssuedOn: row.noticeIssuedOn,
      agreedAt: row.agreedAt,
      covers: row.covers.map((code) => notice?.covers.find((p) => p.code === code) ?? { code, label: { th: code, en: code } }),
    };
    this.recent.set(applicationId, record);
    return record;
  }
}
