import { createServer, type Server } from 'node:http';
import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { checkRedis, RedisConnection } from '@bizportal/jobs';

/**
 * GET /health of a worker: the database and Redis, in the shape of the API's /health (Terminus): 200 when both are
 * up, 503 when either is down, and 503 while the worker drains. Everything else is 404.
 */
@Injectable()
export class WorkerHealth {
  private draining = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnection,
  ) {}

  async check(): Promise<{ status: number; body: HealthCheckResult | { status: 'draining' } }> {
    if (this.draining) return { status: 503, body: { status: 'draining' } };
    try {
      return { status: 200, body: await this.health.check([() => this.database.pingCheck('database'), () => checkRedis(this.indicators, this.redis)]) };
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return { status: 503, body: error.getResponse() as HealthCheckResult };
      throw error;
    }
  }

  /** Serves /health on `port` (0: a free one); resolves with the server once it listens. */
  listen(port: number, host?: string): Promise<Server> {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/health') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'NOT_FOUND' }));
        return;
      }
      this.check().then(
        ({ status, body }) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
        (error: Error) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'error', error: error.message })),
      );
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve(server));
    });
  }

  /** From now on /health answers 503 (a load balancer or orchestrator stops counting on this worker). */
  drain(): void {
    this.draining = true;
  }
}
