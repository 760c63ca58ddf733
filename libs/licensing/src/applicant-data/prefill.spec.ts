import { compile, type CompiledWorkflow } from '@bizportal/engine';
import { FixtureDataExchangeConnector, DataExchange } from '@bizportal/data-exchange';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FormValidator } from '../catalogue/form-validator';
import type { Holder } from '../core';
import { prefillFor } from './prefill';

const exchange = new DataExchange(new FixtureDataExchangeConnector());
const forms = new FormValidator();

function workflowWithFields(properties: Record<string, unknown>): CompiledWorkflow {
  const definition = JSON.parse(readFileSync(resolve(__dirname, '../../../../workflows/licences/commercial-registration.json'), 'utf8'));
  definition.form = { type: 'object', additionalProperties: false, properties };
  return compile(definition, 'commercial-registration.json');
}

async function holder(registrationNumber?: string): Promise<Holder> {
  const citizen = await exchange.citizen('1103700012346');
  const snapshot = (f: { record: unknown; source: string; fetchedAt: Date }) => ({ ...f, fetchedAt: f.fetchedAt.toISOString() });
  const company = registrationNumber ? await exchange.juristicPerson(registrationNumber) : null;
  return {
    type: company ? 'juristic' : 'person',
    id: company ? registrationNumber! : citizen.record.nationalId,
    name: { th: '', en: '' },
    snapshot: { citizen: snapshot(citizen), ...(company ? { juristicPerson: snapshot(company) } : {}) } as Holder['snapshot'],
    source: (company ?? citizen).source,
    fetchedAt: citizen.fetchedAt,
    confirmedAt: null,
  };
}

describe('pre-filling forms from government records', () => {
  const fill = (w: CompiledWorkflow, form: Record<string, unknown>, h: Holder) => prefillFor(w, form, h, (f) => forms.draftProblems(w, f));

  it("fills the applicant's identity and address fields a form declares and she left empty", async () => {
    const w = workflowWithFields({
      applicantNameTh: { type: 'string' },
      applicantNameEn: { type: 'string' },
      applicantNationalId: { type: 'string', pattern: '^[0-9]{13}$' },
      applicantAddress: { type: 'string' },
      applicantDateOfBirth: { type: 'string', format: 'date' },
      contactPhone: { type: 'string' },
    });
    expect(fill(w, { applicantNameEn: 'Wanee S.', applicantAddress: '' }, await holder())).toEqual({
      applicantNameTh: 'นางวาณี ศรีสุข',
      applicantNationalId: '1103700012346',
      applicantAddress: '200/15 ซอยสุขุมวิท 26 ถนนสุขุมวิท แขวงคลองตัน เขตคลองเตย กรุงเทพมหานคร 10110',
      applicantDateOfBirth: '1982-07-21',
    });
  });

  it("fills a company's name, registration number, capital and head office for a juristic applicant only", async () => {
    const w = workflowWithFields({
      businessName: { type: 'string' },
      capitalBaht: { type: 'number' },
      juristicRegistrationNumber: { type: 'string' },
      headOfficeAddress: { type: 'string' },
    });
    expect(fill(w, {}, await holder())).toEqual({});
    expect(fill(w, { businessName: 'ครัววาณี สาขาคลองเตย' }, await holder('0105560012342'))).toEqual({
      capitalBaht: 2000000,
      juristicRegistrationNumber: '0105560012342',
      headOfficeAddress: '99 ถนนพระรามที่ 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110',
    });
  });

  it('leaves out a value the schema would refuse, so pre-filling never breaks a draft', async () => {
    const w = workflowWithFields({ businessName: { type: 'string', maxLength: 5 }, capitalBaht: { type: 'number', maximum: 1000 } });
    expect(fill(w, {}, await holder('0105560012342'))).toEqual({});
  });
});
