import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataErrors as D } from '../applicant-data';
import { ConsentErrors as K } from '../applications';
import { CatalogueErrors as C } from '../catalogue';
import { ApplicationErrors as E } from '../core';
import { BundleErrors as B } from './bundles-errors';
import { BundleView, CreateBundleDto, SubmitBundleDto } from './bundles.dto';
import { Bundles } from './bundles.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('bundles')
@ApiBearerAuth()
@Controller('bundles')
export class BundlesController {
  constructor(private readonly bundles: Bundles) {}

  @Post()
  @Access.roles(['applicant'], 'company-authority')
  @ApiErrors(B.code.BUNDLE_LICENCE_NOT_APPLICABLE, C.code.BUSINESS_TYPE_UNKNOWN, E.code.PREMISES_AREA_MISMATCH, D.code.NOT_AUTHORISED_DIRECTOR, D.code.JURISTIC_PERSON_NOT_ACTIVE, D.code.ACCOUNT_HAS_NO_NATIONAL_ID, D.code.ACCOUNT_NOT_IN_CIVIL_REGISTRY)
  @ApiOperation({
    summary: 'Apply for several licences together: one draft per licence, shared data entered once / ยื่นคำขอรวมหลายใบอนุญาต',
    description: 'All or nothing: a licence that cannot be applied for here (unknown, not open online, not listed for the business, no office for the premises) refuses the whole request, naming it as licenceTypes[i], and nothing is stored.',
  })
  @ApiCreatedResponse({ type: BundleView })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateBundleDto) {
    return this.bundles.create(user, body);
  }

  @Get()
  @Access.roles(['applicant'], 'bundle')
  @ApiOperation({ summary: 'My bundles of applications, newest first / คำขอรวมของฉัน' })
  @ApiOkResponse({ type: [BundleView] })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.bundles.list(user);
  }

  @Get(':id')
  @Access.roles(['applicant'], 'bundle')
  @ApiErrors(B.code.BUNDLE_NOT_FOUND)
  @ApiOperation({ summary: 'A bundle: each licence’s application with its state, office, fees and due date / คำขอรวม' })
  @ApiOkResponse({ type: BundleView })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.bundles.get(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Access.roles(['applicant'], 'bundle')
  @ApiErrors(B.code.BUNDLE_NOT_FOUND, B.code.BUNDLE_NOTHING_TO_SUBMIT, B.code.BUNDLE_NOT_READY, K.code.PRIVACY_NOTICE_NOT_CURRENT, E.code.APPLICATION_CHANGED_CONCURRENTLY)
  @ApiOperation({
    summary: 'Submit every draft of the bundle together / ยื่นคำขอทั้งหมด',
    description: 'One SUBMIT per draft, committed together: if any cannot be submitted (form, documents, unconfirmed data) the answer names each (applications[i]) and why, and none is submitted. Afterwards each application runs its own workflow.',
  })
  @ApiOkResponse({ type: BundleView })
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: SubmitBundleDto) {
    return this.bundles.submit(user, id, body.privacyConsent);
  }
}
