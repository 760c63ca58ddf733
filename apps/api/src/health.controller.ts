import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import { RequestErrors } from '@bizportal/common';
import { Access, Public } from '@bizportal/identity';
import { checkRedis, JobsSettings, RedisConnection } from '@bizportal/jobs';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnection,
    private readonly jobs: JobsSettings,
  ) {}

  @Access.public('none')
  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness, the database and (with REDIS_URL) Redis: 200 up, 503 down / สถานะระบบ' })
  async check() {
    const checks: HealthIndicatorFunction[] = [() => this.database.pingCheck('database')];
    // In the scaled mode, work is handed to the workers through Redis: an API that cannot reach it is not healthy.
    if (this.jobs.queued) checks.push(() => checkRedis(this.indicators, this.redis));
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // Terminus's own answer (which part is down, and why) as the details of the API's error shape.
      const result = error.getResponse() as HealthCheckResult;
      throw RequestErrors.create('SERVICE_UNHEALTHY', { down: Object.keys(result.error ?? {}).join(', ') || 'unknown' }, result);
    }
  }
}
