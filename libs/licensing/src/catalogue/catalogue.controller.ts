import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { QuizAnswersDto, SearchLicenceTypesDto } from './catalogue.dto';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@bizportal/identity';
import { CatalogueService } from './catalogue.service';

@ApiTags('catalogue')
@Public()
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('businesses')
  @ApiOperation({ summary: 'Business types / ประเภทธุรกิจ' })
  businesses() {
    return this.catalogue.listBusinesses();
  }

  @Get('businesses/:slug')
  @ApiOperation({ summary: 'A business type with the licences it may need / ประเภทธุรกิจและใบอนุญาตที่เกี่ยวข้อง' })
  business(@Param('slug') slug: string) {
    return this.catalogue.describeBusiness(slug);
  }

  @Post('businesses/:slug/quiz')
  @HttpCode(200)
  @ApiOperation({ summary: 'Smart Quiz: the licences this business needs / แบบสอบถามหาใบอนุญาตที่ต้องใช้' })
  quiz(@Param('slug') slug: string, @Body() body: QuizAnswersDto) {
    return this.catalogue.runQuiz(slug, body.answers);
  }

  @Get('licence-types')
  @ApiOperation({ summary: 'Licence types, searchable by Thai or English name / ค้นหาประเภทใบอนุญาต' })
  licenceTypes(@Query() query: SearchLicenceTypesDto) {
    return this.catalogue.listLicenceTypes(query.q);
  }

  @Get('licence-types/:slug')
  @ApiOperation({ summary: 'A licence type: fees, documents, form / รายละเอียดใบอนุญาต' })
  licenceType(@Param('slug') slug: string) {
    return this.catalogue.describeLicenceType(slug);
  }

  @Get('licence-types/:slug/workflow')
  @ApiOperation({ summary: 'The published workflow machine of a licence type / ขั้นตอนการพิจารณา' })
  workflow(@Param('slug') slug: string) {
    return this.catalogue.workflowOf(slug);
  }
}
