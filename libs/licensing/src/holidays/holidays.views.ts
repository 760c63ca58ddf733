import { ApiProperty } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';
import { HOLIDAY_SOURCES } from './public-holiday.entity';

/** What the holiday routes answer. */
export class HolidayEntryView {
  @ApiProperty({ example: '2026-01-01', format: 'date' })
  date!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ enum: [...HOLIDAY_SOURCES] })
  source!: string;
}

export class HolidayListView {
  @ApiProperty({ example: 2026, description: 'Gregorian year' })
  year!: number;
  @ApiProperty({ type: [HolidayEntryView] })
  holidays!: HolidayEntryView[];
}
