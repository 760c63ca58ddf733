import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * GET /applications pages by keyset, newest first (created_at, id), per scope: the applicant's own, a directed
 * company's (holder), the office's. An index per scope in that order lets each page start at the cursor and stop
 * after a page, whatever the list's length; status is last so a status filter and the capped count are read from
 * the index alone.
 */
export const APPLICATION_LIST_INDEXES = [
  new TableIndex({ name: 'IDX_applications_applicant_list', columnNames: ['applicant_id', 'created_at', 'id', 'status'] }),
  new TableIndex({ name: 'IDX_applications_holder_list', columnNames: ['holder_type', 'holder_id', 'created_at', 'id', 'status'] }),
  new TableIndex({ name: 'IDX_applications_agency_list', columnNames: ['agency_id', 'created_at', 'id', 'status'] }),
];

export class ApplicationListIndexes1766000000000 implements MigrationInterface {
  name = 'ApplicationListIndexes1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of APPLICATION_LIST_INDEXES) await queryRunner.createIndex('applications', index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [...APPLICATION_LIST_INDEXES].reverse()) await queryRunner.dropIndex('applications', index.name!);
  }
}
