import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { isValidJuristicRegistrationNumber, isValidThaiNationalId } from '@bizportal/common';
import { JURISTIC_STATUSES, JURISTIC_TYPES, type CitizenRecord, type JuristicPersonRecord, type ThaiAddress } from './records';

const text = { type: 'string', minLength: 1, maxLength: 300 };
const optionalText = { type: ['string', 'null'], maxLength: 300 };
const area = (digits: number) => ({
  type: 'object',
  additionalProperties: false,
  required: ['code', 'th', 'en'],
  properties: { code: { type: 'string', pattern: `^\\d{${digits}}$` }, th: text, en: text },
});
const address = {
  type: 'object',
  additionalProperties: false,
  required: ['houseNumber', 'moo', 'soi', 'road', 'subdistrict', 'district', 'province', 'postcode'],
  properties: {
    houseNumber: { type: 'string', minLength: 1, maxLength: 50 },
    moo: optionalText,
    soi: optionalText,
    road: optionalText,
    subdistrict: area(6),
    district: area(4),
    province: area(2),
    postcode: { type: 'string', pattern: '^\\d{5}$' },
  },
};
const personName = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'first', 'last'],
  properties: { title: text, first: text, last: text },
};
const bilingual = { type: 'object', additionalProperties: false, required: ['th', 'en'], properties: { th: text, en: text } };
const thirteenDigits = { type: 'string', pattern: '^\\d{13}$' };

/** JSON Schema of a citizen record, for the fixture files and the HTTP adapter's answers alike. */
export const CITIZEN_RECORD_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['nationalId', 'name', 'dateOfBirth', 'address'],
  properties: {
    nationalId: thirteenDigits,
    name: { type: 'object', additionalProperties: false, required: ['th', 'en'], properties: { th: personName, en: personName } },
    dateOfBirth: { type: 'string', format: 'date' },
    address,
  },
};

/** JSON Schema of a juristic-person record. */
export const JURISTIC_PERSON_RECORD_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['registrationNumber', 'name', 'type', 'status', 'registeredOn', 'registeredCapitalSatang', 'authorisedDirectors', 'signingRule', 'headOffice'],
  properties: {
    registrationNumber: thirteenDigits,
    name: bilingual,
    type: { enum: Object.keys(JURISTIC_TYPES) },
    status: { enum: Object.keys(JURISTIC_STATUSES) },
    registeredOn: { type: 'string', format: 'date' },
    registeredCapitalSatang: { type: 'integer', minimum: 0 },
    authorisedDirectors: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { type: 'object', additionalProperties: false, required: ['nationalId', 'name'], properties: { nationalId: thirteenDigits, name: bilingual } },
    },
    signingRule: { type: 'object', additionalProperties: false, required: ['th', 'en'], properties: { th: { type: 'string', minLength: 1, maxLength: 2000 }, en: { type: 'string', minLength: 1, maxLength: 2000 } } },
    headOffice: address,
  },
};

const ajv = addFormats(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }));
const validCitizen = ajv.compile<CitizenRecord>(CITIZEN_RECORD_SCHEMA);
const validJuristicPerson = ajv.compile<JuristicPersonRecord>(JURISTIC_PERSON_RECORD_SCHEMA);

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

function addressProblems(a: ThaiAddress, path: string): string[] {
  const problems: string[] = [];
  if (!a.district.code.startsWith(a.province.code)) problems.push(`${path}/district/code ${a.district.code} is not in province ${a.province.code}`);
  if (!a.subdistrict.code.startsWith(a.district.code)) problems.push(`${path}/subdistrict/code ${a.subdistrict.code} is not in district ${a.district.code}`);
  return problems;
}

/** Problems with a value claimed to be a citizen record (shape, check digit, area codes); empty when sound. */
export function citizenRecordProblems(value: unknown): string[] {
  if (!validCitizen(value)) return describe(validCitizen.errors);
  const problems = addressProblems(value.address, '/address');
  if (!isValidThaiNationalId(value.nationalId)) problems.push(`/nationalId ${value.nationalId} has a wrong check digit`);
  return problems;
}

/** Problems with a value claimed to be a juristic-person record; empty when sound. */
export function juristicPersonRecordProblems(value: unknown): string[] {
  if (!validJuristicPerson(value)) return describe(validJuristicPerson.errors);
  const problems = addressProblems(value.headOffice, '/headOffice');
  if (!isValidJuristicRegistrationNumber(value.registrationNumber)) problems.push(`/registrationNumber ${value.registrationNumber} is not a valid registration number`);
  value.authorisedDirectors.forEach((d, i) => {
    if (!isValidThaiNationalId(d.nationalId)) problems.push(`/authorisedDirectors/${i}/nationalId ${d.nationalId} has a wrong check digit`);
  });
  return problems;
}
