import type { CompiledWorkflow } from '@bizportal/engine';
import { formatThaiAddress, fullName } from '@bizportal/data-exchange';
import type { FieldProblem } from '@bizportal/common';
import type { Holder } from '../core';

type Source = (holder: Holder) => unknown;

const citizen = (h: Holder) => h.snapshot.citizen.record;
const company = (h: Holder) => h.snapshot.juristicPerson?.record;

/**
 * Form fields filled from government data when a licence's form declares them and the applicant
 * left them empty. Identity and address come from the registers, so nobody types (or uploads) them.
 * `businessName` and `capitalBaht` default to the juristic person's registered name and capital.
 */
export const PREFILLED_FIELDS: Record<string, Source> = {
  applicantNationalId: (h) => citizen(h).nationalId,
  applicantNameTh: (h) => fullName(citizen(h).name).th,
  applicantNameEn: (h) => fullName(citizen(h).name).en,
  applicantDateOfBirth: (h) => citizen(h).dateOfBirth,
  applicantAddress: (h) => formatThaiAddress(citizen(h).address),
  juristicRegistrationNumber: (h) => company(h)?.registrationNumber,
  juristicNameTh: (h) => company(h)?.name.th,
  juristicNameEn: (h) => company(h)?.name.en,
  headOfficeAddress: (h) => {
    const c = company(h);
    return c ? formatThaiAddress(c.headOffice) : undefined;
  },
  businessName: (h) => company(h)?.name.th,
  capitalBaht: (h) => {
    const c = company(h);
    return c ? c.registeredCapitalSatang / 100 : undefined;
  },
};

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The fields to add to `form`: those the licence's schema declares, the applicant left empty and the
 * holder's records can answer, each kept only if the schema accepts the value (a register's value
 * never turns a valid draft into an invalid one).
 */
export function prefillFor(
  workflow: CompiledWorkflow,
  form: Record<string, unknown>,
  holder: Holder,
  draftProblems: (form: Record<string, unknown>) => FieldProblem[],
): Record<string, unknown> {
  const declared = (workflow.definition.form as { properties?: Record<string, unknown> }).properties ?? {};
  const added: Record<string, unknown> = {};
  for (const [field, source] of Object.entries(PREFILLED_FIELDS)) {
    if (!(field in declared) || !isEmpty(form[field])) continue;
    const value = source(holder);
    if (isEmpty(value)) continue;
    if (draftProblems({ [field]: value }).length === 0) added[field] = value;
  }
  return added;
}
