export { InformationRequestsModule } from './information-requests.module';
export { InformationRequestsService } from './information-requests.service';
export { InformationRequestErrors } from './information-requests-errors';
export { InformationRequestEntity, InformationRequestItemEntity, type InformationItemKind } from './information-request.entities';
export { AnswerInformationItemDto, InformationItemDto, InformationRequestDto } from './information-requests.dto';
