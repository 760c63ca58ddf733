import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'agencies',
        columns: [c.id(), c.string('name_th', 300), c.string('name_en', 300), c.string('level', 20), c.string('province_code', 2, true), c.time('created_at')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agency_areas',
        columns: [{ ...c.ref('agency_id'), isPrimary: true }, { ...c.string('subdistrict_code', 6), isPrimary: true }],
        foreignKeys: [{ columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['subdistrict_code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          { ...c.string('username', 100), isUnique: true },
          c.string('display_name_th', 300),
          c.string('display_name_en', 300),
          c.string('national_id', 13, true),
          c.text('roles'),
          c.ref('agency_id', true),
          c.time('created_at'),
        ],
        foreignKeys: [{ columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'businesses',
        columns: [{ ...c.string('slug', 80), isPrimary: true }, c.string('name_th', 300), c.string('name_en', 300), c.text('licences'), c.text('details')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'licence_types',
        columns: [
          { ...c.string('slug', 80), isPrimary: true },
          c.string('name_th', 500),
          c.string('name_en', 500),
          c.string('agency_level', 20),
          c.int('current_version'),
          c.time('created_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'workflow_definitions',
        columns: [
          c.id(),
          c.string('licence_type', 80),
          c.int('version'),
          c.text('definition'),
          c.string('checksum', 64),
          c.time('published_at', true),
          c.string('published_by', 100, true),
          c.time('created_at'),
        ],
        foreignKeys: [{ columnNames: ['licence_type'], referencedTableName: 'licence_types', referencedColumnNames: ['slug'] }],
        uniques: [{ columnNames: ['licence_type', 'version'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'applications',
        columns: [
          c.id(),
          { ...c.string('tracking_number', 24), isUnique: true },
          c.string('licence_type', 80),
          c.int('workflow_version'),
          c.string('business', 80, true),
          c.ref('applicant_id'),
          c.ref('agency_id', true),
          c.string('state', 80),
          c.string('status', 40),
          c.string('awaiting_actor', 20, true),
          c.text('workflow_state'),
          c.text('form'),
          c.text('premises'),
          c.string('subdistrict_code', 6),
          c.int('version'),
          c.time('state_entered_at'),
          c.time('due_at', true),
          c.time('submitted_at', true),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        foreignKeys: [
          { columnNames: ['licence_type'], referencedTableName: 'licence_types', referencedColumnNames: ['slug'] },
          { columnNames: ['applicant_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
          { columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['applicant_id'] }, { columnNames: ['agency_id', 'awaiting_actor', 'due_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'application_events',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.int('seq'),
          c.string('type', 40),
          c.string('from_state', 80),
          c.string('to_state', 80),
          c.string('status', 40),
          c.string('actor_id', 64),
          c.text('actor_roles'),
          c.ref('actor_agency_id', true),
          c.text('comment', true),
          c.text('data', true),
          c.time('created_at'),
          c.string('prev_hash', 64),
          c.string('hash', 64),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        uniques: [{ columnNames: ['application_id', 'seq'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.ref('event_id'),
          c.string('type', 40),
          c.text('params'),
          c.string('status', 16),
          c.int('attempts', 0),
          c.time('available_at'),
          c.time('claimed_at', true),
          c.string('claimed_by', 100, true),
          c.time('completed_at', true),
          c.text('last_error', true),
          c.time('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] },
          { columnNames: ['event_id'], referencedTableName: 'application_events', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['status', 'available_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          c.id(),
          { ...c.ref('outbox_id'), isUnique: true },
          c.ref('application_id'),
          c.string('recipient_type', 16),
          c.ref('recipient_id'),
          c.string('template', 80),
          c.text('message_th'),
          c.text('message_en'),
          c.time('created_at'),
          c.time('read_at', true),
        ],
        foreignKeys: [
          { columnNames: ['outbox_id'], referencedTableName: 'outbox', referencedColumnNames: ['id'] },
          { columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createIndex('notifications', new TableIndex({ columnNames: ['recipient_type', 'recipient_id'] }));
    await this.makeEventsAppendOnly(queryRunner);
  }

  /** History rows can be added, never changed or removed: the hash chain is the second line of defence. */
  private async makeEventsAppendOnly(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`
        CREATE FUNCTION application_events_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'application_events is append-only'; END; $$ LANGUAGE plpgsql`);
      await queryRunner.query(`
        CREATE TRIGGER application_events_no_change BEFORE UPDATE OR DELETE ON application_events
        FOR EACH ROW EXECUTE FUNCTION application_events_append_only()`);
      return;
    }
    for (const operation of ['UPDATE', 'DELETE']) {
      await queryRunner.query(`
        CREATE TRIGGER application_events_no_${operation.toLowerCase()} BEFORE ${operation} ON application_events
        BEGIN SELECT RAISE(ABORT, 'application_events is append-only'); END`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'outbox', 'application_events', 'applications', 'workflow_definitions', 'licence_types', 'businesses', 'users', 'agency_areas', 'agencies']) {
      await queryRunner.dropTable(table);
    }
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP FUNCTION IF EXISTS application_events_append_only()');
    }
  }
}
