import type { DataSource } from 'typeorm';

/**
 * What an attacker with the database does: the append-only triggers on application_events put aside, rows
 * changed by `work`, the triggers back (PostgreSQL disables its trigger; SQLite drops and recreates it).
 */
export async function asDatabaseAdmin(db: DataSource, work: () => Promise<void>): Promise<void> {
  if (db.options.type === 'postgres') {
    await db.query('ALTER TABLE application_events DISABLE TRIGGER application_events_no_change');
    try {
      await work();
    } finally {
      await db.query('ALTER TABLE application_events ENABLE TRIGGER application_events_no_change');
    }
    return;
  }
  await db.query('DROP TRIGGER application_events_no_update');
  try {
    await work();
  } finally {
    await db.query(`CREATE TRIGGER application_events_no_update BEFORE UPDATE ON application_events BEGIN SELECT RAISE(ABORT, 'application_events is append-only'); END`);
  }
}
