import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * The office work queue at scale: an index in queue order per office (due date, creation, id: the keyset of its
 * pages), one that covers its counts, one for the decisions of recent days (the dashboard), and each staff member's saved queue views
 * (`work_queue_views`, names unique per user).
 */
export class WorkQueueViewsAndIndexes1765420000000 implements MigrationInterface {
  name = 'WorkQueueViewsAndIndexes1765420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    // The page: the office's rows in queue order, read until the page is full (the role is checked from the index).
    await queryRunner.createIndex('applications', new TableIndex({ name: 'IDX_applications_queue', columnNames: ['agency_id', 'due_at', 'created_at', 'id', 'awaiting_actor'] }));
    // The tab counts under any filter, and who holds what: counted from the index alone.
    await queryRunner.createIndex(
      'applications',
      new TableIndex({ name: 'IDX_applications_queue_counts', columnNames: ['agency_id', 'awaiting_actor', 'assigned_to', 'due_at', 'status', 'kind', 'licence_type', 'subdistrict_code'] }),
    );
    // The dashboard's decisions of the last days.
    await queryRunner.createIndex('application_events', new TableIndex({ name: 'IDX_application_events_status_time', columnNames: ['status', 'created_at', 'application_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'work_queue_views',
        columns: [c.id(), c.ref('user_id'), c.string('name', 240), c.text('filter'), c.time('created_at')],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createIndex('work_queue_views', new TableIndex({ name: 'UQ_work_queue_views_user_name', columnNames: ['user_id', 'name'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('work_queue_views');
    await queryRunner.dropIndex('application_events', 'IDX_application_events_status_time');
    await queryRunner.dropIndex('applications', 'IDX_applications_queue_counts');
    await queryRunner.dropIndex('applications', 'IDX_applications_queue');
  }
}
