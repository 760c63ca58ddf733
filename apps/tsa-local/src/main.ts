/**
 * Standalone local trust services: `node dist/apps/tsa-local/src/main.js` (`npm start` runs it beside the API in the
 * embedded mode). The development CA's RFC 3161 Time-Stamp Authority (POST /tsa) and its CRL (GET /dev-ca.crl), with
 * the development identity under SIGNING_DEV_DIR (default data), made on first use.
 *
 * Environment: TSA_LOCAL_PORT (default 12113), TSA_LOCAL_HOST (default 127.0.0.1), SIGNING_DEV_DIR.
 * It refuses to start with NODE_ENV=production.
 */
import { resolve } from 'node:path';
import { closeOnSignals } from '@bizportal/common';
import { startDevelopmentTrustServices } from '@bizportal/e-licence';

async function main(): Promise<void> {
  const env = process.env;
  if (env.NODE_ENV === 'production') throw new Error('tsa-local is for development and tests: it does not start with NODE_ENV=production');
  const port = Number(env.TSA_LOCAL_PORT ?? 12113);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`TSA_LOCAL_PORT is not a port: ${env.TSA_LOCAL_PORT}`);
  const services = await startDevelopmentTrustServices({ dataDir: resolve(env.SIGNING_DEV_DIR || 'data'), port, host: env.TSA_LOCAL_HOST || '127.0.0.1' });
  console.log(`[tsa-local] DEVELOPMENT time-stamping authority at ${services.tsaUrl} (RFC 3161), CRL at ${services.crlUrl}: not for production`);
  closeOnSignals('tsa-local', () => services.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
