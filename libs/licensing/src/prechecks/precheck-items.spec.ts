import { DEFAULT_FIXTURES, formatThaiAddress, type CitizenRecord, type JuristicPersonRecord } from '@bizportal/data-exchange';
import { precheckItems, type PrecheckInputs } from './precheck-items';

const somchai = DEFAULT_FIXTURES.citizens.find((c) => (c as CitizenRecord).nationalId === '1101700230708') as CitizenRecord;
const kruaWanee = DEFAULT_FIXTURES.juristicPersons.find((j) => (j as JuristicPersonRecord).registrationNumber === '0105560012342') as JuristicPersonRecord;
const dissolved = DEFAULT_FIXTURES.juristicPersons.find((j) => (j as JuristicPersonRecord).status === 'dissolved') as JuristicPersonRecord;
const AT = new Date('2026-12-06T03:00:00Z');
const sitePlan = { code: 'site-plan', label: { th: 'แผนผังบริเวณ', en: 'Site plan' }, required: true };

function personInputs(overrides: Partial<PrecheckInputs> = {}): PrecheckInputs {
  return {
    at: AT,
    missingDocuments: [],
    requiredDocuments: 2,
    holder: { type: 'person', id: somchai.nationalId, name: { th: 'นายสมชาย ใจดี', en: 'Mr Somchai Jaidee' }, address: formatThaiAddress(somchai.address) },
    register: { record: somchai, source: 'fixture:dopa', fetchedAt: AT },
    applicantNationalId: somchai.nationalId,
    declaredCapitalBaht: null,
    application: { officeId: 'office-a', subdistrictCode: '103301' },
    servingNow: { officeId: 'office-a', officeName: { th: 'สำนักงานเขตคลองเตย', en: 'Khlong Toei District Office' } },
    revokedWithinYear: [],
    ...overrides,
  };
}

function companyInputs(record: JuristicPersonRecord, overrides: Partial<PrecheckInputs> = {}): PrecheckInputs {
  return personInputs({
    holder: { type: 'juristic', id: record.registrationNumber, name: { ...record.name }, address: formatThaiAddress(record.headOffice) },
    register: { record, source: 'fixture:dbd', fetchedAt: AT },
    applicantNationalId: record.authorisedDirectors[0].nationalId,
    ...overrides,
  });
}

const resultOf = (items: ReturnType<typeof precheckItems>) => Object.fromEntries(items.map((i) => [i.code, i.result]));

describe('precheckItems: the officer’s pre-check', () => {
  it('passes every item for a person whose records, documents, area and licence history agree', () => {
    const items = precheckItems(personInputs({ holder: { ...personInputs().holder, name: { th: `${somchai.name.th.title}${somchai.name.th.first} ${somchai.name.th.last}`, en: '' } } }));
    expect(resultOf(items)).toEqual({ documents: 'pass', 'holder-name': 'pass', 'holder-address': 'pass', 'premises-area': 'pass', 'previous-revocation': 'pass' });
    expect(items.find((i) => i.code === 'holder-name')).toMatchObject({ source: 'dopa', sourceRef: 'fixture:dopa', checkedAt: AT.toISOString() });
    expect(items.find((i) => i.code === 'documents')!.detail.en).toBe('All 2 required documents are attached');
  });

  it('names each missing document', () => {
    const item = precheckItems(personInputs({ missingDocuments: [sitePlan] })).find((i) => i.code === 'documents')!;
    expect(item).toMatchObject({ result: 'fail', source: 'documents', detail: { th: 'ยังขาด: แผนผังบริเวณ', en: 'Missing: Site plan' } });
  });

  it('fails the name and the address when the register now says otherwise, quoting both', () => {
    const moved = { ...somchai, address: { ...somchai.address, houseNumber: '99/1' } };
    const items = precheckItems(personInputs({ holder: { ...personInputs().holder, name: { th: 'นายสมชาย ใจเย็น', en: 'Mr Somchai Jaiyen' } }, register: { record: moved, source: 'fixture:dopa', fetchedAt: AT } }));
    expect(resultOf(items)).toMatchObject({ 'holder-name': 'fail', 'holder-address': 'fail' });
    expect(items.find((i) => i.code === 'holder-name')!.detail.th).toContain('"นายสมชาย ใจเย็น"');
    expect(items.find((i) => i.code === 'holder-address')!.detail.th).toContain('99/1');
  });

  it('ignores differences of spacing only', () => {
    const holder = { ...personInputs().holder, name: { th: `  ${somchai.name.th.title}${somchai.name.th.first}   ${somchai.name.th.last} `, en: '' } };
    expect(resultOf(precheckItems(personInputs({ holder })))['holder-name']).toBe('pass');
  });

  it('marks every register item unknown, with the reason, when the register does not answer', () => {
    const items = precheckItems(companyInputs(kruaWanee, { register: { unavailable: 'timeout after 5000 ms' }, declaredCapitalBaht: 2_000_000 }));
    const register = items.filter((i) => i.source === 'dbd');
    expect(register.map((i) => i.code)).toEqual(['holder-name', 'holder-address', 'juristic-standing', 'registered-capital']);
    expect(register.every((i) => i.result === 'unknown' && i.detail.en.includes('timeout after 5000 ms'))).toBe(true);
  });

  it('checks a company’s standing and its director, and the declared capital to the satang', () => {
    expect(resultOf(precheckItems(companyInputs(kruaWanee, { declaredCapitalBaht: 2_000_000 })))).toMatchObject({ 'juristic-standing': 'pass', 'registered-capital': 'pass' });
    const wrongCapital = precheckItems(companyInputs(kruaWanee, { declaredCapitalBaht: 2_000_000.01 })).find((i) => i.code === 'registered-capital')!;
    expect(wrongCapital).toMatchObject({ result: 'fail', detail: { en: 'Declared 2,000,000.01 baht; registered capital 2,000,000 baht' } });
    expect(resultOf(precheckItems(companyInputs(kruaWanee, { applicantNationalId: '3101005678123' })))['juristic-standing']).toBe('fail');
    const gone = precheckItems(companyInputs(dissolved)).find((i) => i.code === 'juristic-standing')!;
    expect(gone).toMatchObject({ result: 'fail', detail: { th: 'สถานะนิติบุคคลขณะนี้: เลิก' } });
  });

  it('has no capital to compare for a person, and leaves the item out where the form does not ask', () => {
    expect(resultOf(precheckItems(personInputs({ declaredCapitalBaht: 50_000 })))['registered-capital']).toBe('unknown');
    expect(precheckItems(personInputs()).some((i) => i.code === 'registered-capital' || i.code === 'juristic-standing')).toBe(false);
  });

  it('fails the area when another office, or none, serves the premises now', () => {
    const other = precheckItems(personInputs({ servingNow: { officeId: 'office-b', officeName: { th: 'เทศบาลนครนนทบุรี', en: 'Nonthaburi City Municipality' } } }));
    expect(other.find((i) => i.code === 'premises-area')).toMatchObject({ result: 'fail', detail: { en: 'The premises are in the area of Nonthaburi City Municipality, not this office' } });
    const none = precheckItems(personInputs({ servingNow: { officeId: null, officeName: null } }));
    expect(none.find((i) => i.code === 'premises-area')).toMatchObject({ result: 'fail', detail: { en: "No office serves the premises' subdistrict 103301 now" } });
  });

  it('lists licences of the type revoked in the past year, with the Buddhist-era date in Thai', () => {
    const item = precheckItems(personInputs({ revokedWithinYear: [{ number: 'FP-2569-000012', revokedAt: new Date('2026-03-01T05:00:00Z') }] })).find((i) => i.code === 'previous-revocation')!;
    expect(item).toMatchObject({ result: 'fail', source: 'licence-register' });
    expect(item.detail.th).toContain('FP-2569-000012 (1 มีนาคม 2569)');
    expect(item.detail.en).toContain('FP-2569-000012 (1 March 2026)');
  });
});
