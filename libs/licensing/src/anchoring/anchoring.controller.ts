import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, RateLimit } from '@bizportal/identity';
import { ApplicationErrors } from '../core';
import { ISO_DATE } from '../holidays';
import { HistoryProofQueryDto, ListHistoryAnchorsQueryDto } from './anchoring.dto';
import { AnchoringErrors } from './anchoring-errors';
import { HistoryAnchorListView, HistoryAnchorView, HistoryProofView } from './anchoring.views';
import { HistoryAnchors } from './history-anchors.service';

/** Open data: the daily signed roots over every application's history, and the inclusion proof of one application. */
@ApiTags('history-anchors')
@Controller()
export class AnchoringController {
  constructor(private readonly anchors: HistoryAnchors) {}

  @Access.public('none')
  @Get('history-anchors')
  @ApiOperation({
    summary: 'Published history anchors, newest first (open data) / รากยืนยันประวัติคำขอที่เผยแพร่',
    description: 'Each night a Merkle root (RFC 6962) over every application’s history chain head is signed with the agency key and published here.',
  })
  @ApiOkResponse({ type: HistoryAnchorListView })
  list(@Query() query: ListHistoryAnchorsQueryDto) {
    return this.anchors.list(query.limit ?? 30, query.before);
  }

  @Access.public('none')
  @ApiErrors(AnchoringErrors.code.HISTORY_ANCHOR_DATE_MALFORMED, AnchoringErrors.code.HISTORY_ANCHOR_NOT_FOUND)
  @Get('history-anchors/:date')
  @ApiOperation({ summary: 'The history anchor of one Bangkok date / รากยืนยันประวัติของวันที่' })
  @ApiOkResponse({ type: HistoryAnchorView })
  one(@Param('date') date: string) {
    if (!ISO_DATE.test(date)) throw AnchoringErrors.create('HISTORY_ANCHOR_DATE_MALFORMED', { date }, [{ field: 'date', problem: 'must be YYYY-MM-DD' }]);
    return this.anchors.get(date);
  }

  @Access.public('public-record')
  @RateLimit('verify')
  @ApiErrors(ApplicationErrors.code.TRACKING_NUMBER_NOT_FOUND, AnchoringErrors.code.HISTORY_ANCHOR_NOT_FOUND, AnchoringErrors.code.HISTORY_PROOF_NOT_ANCHORED)
  @Get('track/:trackingNumber/history-proof')
  @ApiOperation({
    summary: 'Proof that an application’s history is the one anchored (public) / หลักฐานว่าประวัติคำขอตรงกับรากยืนยันที่เผยแพร่',
    description:
      'The leaf (tracking number and chain head as the history gives it now) and its audit path to a published root. Check it with `verifyHistoryInclusion` (libs/licensing) or RFC 9162 §2.1.3.2, then compare `rootHash` with the signed anchor. No personal data.',
  })
  @ApiOkResponse({ type: HistoryProofView })
  proof(@Param('trackingNumber') trackingNumber: string, @Query() query: HistoryProofQueryDto) {
    return this.anchors.proof(trackingNumber, query.date);
  }
}
