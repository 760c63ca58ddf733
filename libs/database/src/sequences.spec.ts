import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { nextSequenceNumber } from './sequences';
import { testDatabase, testOnPostgres as onPostgres } from './test-database';

@Entity('test_sequences')
class TestSequence {
  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber!: number;
}

describe('nextSequenceNumber', () => {
  let db: DataSource;
  let remove: () => Promise<void>;
  beforeAll(async () => ({ db, remove } = await testDatabase([TestSequence])));
  afterAll(() => remove());

  it('numbers from 1 without gaps, per key', async () => {
    const next = (agencyId: string, year: number) => db.transaction((manager) => nextSequenceNumber(manager, TestSequence, { agencyId, year }));
    expect([await next('bma', 2570), await next('bma', 2570), await next('bma', 2571), await next('nonthaburi', 2570), await next('bma', 2570)]).toEqual([1, 2, 1, 1, 3]);
  });

  // SQLite runs one writing transaction at a time: no two can meet there.
  (onPostgres ? it : it.skip)('gives two transactions taking the first number of a key at the same moment 1 and 2, not a key violation', async () => {
    const first = db.createQueryRunner();
    const second = db.createQueryRunner();
    await first.startTransaction();
    await second.startTransaction();
    try {
      const key = { agencyId: 'khlongtoei', year: 2570 };
      // The first has made the row and not committed; the second finds no row it can see and waits on the key.
      expect(await nextSequenceNumber(first.manager, TestSequence, key)).toBe(1);
      const waiting = nextSequenceNumber(second.manager, TestSequence, key);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await first.commitTransaction();
      expect(await waiting).toBe(2);
      await second.commitTransaction();
      expect(await db.getRepository(TestSequence).findOneByOrFail(key)).toMatchObject({ lastNumber: 2 });
    } finally {
      if (first.isTransactionActive) await first.rollbackTransaction();
      if (second.isTransactionActive) await second.rollbackTransaction();
      await first.release();
      await second.release();
    }
  });
});
