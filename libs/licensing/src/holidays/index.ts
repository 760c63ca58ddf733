export { HolidayCalendar, type HolidayView } from './holiday-calendar.service';
export { HolidayErrors } from './holiday-errors';
export { CreateHolidayDto, ISO_DATE } from './holidays.dto';
export { HolidaysModule } from './holidays.module';
export { HolidayEntryView, HolidayListView } from './holidays.views';
