import type { QueryRunner, TableColumnOptions } from 'typeorm';

/** Column helpers whose types mean the same on SQLite and PostgreSQL. */
export function columns(queryRunner: QueryRunner) {
  const isPostgres = queryRunner.connection.options.type === 'postgres';
  const timestamp = isPostgres ? 'timestamptz' : 'datetime';
  return {
    id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '64', isPrimary: true }),
    ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '64', isNullable: nullable }),
    text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
    string: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
    int: (name: string, defaultValue?: number): TableColumnOptions => ({ name, type: 'integer', isNullable: false, default: defaultValue }),
    time: (name: string, nullable = false): TableColumnOptions => ({ name, type: timestamp, isNullable: nullable }),
    binary: (name: string, nullable = false): TableColumnOptions => ({ name, type: isPostgres ? 'bytea' : 'blob', isNullable: nullable }),
  };
}

