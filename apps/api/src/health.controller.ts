import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Access, Public } from '@bizportal/identity';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Access.public('none')
  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and the database connection: 200 up, 503 down / สถานะระบบ' })
  check() {
    return this.health.check([() => this.database.pingCheck('database')]);
  }
}
