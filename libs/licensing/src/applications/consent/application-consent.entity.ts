import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/**
 * The applicant's consent to the portal's privacy notice, given at submission (`application_consents`, owned by
 * the applications module): which version, when, by whom and what it covers. One per application; the same record
 * is in the SUBMIT history entry's data (`privacyConsent`), inside the hash chain.
 */
@Entity('application_consents')
export class ApplicationConsentEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64, unique: true })
  applicationId: string;

  /** The account that agreed: the applicant who submitted. */
  @Column({ name: 'agreed_by', type: 'varchar', length: 64 })
  agreedBy: string;

  @Column({ name: 'notice_version', type: 'varchar', length: 20 })
  noticeVersion: string;

  @Column({ name: 'notice_issued_on', type: 'varchar', length: 10 })
  noticeIssuedOn: string;

  /** The codes of the purposes the notice states (PrivacyNotice.covers), as agreed. */
  @Column({ type: 'simple-json' })
  covers: string[];

  @Column({ name: 'agreed_at', type: timestampColumnType() })
  agreedAt: Date;
}
