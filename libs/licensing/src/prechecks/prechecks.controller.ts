import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as E } from '../core';
import { PrecheckErrors as P } from './prechecks-errors';
import { PrecheckDto } from './prechecks.dto';
import { PrechecksService } from './prechecks.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const OFFICE_ROLES = ['officer', 'approver', 'head_of_office'] as const;

@ApiTags('prechecks')
@ApiBearerAuth()
@Controller('applications/:id/precheck')
export class PrechecksController {
  constructor(private readonly prechecks: PrechecksService) {}

  @Get()
  @Access.roles([...OFFICE_ROLES], 'application-office')
  @ApiOkResponse({ type: PrecheckDto })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, P.code.PRECHECK_OFFICE_ONLY)
  @ApiOperation({ summary: 'The system’s pre-check of a submitted application, for its office / ผลการตรวจสอบเบื้องต้นโดยระบบ' })
  latest(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<PrecheckDto> {
    return this.prechecks.latest(user, id);
  }

  @Post()
  @HttpCode(200)
  @Access.roles([...OFFICE_ROLES], 'application-office')
  @ApiOkResponse({ type: PrecheckDto, description: 'The check made again now; the earlier ones are kept' })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, P.code.PRECHECK_OFFICE_ONLY, P.code.PRECHECK_NOT_SUBMITTED)
  @ApiOperation({ summary: 'Pre-check the application again now / ตรวจสอบเบื้องต้นอีกครั้ง' })
  recheck(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<PrecheckDto> {
    return this.prechecks.recheck(user, id);
  }
}
