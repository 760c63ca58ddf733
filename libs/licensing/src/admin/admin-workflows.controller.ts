import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminLicenceTypeView, DraftVersionView, PublishedVersionView, SimulationResultView, ValidationResultView, WorkflowDiffView, WorkflowVersionSummaryView, WorkflowVersionView } from './dto/workflow-admin.views';
import { Access, ApiErrors, CurrentUser, Roles, type AuthenticatedUser } from '@bizportal/identity';
import { CatalogueErrors as C } from '../catalogue';
import { CreateLicenceTypeCommand } from './commands/create-licence-type.handler';
import { CreateWorkflowVersionCommand } from './commands/create-workflow-version.handler';
import { PublishWorkflowVersionCommand } from './commands/publish-workflow-version.handler';
import { DiffVersionsQueryDto } from './dto/diff-versions.query.dto';
import { SimulateWorkflowDto } from './dto/simulate-workflow.dto';
import { WorkflowDefinitionDto } from './dto/workflow-definition.dto';
import { DiffWorkflowVersionsQuery } from './queries/diff-workflow-versions.handler';
import { GetWorkflowVersionQuery } from './queries/get-workflow-version.handler';
import { ListAdminLicenceTypesQuery } from './queries/list-licence-types.handler';
import { ListWorkflowVersionsQuery } from './queries/list-workflow-versions.handler';
import { SimulateWorkflowQuery } from './queries/simulate-workflow.handler';
import { ValidateWorkflowVersionQuery } from './queries/validate-workflow-version.handler';
import { WorkflowAdminErrors as W } from './workflow-admin-errors';

const versionNumber = new ParseIntPipe({
  exceptionFactory: () => W.create('WORKFLOW_VERSION_NUMBER_INVALID', {}, [{ field: 'version', problem: 'must be a whole number' }]),
});

/** Officials configure licence types and their workflow versions: draft, validate, simulate, publish, compare. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('workflow_admin')
@Controller('admin/licence-types')
export class AdminWorkflowsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Access.roles(['workflow_admin'], 'none')
  @Get()
  @ApiOperation({ summary: 'Every licence type, unpublished ones included / ประเภทใบอนุญาตทั้งหมด' })
  @ApiOkResponse({ type: [AdminLicenceTypeView] })
  licenceTypes() {
    return this.queries.execute(new ListAdminLicenceTypesQuery());
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post()
  @ApiErrors(W.code.WORKFLOW_DEFINITION_INVALID, W.code.LICENCE_TYPE_EXISTS)
  @ApiOperation({ summary: 'Create a licence type with its first workflow version as a draft / สร้างประเภทใบอนุญาต' })
  @ApiCreatedResponse({ type: DraftVersionView })
  createLicenceType(@CurrentUser() user: AuthenticatedUser, @Body() body: WorkflowDefinitionDto) {
    return this.commands.execute(new CreateLicenceTypeCommand(user, body.definition));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/versions')
  @ApiErrors(C.code.LICENCE_TYPE_NOT_FOUND)
  @ApiOperation({ summary: 'Every workflow version, who drafted and published it and when / ประวัติฉบับของกระบวนงาน' })
  @ApiOkResponse({ type: [WorkflowVersionSummaryView] })
  versions(@Param('slug') slug: string) {
    return this.queries.execute(new ListWorkflowVersionsQuery(slug));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/versions')
  @ApiErrors(C.code.LICENCE_TYPE_NOT_FOUND, W.code.WORKFLOW_DEFINITION_INVALID)
  @ApiOperation({ summary: 'Draft a new workflow version / ร่างกระบวนงานฉบับใหม่' })
  @ApiCreatedResponse({ type: DraftVersionView })
  createVersion(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string, @Body() body: WorkflowDefinitionDto) {
    return this.commands.execute(new CreateWorkflowVersionCommand(user, slug, body.definition));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/versions/:version')
  @ApiErrors(W.code.WORKFLOW_VERSION_NUMBER_INVALID, C.code.LICENCE_TYPE_NOT_FOUND, W.code.WORKFLOW_VERSION_NOT_FOUND)
  @ApiOperation({ summary: 'One workflow version with its whole definition / กระบวนงานฉบับหนึ่ง' })
  @ApiOkResponse({ type: WorkflowVersionView })
  version(@Param('slug') slug: string, @Param('version', versionNumber) version: number) {
    return this.queries.execute(new GetWorkflowVersionQuery(slug, version));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/versions/:version/validate')
  @HttpCode(200)
  @ApiErrors(W.code.WORKFLOW_VERSION_NUMBER_INVALID, C.code.LICENCE_TYPE_NOT_FOUND, W.code.WORKFLOW_VERSION_NOT_FOUND)
  @ApiOperation({ summary: 'Validate a version; problems per state (200 even when invalid) / ตรวจสอบกระบวนงาน' })
  @ApiOkResponse({ type: ValidationResultView })
  validate(@Param('slug') slug: string, @Param('version', versionNumber) version: number) {
    return this.queries.execute(new ValidateWorkflowVersionQuery(slug, version));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/versions/:version/simulate')
  @HttpCode(200)
  @ApiErrors(W.code.WORKFLOW_VERSION_NUMBER_INVALID, C.code.LICENCE_TYPE_NOT_FOUND, W.code.WORKFLOW_VERSION_NOT_FOUND, W.code.WORKFLOW_DEFINITION_INVALID)
  @ApiOperation({ summary: 'Run events through a version from its initial state; nothing is stored / จำลองการทำงาน' })
  @ApiOkResponse({ type: SimulationResultView })
  simulate(@Param('slug') slug: string, @Param('version', versionNumber) version: number, @Body() body: SimulateWorkflowDto) {
    return this.queries.execute(new SimulateWorkflowQuery(slug, version, body));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/versions/:version/publish')
  @HttpCode(200)
  @ApiErrors(W.code.WORKFLOW_VERSION_NUMBER_INVALID, C.code.LICENCE_TYPE_NOT_FOUND, W.code.WORKFLOW_VERSION_NOT_FOUND, W.code.WORKFLOW_VERSION_ALREADY_PUBLISHED, W.code.WORKFLOW_DEFINITION_INVALID)
  @ApiOperation({ summary: 'Publish a draft: new applications use it, running ones keep theirs / เผยแพร่กระบวนงาน' })
  @ApiOkResponse({ type: PublishedVersionView })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string, @Param('version', versionNumber) version: number) {
    return this.commands.execute(new PublishWorkflowVersionCommand(user, slug, version));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/diff')
  @ApiErrors(C.code.LICENCE_TYPE_NOT_FOUND, W.code.WORKFLOW_VERSION_NOT_FOUND)
  @ApiOperation({ summary: 'What changes between two versions / เปรียบเทียบสองฉบับ' })
  @ApiOkResponse({ type: WorkflowDiffView })
  diff(@Param('slug') slug: string, @Query() query: DiffVersionsQueryDto) {
    return this.queries.execute(new DiffWorkflowVersionsQuery(slug, query.from, query.to));
  }
}
