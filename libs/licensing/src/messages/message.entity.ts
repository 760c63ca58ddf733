import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export type MessageSide = 'applicant' | 'office';

/** One message of an application's thread between its applicant and the office (`application_messages`). */
@Entity('application_messages')
export class MessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'author_side', type: 'varchar', length: 16 })
  authorSide: MessageSide;

  @Column({ name: 'author_id', type: 'varchar', length: 64 })
  authorId: string;

  /** The author's name as it was when she wrote, kept with the record. */
  @Column({ name: 'author_name_th', type: 'varchar', length: 300 })
  authorNameTh: string;

  @Column({ name: 'author_name_en', type: 'varchar', length: 300 })
  authorNameEn: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  /** When someone of the other side first marked it read. */
  @Column({ name: 'read_at', type: timestampColumnType(), nullable: true })
  readAt: Date | null;

  @Column({ name: 'read_by', type: 'varchar', length: 64, nullable: true })
  readBy: string | null;
}
