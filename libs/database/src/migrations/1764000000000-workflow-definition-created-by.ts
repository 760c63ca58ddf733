import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Who drafted each workflow version; versions seeded from files were drafted by whoever published them. */
export class WorkflowDefinitionCreatedBy1764000000000 implements MigrationInterface {
  name = 'WorkflowDefinitionCreatedBy1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('workflow_definitions', new TableColumn({ name: 'created_by', type: 'varchar', length: '100', isNullable: true }));
    await queryRunner.query('UPDATE workflow_definitions SET created_by = published_by WHERE created_by IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('workflow_definitions', 'created_by');
  }
}
