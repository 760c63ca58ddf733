import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as E } from '../core';
import { ApplicationMessages } from './application-messages.service';
import { MessageErrors as M } from './messages-errors';
import { MessageDto, MessagesMarkedReadDto, PostMessageDto } from './messages.dto';

const uuid = new ParseUUIDPipe({ version: '4' });
/** Who writes in a thread: the applicant and the office; auditors and co-directors only read (GET). */
const WRITERS = ['applicant', 'officer', 'approver', 'signer', 'head_of_office'] as const;

@ApiTags('messages')
@ApiBearerAuth()
@Controller('applications')
export class MessagesController {
  constructor(private readonly messages: ApplicationMessages) {}

  @Access.signedIn('application')
  @Get(':id/messages')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND)
  @ApiOkResponse({ type: MessageDto, isArray: true, description: 'The thread, oldest first' })
  @ApiOperation({ summary: 'Messages between the applicant and the office / ข้อความระหว่างผู้ยื่นคำขอกับเจ้าหน้าที่' })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<MessageDto[]> {
    return this.messages.list(id, user);
  }

  @Access.roles([...WRITERS], 'application-conversation')
  @Post(':id/messages')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, M.code.MESSAGES_READ_ONLY, M.code.MESSAGES_NOT_OPEN_FOR_DRAFT)
  @ApiCreatedResponse({ type: MessageDto, description: 'The message as stored; the other side is notified' })
  @ApiOperation({ summary: 'Write to the office, or to the applicant / ส่งข้อความ' })
  post(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: PostMessageDto): Promise<MessageDto> {
    return this.messages.post(id, user, body.body);
  }

  @Access.roles([...WRITERS], 'application-conversation')
  @Post(':id/messages/read')
  @HttpCode(200)
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, M.code.MESSAGES_READ_ONLY)
  @ApiOkResponse({ type: MessagesMarkedReadDto })
  @ApiOperation({ summary: 'Mark the other side’s messages read / บันทึกว่าอ่านข้อความแล้ว' })
  markRead(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<MessagesMarkedReadDto> {
    return this.messages.markRead(id, user);
  }
}
