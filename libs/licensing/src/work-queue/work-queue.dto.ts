import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class WorkQueueQueryDto {
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
}

const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;

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
