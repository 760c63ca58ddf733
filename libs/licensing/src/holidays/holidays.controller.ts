import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HolidayListView } from './holidays.views';
import { Access } from '@bizportal/identity';
import { HolidayCalendar } from './holiday-calendar.service';
import { HolidaysQueryDto } from './holidays.dto';

@ApiTags('holidays')
@Controller()
export class HolidaysController {
  constructor(private readonly calendar: HolidayCalendar) {}

  @Access.public('none')
  @Get('holidays')
  @ApiOperation({ summary: 'Public holidays of a year, which deadlines skip / วันหยุดราชการ' })
  @ApiOkResponse({ type: HolidayListView })
  list(@Query() query: HolidaysQueryDto) {
    return this.calendar.list(query.year ?? this.calendar.currentYear());
  }
}
