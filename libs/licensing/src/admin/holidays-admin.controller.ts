import { Body, Controller, Delete, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { DueDates } from '../core';
import { CreateHolidayDto, HolidayCalendar, HolidayEntryView, HolidayErrors, ISO_DATE } from '../holidays';

/** Officials edit the calendar; the deadlines of running applications whose window contains the date move with it. */
@ApiTags('holidays')
@Controller('admin/holidays')
export class HolidaysAdminController {
  constructor(
    private readonly calendar: HolidayCalendar,
    private readonly dueDates: DueDates,
  ) {}

  @Post()
  @Access.roles(['workflow_admin'], 'none')
  @ApiErrors(HolidayErrors.code.HOLIDAY_NOT_A_DATE, HolidayErrors.code.HOLIDAY_ON_WEEKEND, HolidayErrors.code.HOLIDAY_EXISTS)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a holiday (e.g. a special holiday the cabinet declared) / เพิ่มวันหยุด' })
  @ApiCreatedResponse({ type: HolidayEntryView })
  async add(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateHolidayDto) {
    const added = await this.calendar.add(body, user);
    await this.dueDates.recomputeAround(added.date);
    return added;
  }

  @Delete(':date')
  @Access.roles(['workflow_admin'], 'none')
  @ApiErrors(HolidayErrors.code.HOLIDAY_DATE_MALFORMED, HolidayErrors.code.HOLIDAY_NOT_FOUND)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Remove a holiday / ลบวันหยุด' })
  @ApiOkResponse({ type: HolidayEntryView, description: 'The holiday removed' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('date') date: string) {
    if (!ISO_DATE.test(date)) throw HolidayErrors.create('HOLIDAY_DATE_MALFORMED', { date }, [{ field: 'date', problem: 'must be YYYY-MM-DD' }]);
    const removed = await this.calendar.remove(date, user);
    await this.dueDates.recomputeAround(date);
    return removed;
  }
}
