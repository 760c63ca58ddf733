import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * History anchoring (libs/licensing/src/anchoring): the daily Merkle roots over every application's chain head,
 * signed with the agency key (`history_anchors`, one per Bangkok date), the leaves each root was made from
 * (`history_anchor_leaves`: the application, the seq and hash of its last history row, and its place in the
 * tree; the leaf names the application by its tracking number), and the breaks the nightly check found in a chain (`history_chain_breaks`, one per application, kind
 * and seq, so a break is recorded and alerted once).
 */
export class HistoryAnchoring1765540000000 implements MigrationInterface {
  name = 'HistoryAnchoring1765540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'history_anchors',
        columns: [
          c.id(),
          { ...c.string('anchor_date', 10), isUnique: true },
          c.int('tree_size'),
          c.string('root_hash', 64),
          // When the chain heads were read: the tree holds every history row committed before.
          c.time('heads_read_at'),
          // The exact text that was signed (canonical JSON), the detached CMS signature over it, and the
          // RFC 3161 timestamp token over it once a timestamping service is wired.
          c.text('statement'),
          c.binary('signature'),
          c.binary('timestamp_token', true),
          c.time('timestamped_at', true),
          c.time('created_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'history_anchor_leaves',
        columns: [
          { ...c.ref('anchor_id'), isPrimary: true },
          { ...c.int('leaf_index'), isPrimary: true },
          c.ref('application_id'),
          // The application's public id, as it was hashed into the leaf.
          c.string('tracking_number', 24),
          c.int('event_seq'),
          c.string('head_hash', 64),
        ],
        foreignKeys: [
          { columnNames: ['anchor_id'], referencedTableName: 'history_anchors', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] },
        ],
        // An application's leaf in an anchor, and the newest anchor that holds it.
        uniques: [{ name: 'UQ_history_anchor_leaves_application', columnNames: ['application_id', 'anchor_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'history_chain_breaks',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.string('kind', 16),
          c.int('seq'),
          c.ref('anchor_id', true),
          c.string('expected_hash', 64, true),
          c.string('found_hash', 64, true),
          c.time('detected_at'),
        ],
        foreignKeys: [
          { columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] },
          { columnNames: ['anchor_id'], referencedTableName: 'history_anchors', referencedColumnNames: ['id'] },
        ],
        uniques: [{ name: 'UQ_history_chain_breaks_once', columnNames: ['application_id', 'kind', 'seq'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('history_chain_breaks');
    await queryRunner.dropTable('history_anchor_leaves');
    await queryRunner.dropTable('history_anchors');
  }
}
