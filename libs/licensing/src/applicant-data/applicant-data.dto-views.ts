import { ApiProperty } from '@nestjs/swagger';
import { FREE_FORM } from '@bizportal/common';

/** GET /me/applicant-data: the records as fetched from government data exchange. */
export class ApplicantDataView {
  @ApiProperty({
    ...FREE_FORM,
    description: 'Her citizen record (DOPA): nationalId, name {th, en: {title, first, last}}, fullName, dateOfBirth, address (house-registration, with DOPA codes and `text`), source, fetchedAt',
  })
  citizen!: Record<string, unknown>;
  @ApiProperty({
    type: 'array',
    items: { ...FREE_FORM },
    description: 'Each juristic person naming her as an authorised director (DBD): registrationNumber, name, type, typeName, status, statusName, mayApply, registeredOn, registeredCapitalSatang, authorisedDirectors, signingRule, headOffice, source, fetchedAt',
  })
  companies!: Record<string, unknown>[];
}
