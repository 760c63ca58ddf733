/**
 * Runs the real worker (apps/worker/src/main.ts) in a child process straight from the TypeScript sources, as
 * api-process.cjs runs the API (ts-register.cjs). Its environment names the database, REDIS_URL and REDIS_PREFIX;
 * it logs (pino, JSON lines) "health on http://localhost:<port>/health" once it takes work.
 */
const path = require('node:path');
const { ROOT } = require('./ts-register.cjs');

require(path.join(ROOT, 'apps/worker/src/main.ts'));
