import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HolidayCalendar } from './holiday-calendar.service';
import { HolidaysController } from './holidays.controller';
import { PublicHolidayEntity } from './public-holiday.entity';

/** The public-holiday calendar that working-day deadlines skip; owns `public_holidays`. */
@Module({
  imports: [TypeOrmModule.forFeature([PublicHolidayEntity])],
  controllers: [HolidaysController],
  providers: [HolidayCalendar],
  exports: [HolidayCalendar],
})
export class HolidaysModule {}
