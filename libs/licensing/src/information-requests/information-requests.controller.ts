import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as E } from '../core';
import { InformationRequestErrors as I } from './information-requests-errors';
import { AnswerInformationItemDto, InformationRequestDto } from './information-requests.dto';
import { InformationRequestsService } from './information-requests.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('information-requests')
@ApiBearerAuth()
@Controller('applications/:id/information-requests')
export class InformationRequestsController {
  constructor(private readonly requests: InformationRequestsService) {}

  @Get()
  @Access.signedIn('application')
  @ApiOkResponse({ type: InformationRequestDto, isArray: true, description: 'The office’s requests, newest first' })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND)
  @ApiOperation({ summary: 'What the office asked for, and what is answered / รายการขอเอกสารหรือข้อมูลเพิ่มเติม' })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<InformationRequestDto[]> {
    return this.requests.list(user, id);
  }

  @Post(':requestId/items/:itemId/answer')
  @HttpCode(200)
  @Access.roles(['applicant'], 'application-owner')
  @ApiOkResponse({ type: InformationRequestDto, description: 'The request with the answer recorded' })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, I.code.ONLY_APPLICANT_MAY_ANSWER, I.code.INFORMATION_REQUEST_NOT_FOUND, I.code.INFORMATION_ITEM_NOT_A_QUESTION, I.code.INFORMATION_REQUEST_NOT_OPEN)
  @ApiOperation({ summary: 'Answer (or re-answer) a question of the office before resubmitting / ตอบคำขอข้อมูลเพิ่มเติม' })
  answer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('requestId', uuid) requestId: string,
    @Param('itemId', uuid) itemId: string,
    @Body() body: AnswerInformationItemDto,
  ): Promise<InformationRequestDto> {
    return this.requests.answer(user, id, requestId, itemId, body.text);
  }
}
