/**
 * `npm run statistics:rebuild`: rebuilds every statistics aggregate (monthly figures, backlog, processing clocks) from
 * the applications and their history, in one transaction, with the holiday calendar as it is now — after holidays
 * were added to or removed from the past, or to check the live aggregates. The API does it by itself at start when
 * the aggregates were never built. Runs no job and no outbox effect in this process.
 *
 *   node dist/apps/api/src/statistics-rebuild.js   (the API's DATABASE_URL and other settings)
 */
import { StatisticsRebuild } from '@bizportal/licensing';

async function main(): Promise<void> {
  Object.assign(process.env, {
    OUTBOX_RUNNER_ENABLED: 'false',
    REMINDER_INTERVAL_MS: '0',
    HISTORY_AUDIT_INTERVAL_MS: '0',
    OPEN_DATA_INTERVAL_MS: '0',
    LICENCE_EXPIRY_INTERVAL_MS: '0',
    PAYMENT_RECONCILE_INTERVAL_MS: '0',
    MIGRATION_RESUME_INTERVAL_MS: '0',
  });
  // Imported only now: the app module reads the environment when it is loaded.
  const { createApp } = await import('./create-app.js');
  const app = await createApp();
  await app.init();
  try {
    const result = await app.get(StatisticsRebuild).rebuild();
    console.log(`Statistics rebuilt from ${result.applications} applications (${result.events} history rows): ${result.monthlyRows} monthly rows in ${result.ms} ms`);
  } finally {
    await app.close();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
