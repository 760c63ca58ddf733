import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { placeholderOf } from './database-config';

type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * The statements of the hot path (an application read by id on every request; the history and outbox rows every step
 * appends) without TypeORM's query builder, which rebuilds and re-escapes the SQL on every call. The SQL is built once
 * per entity from its metadata, and every value goes through the driver's own conversions (`preparePersistentValue`,
 * `prepareHydratedValue`, with the columns' transformers), so rows are stored and read exactly as a repository would.
 *
 * Only for plain entities: one with relations, embedded columns, generated, create/update-date or version columns is
 * refused when its statements are first made, since the repository would write or read more than these statements.
 */
export class EntityStatements<T extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  private readonly driver: EntityManager['connection']['driver'];
  private readonly placeholder: (index: number) => string;
  private readonly table: string;
  private readonly selectById: string;
  private readonly inserts = new Map<number, string>();
  private readonly updates = new Map<string, string>();

  private constructor(
    private readonly metadata: EntityMetadata,
    manager: EntityManager,
  ) {
    const refused = metadata.relations.length > 0 || metadata.embeddeds.length > 0 || metadata.primaryColumns.length !== 1;
    const special = metadata.columns.find((c) => c.isGenerated || c.isCreateDate || c.isUpdateDate || c.isDeleteDate || c.isVersion || c.isVirtual || !c.isSelect || !c.isInsert);
    if (refused || special) throw new Error(`EntityStatements: ${metadata.name} is not a plain entity${special ? ` (column ${special.propertyName})` : ''}`);
    this.driver = manager.connection.driver;
    this.placeholder = placeholderOf(manager);
    this.columns = metadata.columns;
    this.table = metadata.tablePath.split('.').map((part) => this.driver.escape(part)).join('.');
    const id = this.driver.escape(metadata.primaryColumns[0].databaseName);
    this.selectById = `SELECT ${this.columns.map((c) => this.driver.escape(c.databaseName)).join(', ')} FROM ${this.table} WHERE ${id} = ${this.placeholder(1)}`;
  }

  private static readonly made = new WeakMap<object, Map<EntityTarget<ObjectLiteral>, EntityStatements<ObjectLiteral>>>();

  /** The statements of `target` on the manager's data source (made once per data source and entity). */
  static of<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>): EntityStatements<T> {
    let bySource = EntityStatements.made.get(manager.connection);
    if (!bySource) EntityStatements.made.set(manager.connection, (bySource = new Map()));
    let statements = bySource.get(target);
    if (!statements) bySource.set(target, (statements = new EntityStatements(manager.connection.getMetadata(target), manager)));
    return statements as unknown as EntityStatements<T>;
  }

  /** The entity with this primary key, read with `manager` (a transaction's, to read inside it), or null. */
  async findById(manager: EntityManager, id: string): Promise<T | null> {
    const [row] = (await manager.query(this.selectById, [id])) as Record<string, unknown>[];
    if (!row) return null;
    const entity = this.metadata.create() as T;
    for (const column of this.columns) column.setEntityValue(entity, this.driver.prepareHydratedValue(row[column.databaseName], column));
    return entity;
  }

  /**
   * Inserts the rows in one statement with `manager`. Every column is written: one left undefined is stored as NULL,
   * which is what the repository does for a column with no default (a column with a default must be given).
   */
  async insert(manager: EntityManager, rows: readonly Partial<T>[]): Promise<void> {
    if (rows.length === 0) return;
    const params: unknown[] = [];
    for (const row of rows) {
      for (const column of this.columns) {
        const value = column.getEntityValue(row as T);
        if (value === undefined && column.default !== undefined) {
          throw new Error(`EntityStatements: ${this.metadata.name}.${column.propertyName} has a default and must be given`);
        }
        params.push(value === undefined ? null : this.driver.preparePersistentValue(value, column));
      }
    }
    await manager.query(this.insertSql(rows.length), params);
  }

  /**
   * `UPDATE … SET changes WHERE where` with `manager` (a transaction's), answering how many rows it changed: the
   * version-guarded update of every step. Columns are named by property, as in the repository's `update`.
   */
  async updateWhere(manager: EntityManager, changes: Partial<T>, where: Partial<T>): Promise<number> {
    const set = this.columnsOf(changes);
    const match = this.columnsOf(where);
    if (set.length === 0 || match.length === 0) throw new Error(`EntityStatements: an update of ${this.metadata.name} needs changes and a condition`);
    const key = `${set.map((c) => c.propertyName).join(',')}|${match.map((c) => c.propertyName).join(',')}`;
    let sql = this.updates.get(key);
    if (!sql) {
      let i = 0;
      const assign = set.map((c) => `${this.driver.escape(c.databaseName)} = ${this.placeholder(++i)}`).join(', ');
      const condition = match.map((c) => `${this.driver.escape(c.databaseName)} = ${this.placeholder(++i)}`).join(' AND ');
      this.updates.set(key, (sql = `UPDATE ${this.table} SET ${assign} WHERE ${condition}`));
    }
    const params = [
      ...set.map((c) => this.driver.preparePersistentValue(c.getEntityValue(changes as T), c)),
      ...match.map((c) => this.driver.preparePersistentValue(c.getEntityValue(where as T), c)),
    ];
    const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
    try {
      return (await runner.query(sql, params, true)).affected ?? 0;
    } finally {
      if (!manager.queryRunner) await runner.release();
    }
  }

  /** The columns given a value (undefined: not given), in the entity's column order. */
  private columnsOf(values: Partial<T>): ColumnMetadata[] {
    return this.columns.filter((c) => c.getEntityValue(values as T) !== undefined);
  }

  private insertSql(rowCount: number): string {
    let sql = this.inserts.get(rowCount);
    if (!sql) {
      let i = 0;
      const tuples = Array.from({ length: rowCount }, () => `(${this.columns.map(() => this.placeholder(++i)).join(', ')})`);
      const names = this.columns.map((c) => this.driver.escape(c.databaseName)).join(', ');
      sql = `INSERT INTO ${this.table} (${names}) VALUES ${tuples.join(', ')}`;
      if (rowCount <= 16) this.inserts.set(rowCount, sql);
    }
    return sql;
  }
}
