import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvalidInputError } from '@bizportal/common';
import { Access, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { HolidayCalendar } from './holiday-calendar.service';
import { CreateHolidayDto, HolidaysQueryDto, ISO_DATE } from './holidays.dto';

@ApiTags('holidays')
@Controller()
export class HolidaysController {
  constructor(private readonly calendar: HolidayCalendar) {}

  @Access.public('none')
  @Get('holidays')
  @ApiOperation({ summary: 'Public holidays of a year, which deadlines skip / วันหยุดราชการ' })
  list(@Query() query: HolidaysQueryDto) {
    return this.calendar.list(query.year ?? this.calendar.currentYear());
  }

  @Post('admin/holidays')
  @Access.roles(['workflow_admin'], 'none')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a holiday (e.g. a special holiday the cabinet declared) / เพิ่มวันหยุด' })
  add(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateHolidayDto) {
    return this.calendar.add(body, user);
  }

  @Delete('admin/holidays/:date')
  @Access.roles(['workflow_admin'], 'none')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Remove a holiday / ลบวันหยุด' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('date') date: string) {
    if (!ISO_DATE.test(date)) throw new InvalidInputError(`วันที่ไม่ถูกต้อง / date must be written YYYY-MM-DD, not '${date}'`, [{ field: 'date', problem: 'must be YYYY-MM-DD' }]);
    return this.calendar.remove(date, user);
  }
}
