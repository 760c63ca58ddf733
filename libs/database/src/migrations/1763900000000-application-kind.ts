import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ApplicationKind1763900000000 implements MigrationInterface {
  name = 'ApplicationKind1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('applications', new TableColumn({ name: 'kind', type: 'varchar', length: '10', isNullable: false, default: "'new'" }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('applications', 'kind');
  }
}
