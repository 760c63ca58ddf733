import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The next number of a gap-free sequence (receipts, licences), inside the caller's transaction.
 * The row is updated before it is read, so on PostgreSQL its row lock orders concurrent callers;
 * on SQLite the transaction queue does. The entity has the key columns and `lastNumber`.
 */
export async function nextSequenceNumber<T extends ObjectLiteral & { lastNumber: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: Partial<T>,
): Promise<number> {
  const bumped = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ lastNumber: () => 'last_number + 1' } as never)
    .where(key)
    .execute();
  if (bumped.affected !== 1) await manager.insert(entity, { ...key, lastNumber: 1 } as never);
  return (await manager.findOneByOrFail(entity, key as never)).lastNumber;
}
