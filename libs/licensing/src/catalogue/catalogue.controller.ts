import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { toMermaid } from '@bizportal/engine';
import { LicenceTypeVersionDto, QuizAnswersDto, SearchLicenceTypesDto, WorkflowFormatDto } from './catalogue.dto';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { BusinessSummaryView, BusinessView, QuizRuleView, LicenceTypeSummaryView, LicenceTypeView, QuizResultView, WorkflowView } from './catalogue.views';
import { Access, ApiErrors, Public, RateLimit } from '@bizportal/identity';
import { CatalogueViews } from './catalogue-views';
import { CatalogueErrors } from './catalogue-errors';

@ApiTags('catalogue')
@Public()
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueViews) {}

  @Access.public('none')
  @Get('businesses')
  @ApiOperation({ summary: 'Business types / ประเภทธุรกิจ' })
  @ApiOkResponse({ type: [BusinessSummaryView] })
  businesses() {
    return this.catalogue.listBusinesses();
  }

  @Access.public('none')
  @ApiErrors(CatalogueErrors.code.BUSINESS_TYPE_NOT_FOUND)
  @Get('businesses/:slug')
  @ApiOperation({ summary: 'A business type with the licences it may need / ประเภทธุรกิจและใบอนุญาตที่เกี่ยวข้อง' })
  @ApiExtraModels(QuizRuleView)
  @ApiOkResponse({ type: BusinessView })
  business(@Param('slug') slug: string) {
    return this.catalogue.describeBusiness(slug);
  }

  @Access.public('none')
  @RateLimit('quiz')
  @ApiErrors(CatalogueErrors.code.BUSINESS_TYPE_NOT_FOUND, CatalogueErrors.code.QUIZ_ANSWERS_INVALID)
  @Post('businesses/:slug/quiz')
  @HttpCode(200)
  @ApiOperation({ summary: 'Smart Quiz: the licences this business needs / แบบสอบถามหาใบอนุญาตที่ต้องใช้' })
  @ApiOkResponse({ type: QuizResultView })
  quiz(@Param('slug') slug: string, @Body() body: QuizAnswersDto) {
    return this.catalogue.runQuiz(slug, body.answers);
  }

  @Access.public('none')
  @Get('licence-types')
  @ApiOperation({ summary: 'Licence types, searchable by Thai or English name / ค้นหาประเภทใบอนุญาต' })
  @ApiOkResponse({ type: [LicenceTypeSummaryView] })
  licenceTypes(@Query() query: SearchLicenceTypesDto) {
    return this.catalogue.listLicenceTypes(query.q);
  }

  @Access.public('none')
  @ApiErrors(CatalogueErrors.code.LICENCE_TYPE_NOT_FOUND, CatalogueErrors.code.LICENCE_TYPE_NOT_PUBLISHED, CatalogueErrors.code.WORKFLOW_NOT_FOUND)
  @Get('licence-types/:slug')
  @ApiOperation({ summary: 'A licence type: fees, documents, form, of its current version or of a published one (?version=) / รายละเอียดใบอนุญาต' })
  @ApiOkResponse({ type: LicenceTypeView })
  licenceType(@Param('slug') slug: string, @Query() query: LicenceTypeVersionDto) {
    return this.catalogue.describeLicenceType(slug, query.version);
  }

  @Access.public('none')
  @ApiErrors(CatalogueErrors.code.LICENCE_TYPE_NOT_FOUND, CatalogueErrors.code.LICENCE_TYPE_NOT_PUBLISHED, CatalogueErrors.code.WORKFLOW_NOT_FOUND)
  @Get('licence-types/:slug/workflow')
  @ApiOperation({ summary: 'The published workflow machine of a licence type; ?format=mermaid for a state diagram / ขั้นตอนการพิจารณา' })
  @ApiExtraModels(WorkflowView)
  @ApiOkResponse({ description: 'JSON, or a Mermaid state diagram as text with ?format=mermaid', content: { 'application/json': { schema: { $ref: getSchemaPath(WorkflowView) } }, 'text/plain': { schema: { type: 'string' } } } })
  async workflow(@Param('slug') slug: string, @Query() query: WorkflowFormatDto, @Res({ passthrough: true }) res: Response) {
    const workflow = await this.catalogue.workflowOf(slug);
    if (query.format !== 'mermaid') return workflow;
    res.type('text/plain; charset=utf-8');
    return toMermaid(workflow.machine);
  }
}
