import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, Roles, type AuthenticatedUser } from '@bizportal/identity';
import { BusinessTypeVersions } from './business-type-versions';
import { BusinessDiffQueryDto, CreateBusinessTypeDto, DraftBusinessVersionDto, EditBusinessVersionDto, PublishBusinessVersionDto } from './business-types-admin.dto';
import {
  AdminBusinessTypeView,
  BusinessTypeDiffView,
  BusinessValidationView,
  BusinessVersionSummaryView,
  BusinessVersionView,
  PublishedBusinessVersionView,
} from './business-types-admin.views';
import { CatalogueErrors as C } from './catalogue-errors';

const versionNumber = new ParseIntPipe({
  exceptionFactory: () => C.create('BUSINESS_VERSION_NUMBER_INVALID', {}, [{ field: 'version', problem: 'must be a whole number' }]),
});

/** Officials configure business types and their Smart Quiz, versioned like workflows: draft, edit, validate, publish, compare. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('workflow_admin')
@Controller('admin/businesses')
export class BusinessTypesAdminController {
  constructor(private readonly businessTypes: BusinessTypeVersions) {}

  @Access.roles(['workflow_admin'], 'none')
  @Get()
  @ApiOperation({ summary: 'Every business type, unpublished ones included / ประเภทธุรกิจทั้งหมด' })
  @ApiOkResponse({ type: [AdminBusinessTypeView] })
  list() {
    return this.businessTypes.list();
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post()
  @ApiErrors(C.code.BUSINESS_TYPE_CONTENT_INVALID, C.code.BUSINESS_TYPE_EXISTS)
  @ApiOperation({ summary: 'Create a business type; version 1 is a draft until published / สร้างประเภทธุรกิจ' })
  @ApiCreatedResponse({ type: BusinessVersionView })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateBusinessTypeDto) {
    return this.businessTypes.create(user, body.slug, body.content);
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/versions')
  @ApiErrors(C.code.BUSINESS_TYPE_NOT_FOUND)
  @ApiOperation({ summary: 'Every version of a business type, who drafted and published it and when / ประวัติฉบับของประเภทธุรกิจ' })
  @ApiOkResponse({ type: [BusinessVersionSummaryView] })
  versions(@Param('slug') slug: string) {
    return this.businessTypes.listVersions(slug);
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/versions')
  @ApiErrors(C.code.BUSINESS_TYPE_NOT_FOUND, C.code.BUSINESS_VERSION_NOT_FOUND, C.code.BUSINESS_DRAFT_EXISTS)
  @ApiOperation({ summary: 'Draft a new version, a copy of a published one / ร่างฉบับใหม่' })
  @ApiCreatedResponse({ type: BusinessVersionView })
  draft(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string, @Body() body: DraftBusinessVersionDto) {
    return this.businessTypes.draft(user, slug, body.from);
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/versions/:version')
  @ApiErrors(C.code.BUSINESS_VERSION_NUMBER_INVALID, C.code.BUSINESS_TYPE_NOT_FOUND, C.code.BUSINESS_VERSION_NOT_FOUND)
  @ApiOperation({ summary: 'One version with its whole content / ประเภทธุรกิจฉบับหนึ่ง' })
  @ApiOkResponse({ type: BusinessVersionView })
  version(@Param('slug') slug: string, @Param('version', versionNumber) version: number) {
    return this.businessTypes.describe(slug, version);
  }

  @Access.roles(['workflow_admin'], 'none')
  @Put(':slug/versions/:version')
  @ApiErrors(
    C.code.BUSINESS_VERSION_NUMBER_INVALID,
    C.code.BUSINESS_TYPE_NOT_FOUND,
    C.code.BUSINESS_VERSION_NOT_FOUND,
    C.code.BUSINESS_TYPE_CONTENT_INVALID,
    C.code.BUSINESS_VERSION_NOT_DRAFT,
    C.code.BUSINESS_DRAFT_CHANGED,
  )
  @ApiOperation({ summary: 'Save a draft: names, description, licences, questions and rules / บันทึกฉบับร่าง' })
  @ApiOkResponse({ type: BusinessVersionView })
  edit(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string, @Param('version', versionNumber) version: number, @Body() body: EditBusinessVersionDto) {
    return this.businessTypes.edit(user, slug, version, body.revision, body.content);
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/versions/:version/validate')
  @HttpCode(200)
  @ApiErrors(C.code.BUSINESS_VERSION_NUMBER_INVALID, C.code.BUSINESS_TYPE_NOT_FOUND, C.code.BUSINESS_VERSION_NOT_FOUND)
  @ApiOperation({ summary: 'Validate a version; its problems by field (200 even when invalid) / ตรวจสอบประเภทธุรกิจ' })
  @ApiOkResponse({ type: BusinessValidationView })
  validate(@Param('slug') slug: string, @Param('version', versionNumber) version: number) {
    return this.businessTypes.validate(slug, version);
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post(':slug/versions/:version/publish')
  @HttpCode(200)
  @ApiErrors(
    C.code.BUSINESS_VERSION_NUMBER_INVALID,
    C.code.BUSINESS_TYPE_NOT_FOUND,
    C.code.BUSINESS_VERSION_NOT_FOUND,
    C.code.BUSINESS_VERSION_NOT_DRAFT,
    C.code.BUSINESS_DRAFT_CHANGED,
    C.code.BUSINESS_TYPE_INVALID,
  )
  @ApiOperation({ summary: 'Publish a draft: the finder and the Smart Quiz use it at once / เผยแพร่ประเภทธุรกิจ' })
  @ApiOkResponse({ type: PublishedBusinessVersionView })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string, @Param('version', versionNumber) version: number, @Body() body: PublishBusinessVersionDto) {
    return this.businessTypes.publish(user, slug, version, body.revision);
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get(':slug/diff')
  @ApiErrors(C.code.BUSINESS_TYPE_NOT_FOUND, C.code.BUSINESS_VERSION_NOT_FOUND)
  @ApiOperation({ summary: 'What changes between two versions / เปรียบเทียบสองฉบับ' })
  @ApiOkResponse({ type: BusinessTypeDiffView })
  diff(@Param('slug') slug: string, @Query() query: BusinessDiffQueryDto) {
    return this.businessTypes.diff(slug, query.from, query.to);
  }
}
