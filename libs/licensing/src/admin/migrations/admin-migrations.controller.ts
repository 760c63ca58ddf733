import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, ApiErrors, CurrentUser, Roles, type AuthenticatedUser } from '@bizportal/identity';
import { CatalogueErrors as C } from '../../catalogue';
import { MigrationReportQueryDto, StartMigrationDto } from '../dto/migration.dto';
import { MigrationPlanView, MigrationReportView, MigrationView } from '../dto/migration.views';
import { GetMigrationQuery, ListMigrationsQuery, StartMigrationCommand } from './migration.handlers';
import { MigrationErrors as M } from './migration-errors';

/** Officials move running applications of a licence type from one published workflow version to another. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('workflow_admin')
@Controller('admin/licence-types')
export class AdminMigrationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/migrations')
  @ApiErrors(
    C.code.LICENCE_TYPE_NOT_FOUND,
    M.code.MIGRATION_SAME_VERSION,
    M.code.MIGRATION_VERSION_NOT_PUBLISHED,
    M.code.MIGRATION_SOURCE_STATE_UNKNOWN,
    M.code.MIGRATION_SOURCE_STATE_UNMAPPED,
    M.code.MIGRATION_TARGET_STATE_UNKNOWN,
    M.code.MIGRATION_TARGET_STATE_FINAL,
    M.code.MIGRATION_ACTOR_CHANGE,
    M.code.MIGRATION_APPLICATIONS_REFUSED,
    M.code.MIGRATION_NOTHING_TO_MOVE,
    M.code.MIGRATION_ALREADY_RUNNING,
  )
  @ApiOperation({
    summary: 'Move running applications to another workflow version: dryRun answers the checked plan (200); a real run starts in batches (202) / ย้ายคำขอไปกระบวนงานฉบับอื่น',
  })
  @ApiOkResponse({ type: MigrationPlanView, description: 'dryRun: the plan, nothing stored' })
  @ApiAcceptedResponse({ type: MigrationView, description: 'The run, started; follow it with GET …/migrations/{id}' })
  async start(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string, @Body() body: StartMigrationDto, @Res({ passthrough: true }) res: Response) {
    const result = await this.commands.execute(new StartMigrationCommand(user, slug, body));
    res.status(body.dryRun ? 200 : 202);
    return result;
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/migrations')
  @ApiErrors(C.code.LICENCE_TYPE_NOT_FOUND)
  @ApiOperation({ summary: 'The migrations of a licence type, newest first, with their counts / รายการย้ายคำขอ' })
  @ApiOkResponse({ type: [MigrationView] })
  list(@Param('slug') slug: string) {
    return this.queries.execute(new ListMigrationsQuery(slug));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/migrations/:id')
  @ApiErrors(C.code.LICENCE_TYPE_NOT_FOUND, M.code.MIGRATION_NOT_FOUND)
  @ApiOperation({ summary: "A migration's report: counts and each application's outcome / รายงานการย้ายคำขอ" })
  @ApiOkResponse({ type: MigrationReportView })
  report(@Param('slug') slug: string, @Param('id') id: string, @Query() query: MigrationReportQueryDto) {
    return this.queries.execute(new GetMigrationQuery(slug, id, query.outcome));
  }
}
