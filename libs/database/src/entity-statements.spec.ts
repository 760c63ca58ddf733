import { Column, CreateDateColumn, DataSource, Entity, PrimaryColumn, type QueryDeepPartialEntity } from 'typeorm';
import { binaryColumnType, timestampColumnType } from './database-config';
import { EntityStatements } from './entity-statements';
import { testDatabase } from './test-database';

const upper = { to: (v: string | null) => (v === null ? null : v.toUpperCase()), from: (v: string | null) => (v === null ? null : v.toLowerCase()) };

@Entity('statement_rows')
class StatementRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'seq', type: 'integer' })
  seq!: number;

  @Column({ name: 'roles', type: 'simple-json' })
  roles!: string[];

  @Column({ name: 'data', type: 'simple-json', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ name: 'done', type: 'boolean' })
  done!: boolean;

  @Column({ name: 'at', type: timestampColumnType() })
  at!: Date;

  @Column({ name: 'ended_at', type: timestampColumnType(), nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'comment', type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'code', type: 'varchar', length: 20, nullable: true, transformer: upper })
  code!: string | null;

  @Column({ name: 'bytes', type: binaryColumnType(), nullable: true })
  bytes!: Buffer | null;
}

@Entity('statement_dated_rows')
class DatedRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

describe('EntityStatements', () => {
  let db: DataSource;
  let remove: () => Promise<void>;
  beforeAll(async () => ({ db, remove } = await testDatabase([StatementRow, DatedRow])));
  afterAll(() => remove());

  const sample = (id: string): StatementRow =>
    Object.assign(new StatementRow(), {
      id,
      seq: 7,
      roles: ['officer', 'approver'],
      data: { amountSatang: 250_000, note: 'ค่าธรรมเนียม', nested: { ok: true } },
      done: true,
      at: new Date('2026-12-07T09:15:30.123Z'),
      endedAt: null,
      comment: 'ตรวจแล้ว / checked',
      code: 'ab-12',
      bytes: Buffer.from([0, 1, 2, 255]),
    });

  it('stores a row exactly as the repository does, and reads it back as the repository does', async () => {
    const repository = db.getRepository(StatementRow);
    await repository.insert(sample('by-repository') as QueryDeepPartialEntity<StatementRow>);
    await EntityStatements.of(db.manager, StatementRow).insert(db.manager, [sample('by-statements')]);

    const stored = (id: string) => db.query(`SELECT * FROM statement_rows WHERE id = ${db.options.type === 'postgres' ? '$1' : '?'}`, [id]);
    const [byRepository] = await stored('by-repository');
    const [byStatements] = await stored('by-statements');
    expect({ ...byStatements, id: null }).toEqual({ ...byRepository, id: null });
    expect(byStatements.code).toBe('AB-12');

    const read = await EntityStatements.of(db.manager, StatementRow).findById(db.manager, 'by-repository');
    expect(read).toBeInstanceOf(StatementRow);
    expect(read).toEqual(await repository.findOneBy({ id: 'by-repository' }));
    expect(read).toEqual(sample('by-repository'));
  });

  it('inserts several rows in one statement, inside the caller’s transaction', async () => {
    await expect(
      db.transaction(async (manager) => {
        await EntityStatements.of(manager, StatementRow).insert(manager, [sample('many-1'), sample('many-2'), sample('many-3')]);
        expect(await EntityStatements.of(manager, StatementRow).findById(manager, 'many-3')).toEqual(sample('many-3'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.getRepository(StatementRow).countBy({ seq: 7 })).toBe(2);
    await EntityStatements.of(db.manager, StatementRow).insert(db.manager, [sample('many-1'), sample('many-2')]);
    expect(await db.getRepository(StatementRow).countBy({ seq: 7 })).toBe(4);
  });

  it('answers null for an id with no row, and stores an undefined nullable column as NULL', async () => {
    expect(await EntityStatements.of(db.manager, StatementRow).findById(db.manager, 'nobody')).toBeNull();
    const partial: Partial<StatementRow> = { ...sample('partial') };
    delete partial.comment;
    await EntityStatements.of(db.manager, StatementRow).insert(db.manager, [partial]);
    expect((await db.getRepository(StatementRow).findOneByOrFail({ id: 'partial' })).comment).toBeNull();
  });

  it('updates as the repository does, guarded by its condition, and answers how many rows changed', async () => {
    const repository = db.getRepository(StatementRow);
    await EntityStatements.of(db.manager, StatementRow).insert(db.manager, [sample('update-a'), sample('update-b')]);
    const changes = { seq: 8, data: { step: 'APPROVE' }, endedAt: new Date('2026-12-08T01:00:00.000Z'), code: 'cd-34', comment: null };
    await repository.update({ id: 'update-a', seq: 7 }, changes);
    const changed = await db.transaction((manager) => EntityStatements.of(manager, StatementRow).updateWhere(manager, changes, { id: 'update-b', seq: 7 }));
    expect(changed).toBe(1);
    const stored = (id: string) => db.query(`SELECT * FROM statement_rows WHERE id = ${db.options.type === 'postgres' ? '$1' : '?'}`, [id]);
    expect({ ...(await stored('update-b'))[0], id: null }).toEqual({ ...(await stored('update-a'))[0], id: null });
    expect(await repository.findOneByOrFail({ id: 'update-b' })).toEqual({ ...sample('update-b'), ...changes });
    // The guard no longer matches (seq is 8 now): nothing changes.
    expect(await EntityStatements.of(db.manager, StatementRow).updateWhere(db.manager, { seq: 9 }, { id: 'update-b', seq: 7 })).toBe(0);
    expect((await repository.findOneByOrFail({ id: 'update-b' })).seq).toBe(8);
  });

  it('refuses an entity whose repository writes columns of its own (a create-date column)', () => {
    expect(() => EntityStatements.of(db.manager, DatedRow)).toThrow('DatedRow is not a plain entity (column createdAt)');
  });
});
