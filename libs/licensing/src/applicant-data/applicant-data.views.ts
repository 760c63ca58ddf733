import {
  formatThaiAddress,
  fullName,
  JURISTIC_STATUSES,
  JURISTIC_TYPES,
  mayAct,
  type CitizenRecord,
  type JuristicPersonRecord,
  type ThaiAddress,
} from '@bizportal/data-exchange';

function addressView(address: ThaiAddress) {
  return { ...address, text: formatThaiAddress(address) };
}

/** A citizen record as the API shows it to that citizen (and to the office handling her application). */
export function citizenView(record: CitizenRecord, source: string, fetchedAt: Date | string) {
  return {
    nationalId: record.nationalId,
    name: record.name,
    fullName: fullName(record.name),
    dateOfBirth: record.dateOfBirth,
    address: addressView(record.address),
    source,
    fetchedAt,
  };
}

/**
 * A juristic person as the API shows it. Directors appear by name only, as on the DBD's certificate:
 * their national IDs stay in the stored snapshot and the register. `you` marks the caller, when given.
 */
export function juristicPersonView(record: JuristicPersonRecord, source: string, fetchedAt: Date | string, callerNationalId: string | null) {
  return {
    registrationNumber: record.registrationNumber,
    name: record.name,
    type: record.type,
    typeName: JURISTIC_TYPES[record.type],
    status: record.status,
    statusName: { th: JURISTIC_STATUSES[record.status].th, en: JURISTIC_STATUSES[record.status].en },
    /** Whether it may apply: active (or restored to the register). */
    mayApply: mayAct(record),
    registeredOn: record.registeredOn,
    registeredCapitalSatang: record.registeredCapitalSatang,
    authorisedDirectors: record.authorisedDirectors.map((d) => ({ name: d.name, you: d.nationalId === callerNationalId })),
    signingRule: record.signingRule,
    headOffice: addressView(record.headOffice),
    source,
    fetchedAt,
  };
}
