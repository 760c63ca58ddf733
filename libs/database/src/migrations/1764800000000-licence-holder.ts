import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A licence belongs to whoever its application was for: a person (holder_id is her account) or a
 * juristic person (holder_id is its registration number), so every authorised director sees the
 * company's licences. Licences already issued to a company's applying director move to the company.
 */
export class LicenceHolder1764800000000 implements MigrationInterface {
  name = 'LicenceHolder1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('licences', new TableColumn({ name: 'holder_type', type: 'varchar', length: '10', isNullable: false, default: "'person'" }));
    await queryRunner.query(
      `UPDATE licences SET
         holder_type = 'juristic',
         holder_id = (SELECT a.holder_id FROM applications a WHERE a.id = licences.application_id)
       WHERE EXISTS (SELECT 1 FROM applications a WHERE a.id = licences.application_id AND a.holder_type = 'juristic' AND a.holder_id IS NOT NULL)`,
    );
    await queryRunner.createIndex('licences', new TableIndex({ name: 'IDX_licences_holder', columnNames: ['holder_type', 'holder_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('licences', 'IDX_licences_holder');
    await queryRunner.query(
      `UPDATE licences SET holder_id = (SELECT a.applicant_id FROM applications a WHERE a.id = licences.application_id) WHERE holder_type = 'juristic'`,
    );
    // As in 1764600000000: plain DROP COLUMN spares SQLite TypeORM's copy-and-drop of the table.
    await queryRunner.query(`ALTER TABLE ${queryRunner.connection.driver.escape('licences')} DROP COLUMN ${queryRunner.connection.driver.escape('holder_type')}`);
  }
}
