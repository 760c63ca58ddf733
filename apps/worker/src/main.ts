/**
 * The worker (scaled mode): runs outbox effects and scheduled jobs taken from BullMQ on REDIS_URL, over the same
 * database and settings as the API. Start any number of them beside any number of API processes:
 *
 *   REDIS_URL=redis://… DATABASE_URL=postgres://… node dist/apps/worker/src/main.js   (npm run start:worker)
 *
 * GET /health on WORKER_HEALTH_PORT (3001) checks the database and Redis. SIGTERM or SIGINT drains: no new job is
 * taken, the running ones finish, then the process exits 0.
 */
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { workflowsDirectory } from '@bizportal/common';
import { loadWorkflowFiles } from '@bizportal/licensing';
import { WorkerModule } from './worker.module';
import { WorkerHealth } from './worker-health';

async function main(): Promise<void> {
  if (!process.env.REDIS_URL) {
    throw new Error(
      'Invalid environment:\n  REDIS_URL is required: the worker takes its work from BullMQ on Redis (REDIS_URL=redis://127.0.0.1:6379).\n' +
        '  Without Redis there is no worker to run: the API runs effects and scheduled jobs in its own process (npm start).',
    );
  }
  // As the API: an invalid workflow file stops the start before any database connection.
  loadWorkflowFiles(workflowsDirectory(process.env.WORKFLOWS_DIR));
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Migrations have run (DatabaseModule runs them on connect, as in the API); init starts the queues and schedules.
  await app.init();
  const health = app.get(WorkerHealth);
  const port = app.get(ConfigService).get<number>('WORKER_HEALTH_PORT') ?? 3001;
  const server = await health.listen(port);
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  const logger = app.get(Logger);
  logger.log(`Biz Portal worker ${process.pid} running; health on http://localhost:${listening}/health`, 'Worker');

  let stopping = false;
  const drain = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: draining (no new jobs; waiting for the running ones)`, 'Worker');
    health.drain();
    app
      .close()
      .then(() => {
        server.close();
        logger.log('Drained; stopped', 'Worker');
        process.exit(0);
      })
      .catch((error: Error) => {
        console.error(`Stopping failed: ${error.message}`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', drain);
  process.on('SIGINT', drain);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
