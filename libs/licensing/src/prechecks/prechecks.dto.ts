import { ApiProperty } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';
import type { PrecheckItemCode, PrecheckResult, PrecheckSource } from './precheck-items';

const ITEM_CODES: PrecheckItemCode[] = ['documents', 'holder-name', 'holder-address', 'juristic-standing', 'registered-capital', 'premises-area', 'previous-revocation'];
const RESULTS: PrecheckResult[] = ['pass', 'fail', 'unknown'];
const SOURCES: PrecheckSource[] = ['documents', 'dopa', 'dbd', 'jurisdictions', 'licence-register'];

export class PrecheckItemDto {
  @ApiProperty({
    enum: ITEM_CODES,
    description:
      'documents: required documents attached; holder-name, holder-address: the holder recorded on the application against the register now (DOPA for a person, DBD for a company); juristic-standing: the company may act and the applicant is still an authorised director; registered-capital: the form’s capitalBaht against the registered capital (only where the form asks it); premises-area: the premises are in the area of the office handling it; previous-revocation: no licence of this type of the holder revoked in the past year',
  })
  code: PrecheckItemCode;

  @ApiProperty({ enum: RESULTS, description: 'unknown when the source could not answer (a register down) or has nothing to compare' })
  result: PrecheckResult;

  @ApiProperty({ type: LocalizedText, description: 'What was found, in words' })
  detail: LocalizedText;

  @ApiProperty({ enum: SOURCES, description: 'Where the answer came from' })
  source: PrecheckSource;

  @ApiProperty({ type: String, nullable: true, example: 'fixture:dbd', description: 'The register connector’s name of the record’s source, when a register answered' })
  sourceRef: string | null;

  @ApiProperty({ format: 'date-time' })
  checkedAt: string;
}

export class PrecheckDto {
  @ApiProperty({
    enum: ['not-submitted', 'preparing', 'prepared'],
    description: 'not-submitted: a draft; preparing: submitted, the check not yet written (it runs right after the submission); prepared: `items` hold the newest check',
  })
  state: 'not-submitted' | 'preparing' | 'prepared';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  preparedAt: string | null;

  @ApiProperty({ enum: ['SUBMIT', 'RESUBMIT', 'RECHECK'], nullable: true, description: 'What prepared it: the submission, a resubmission, or an officer asking again' })
  trigger: 'SUBMIT' | 'RESUBMIT' | 'RECHECK' | null;

  @ApiProperty({ type: PrecheckItemDto, isArray: true })
  items: PrecheckItemDto[];
}
