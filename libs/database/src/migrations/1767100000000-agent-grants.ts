import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Grants (docs/architecture.md section 24, owned by the grants module): `agent_grants`, the right a person or a company
 * gives an agent to file and act for it, one in force per principal and agent (a partial unique index on the rows
 * still `active`), and `agent_grant_events`, its history. And `applications.agent_grant_id`, the grant an application
 * was filed under.
 */
export class AgentGrants1767100000000 implements MigrationInterface {
  name = 'AgentGrants1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'agent_grants',
        columns: [
          c.id(),
          c.string('principal_type', 10),
          c.string('principal_id', 13),
          c.string('principal_name_th', 300),
          c.string('principal_name_en', 300),
          c.ref('granted_by'),
          c.string('agent_national_id', 13),
          c.string('agent_name_th', 300),
          c.string('agent_name_en', 300),
          // JSON list of licence type slugs; null for every licence type.
          c.text('licence_types', true),
          c.string('valid_until_date', 10),
          c.time('ends_at'),
          c.string('status', 10),
          c.time('revoked_at', true),
          c.ref('revoked_by', true),
          c.text('revoke_reason', true),
          c.time('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['granted_by'], referencedTableName: 'users', referencedColumnNames: ['id'] },
          { columnNames: ['revoked_by'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
        indices: [
          { name: 'IDX_agent_grants_principal', columnNames: ['principal_type', 'principal_id', 'created_at'] },
          { name: 'IDX_agent_grants_agent', columnNames: ['agent_national_id', 'created_at'] },
          { name: 'UQ_agent_grants_in_force', columnNames: ['principal_type', 'principal_id', 'agent_national_id'], isUnique: true, where: "status = 'active'" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agent_grant_events',
        columns: [c.id(), c.ref('grant_id'), c.string('type', 10), c.ref('actor_id'), c.text('reason', true), c.time('at')],
        foreignKeys: [
          { columnNames: ['grant_id'], referencedTableName: 'agent_grants', referencedColumnNames: ['id'] },
          { columnNames: ['actor_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'IDX_agent_grant_events_grant', columnNames: ['grant_id', 'at'] }],
      }),
    );
    await queryRunner.addColumn('applications', new TableColumn(c.ref('agent_grant_id', true)));
    await queryRunner.createIndex('applications', new TableIndex({ name: 'IDX_applications_agent_grant', columnNames: ['agent_grant_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('applications', 'IDX_applications_agent_grant');
    await queryRunner.dropColumn('applications', 'agent_grant_id');
    await queryRunner.dropTable('agent_grant_events');
    await queryRunner.dropTable('agent_grants');
  }
}
