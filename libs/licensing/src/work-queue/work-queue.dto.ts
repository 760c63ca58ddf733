import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageLimit } from '@bizportal/common';
import { APPLICATION_KINDS, STATUS_NAMES } from '@bizportal/engine';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** What a queue page can be narrowed to; a saved view keeps these. */
export class WorkQueueFilterDto {
  @ApiPropertyOptional({ description: 'Only applications I hold' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;

  @ApiPropertyOptional({ description: 'Only applications nobody holds' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'unassigned must be true or false' })
  unassigned?: boolean;

  @ApiPropertyOptional({ description: 'Only applications past their due date' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only applications due within DUE_SOON_WORKING_DAYS (2) working days and not yet overdue' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'dueSoon must be true or false' })
  dueSoon?: boolean;

  @ApiPropertyOptional({ enum: STATUS_NAMES, enumName: 'ApplicationStatus', description: 'Only applications with this status' })
  @IsOptional()
  @IsIn(STATUS_NAMES, { message: `status must be one of ${STATUS_NAMES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({ example: 'food-sale-permit', description: 'Only this licence type (slug)' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'licenceType must be a licence type slug such as food-sale-permit' })
  @Length(1, 80, { message: 'licenceType must be a licence type slug such as food-sale-permit' })
  licenceType?: string;

  @ApiPropertyOptional({ example: '103301', description: 'Only premises in this subdistrict (6-digit DOPA code)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'subdistrict must be a 6-digit DOPA subdistrict code' })
  subdistrict?: string;

  @ApiPropertyOptional({ example: 'user-officer-kt', description: 'Only applications this staff member holds' })
  @IsOptional()
  @IsString()
  @Matches(USER_ID, { message: 'assignee must be a user id such as user-officer-kt' })
  assignee?: string;

  @ApiPropertyOptional({ enum: APPLICATION_KINDS, enumName: 'ApplicationKind', description: 'Only this kind of request' })
  @IsOptional()
  @IsIn(APPLICATION_KINDS, { message: `kind must be one of ${APPLICATION_KINDS.join(', ')}` })
  kind?: string;
}

export class WorkQueueQueryDto extends WorkQueueFilterDto {
  @PageLimit({ max: 100, default: 25, description: 'Items per page' })
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page, as given (opaque)' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

export class ClaimManyDto {
  @ApiProperty({ type: [String], description: 'Applications to take, all or none (at most 100)' })
  @IsArray({ message: 'applicationIds must be a list of application ids' })
  @ArrayMinSize(1, { message: 'applicationIds must name at least one application' })
  @ArrayMaxSize(100, { message: 'applicationIds may name at most 100 applications' })
  @ArrayUnique({ message: 'applicationIds must not repeat an application' })
  @IsUUID('4', { each: true, message: 'each of applicationIds must be an application id (UUID)' })
  applicationIds: string[];
}

export class CreateWorkQueueViewDto {
  @ApiProperty({ example: 'เกินกำหนด คลองเตย', description: '1 to 60 visible characters, unique among my views' })
  @IsString({ message: 'name must be text' })
  @Length(1, 240, { message: 'name must have 1 to 60 visible characters' })
  name: string;

  @ApiProperty({ type: WorkQueueFilterDto, description: 'The queue filter the view applies (no cursor or limit)' })
  @IsDefined({ message: 'filter is required (it may be {})' })
  @IsObject({ message: 'filter must be an object' })
  @ValidateNested()
  @Type(() => WorkQueueFilterDto)
  filter: WorkQueueFilterDto;
}

export class AssignApplicationDto {
  @ApiProperty({ example: 'user-officer2-kt', description: 'Id of a staff member of the same office who holds the role the application awaits' })
  @IsString()
  @Length(1, 64)
  @Matches(USER_ID, { message: 'userId must be a user id such as user-officer-kt' })
  userId: string;
}

export class ReassignDto extends AssignApplicationDto {
  @ApiProperty({ type: [String], description: 'Applications to hand to the user, all or none (at most 100)' })
  @IsArray({ message: 'applicationIds must be a list of application ids' })
  @ArrayMinSize(1, { message: 'applicationIds must name at least one application' })
  @ArrayMaxSize(100, { message: 'applicationIds may name at most 100 applications' })
  @ArrayUnique({ message: 'applicationIds must not repeat an application' })
  @IsUUID('4', { each: true, message: 'each of applicationIds must be an application id (UUID)' })
  applicationIds: string[];
}
