import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Several fees paid with one gateway charge (a bundle's "pay together"): each fee's payment row names the shared charge's key. */
export class SharedCharges1767600000001 implements MigrationInterface {
  name = 'SharedCharges1767600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('payments', new TableColumn({ name: 'shared_charge_key', type: 'varchar', length: '200', isNullable: true }));
    await queryRunner.createIndex('payments', new TableIndex({ name: 'IDX_payments_shared_charge', columnNames: ['shared_charge_key'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('payments', 'IDX_payments_shared_charge');
    await queryRunner.dropColumn('payments', 'shared_charge_key');
  }
}
