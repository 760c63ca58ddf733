export { MessagesModule } from './messages.module';
export { MessageEntity, type MessageSide } from './message.entity';
export { MessageErrors } from './messages-errors';
export { ApplicationMessages } from './application-messages.service';
export { MessageDto, MessagesMarkedReadDto, PostMessageDto } from './messages.dto';
