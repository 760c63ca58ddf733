export { RemindersModule } from './reminders.module';
export { Reminders } from './reminders.service';
export { ReminderSource, Clock, type ReminderSourceProvider, type DueReminder, type ReminderRecipient } from './reminder-source';
export { ReminderEntity } from './reminder.entity';
export { dateVars } from './reminder-dates';
