import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The next number of a gap-free sequence (receipts, licences), inside the caller's transaction.
 * The row is updated before it is read, so on PostgreSQL its row lock orders concurrent callers;
 * on SQLite the transaction queue does. The entity has the key columns and `lastNumber`.
 *
 * The first number of a key has no row to lock: two transactions can both find none. Each inserts the row at 0 if it
 * is missing (`ON CONFLICT DO NOTHING` / `INSERT OR IGNORE`: the second waits for the first's commit and inserts
 * nothing, instead of failing on the key) and then bumps it like any other number.
 */
export async function nextSequenceNumber<T extends ObjectLiteral & { lastNumber: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: Partial<T>,
): Promise<number> {
  const bump = () =>
    manager
      .createQueryBuilder()
      .update(entity)
      .set({ lastNumber: () => 'last_number + 1' } as never)
      .where(key)
      .execute();
  if ((await bump()).affected !== 1) {
    await manager.createQueryBuilder().insert().into(entity).values({ ...key, lastNumber: 0 } as never).orIgnore().execute();
    const bumped = await bump();
    if (bumped.affected !== 1) throw new Error(`Sequence row ${JSON.stringify(key)} neither found nor made`);
  }
  return (await manager.findOneByOrFail(entity, key as never)).lastNumber;
}
