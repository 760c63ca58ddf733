import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/** The licence after issuance: which licence a renewal or amendment continues, and how the applicant receives it. */
export class LicenceLife1764300000000 implements MigrationInterface {
  name = 'LicenceLife1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('applications', [
      new TableColumn(c.string('previous_licence_number', 80, true)),
      new TableColumn({ ...c.string('delivery_method', 10), default: "'e-licence'" }),
      new TableColumn(c.string('delivery_address', 500, true)),
    ]);
    await queryRunner.createIndex('applications', new TableIndex({ columnNames: ['previous_licence_number'] }));
    await queryRunner.addColumns('licences', [new TableColumn(c.string('previous_number', 80, true)), new TableColumn(c.string('replaced_by', 80, true))]);
    // The daily expiry job looks for licences in force whose validity has ended; every licence view
    // (the public QR check included) looks for the licence that continues it.
    await queryRunner.createIndex('licences', new TableIndex({ columnNames: ['status', 'valid_until'] }));
    await queryRunner.createIndex('licences', new TableIndex({ columnNames: ['previous_number'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const licences = await queryRunner.getTable('licences');
    for (const columns of ['status,valid_until', 'previous_number']) {
      const index = licences?.indices.find((i) => i.columnNames.join() === columns);
      if (index) await queryRunner.dropIndex('licences', index);
    }
    await queryRunner.dropColumns('licences', ['previous_number', 'replaced_by']);
    const applications = await queryRunner.getTable('applications');
    const byPrevious = applications?.indices.find((i) => i.columnNames.join() === 'previous_licence_number');
    if (byPrevious) await queryRunner.dropIndex('applications', byPrevious);
    await queryRunner.dropColumns('applications', ['previous_licence_number', 'delivery_method', 'delivery_address']);
  }
}
