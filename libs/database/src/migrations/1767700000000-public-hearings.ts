import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Public hearings (issue 18), owned by the hearings module: `hearings` (one per application, made by its OPEN_HEARING
 * step), `hearing_comments` (never deleted; hidden with a reason), `hearing_photos` (uploaded before the comment names
 * them), `hearing_answers` (the applicant's), `hearing_follows` (who is told when a hearing opens in a subdistrict) and
 * `hearing_sequences` (the references' numbering per Buddhist year).
 */
export class PublicHearings1767700000000 implements MigrationInterface {
  name = 'PublicHearings1767700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'hearings',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.string('reference', 20),
          c.ref('agency_id'),
          c.string('licence_type', 80),
          c.string('province_code', 10),
          c.string('district_code', 10),
          c.string('subdistrict_code', 10),
          c.text('premises_address'),
          c.string('business_name', 300),
          c.string('proposer_kind', 10),
          c.string('proposer_name', 300),
          c.text('notice'),
          c.text('published_documents'),
          c.int('days'),
          c.time('opens_at'),
          c.time('closes_at'),
          c.time('closed_at', true),
          c.string('ended_by', 20, true),
          c.int('comment_count', 0),
          c.time('answers_submitted_at', true),
          c.text('summary', true),
          c.text('points', true),
          c.time('concluded_at', true),
          c.ref('opened_by'),
        ],
        indices: [
          { name: 'UQ_hearings_application', columnNames: ['application_id'], isUnique: true },
          { name: 'UQ_hearings_reference', columnNames: ['reference'], isUnique: true },
          { name: 'IDX_hearings_list', columnNames: ['opens_at', 'id'] },
          { name: 'IDX_hearings_area', columnNames: ['province_code', 'subdistrict_code', 'opens_at'] },
          { name: 'IDX_hearings_closing', columnNames: ['closed_at', 'closes_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hearing_comments',
        columns: [
          c.id(),
          c.ref('hearing_id'),
          c.int('number'),
          c.ref('commenter_id'),
          c.string('stance', 10),
          c.text('text'),
          c.string('text_sha256', 64),
          c.time('posted_at'),
          c.time('hidden_at', true),
          c.ref('hidden_by', true),
          c.text('hidden_reason', true),
        ],
        indices: [
          { name: 'UQ_hearing_comments_number', columnNames: ['hearing_id', 'number'], isUnique: true },
          { name: 'IDX_hearing_comments_commenter', columnNames: ['hearing_id', 'commenter_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hearing_photos',
        columns: [c.id(), c.ref('comment_id', true), c.ref('uploaded_by'), c.string('content_type', 32), c.int('size_bytes'), c.string('sha256', 64), c.string('storage_key', 255), c.time('uploaded_at')],
        indices: [{ name: 'IDX_hearing_photos_comment', columnNames: ['comment_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hearing_answers',
        columns: [c.id(), c.ref('hearing_id'), c.text('comment_ids'), c.text('comment_numbers'), c.text('text'), c.ref('answered_by'), c.time('answered_at')],
        indices: [{ name: 'IDX_hearing_answers_hearing', columnNames: ['hearing_id', 'answered_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hearing_follows',
        columns: [{ ...c.ref('user_id'), isPrimary: true }, { ...c.string('subdistrict_code', 10), isPrimary: true }, c.time('followed_at')],
        indices: [{ name: 'IDX_hearing_follows_subdistrict', columnNames: ['subdistrict_code'] }],
      }),
    );
    await queryRunner.createTable(new Table({ name: 'hearing_sequences', columns: [{ name: 'year', type: 'integer', isPrimary: true }, c.int('last_number')] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['hearing_sequences', 'hearing_follows', 'hearing_answers', 'hearing_photos', 'hearing_comments', 'hearings']) await queryRunner.dropTable(table);
  }
}
