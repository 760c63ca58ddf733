import { NotFoundError } from '@bizportal/common';
import { DataExchange, DEFAULT_FIXTURES, FixtureDataExchangeConnector, formatThaiAddress, fullName, isAuthorisedDirector, mayAct } from '.';

const SOMCHAI = '1101700230708';
const SUDA = '3101005678123';
const WANEE = '1103700012346';

describe('fixture data exchange', () => {
  const connector = new FixtureDataExchangeConnector();
  const exchange = new DataExchange(connector);

  it('holds the demo citizens with their registered addresses', async () => {
    const somchai = await exchange.citizen(SOMCHAI);
    expect(somchai.source).toBe('fixture:dopa');
    expect(somchai.fetchedAt).toBeInstanceOf(Date);
    expect(fullName(somchai.record.name)).toEqual({ th: 'นายสมชาย ใจดี', en: 'Mr Somchai Jaidee' });
    expect(somchai.record.address.subdistrict.code).toBe('103301');
    expect(formatThaiAddress(somchai.record.address)).toBe('45/2 ซอยปลูกจิต ถนนพระรามที่ 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110');

    const suda = await exchange.citizen(SUDA);
    expect(suda.record.address.subdistrict.code).toBe('120101');
    expect(formatThaiAddress(suda.record.address)).toBe('88/12 ถนนประชาราษฎร์ ตำบลสวนใหญ่ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000');

    expect(fullName((await exchange.citizen(WANEE)).record.name)).toEqual({ th: 'นางวาณี ศรีสุข', en: 'Mrs Wanee Srisuk' });
  });

  it('holds active companies directed by the demo citizens and a dissolved one', async () => {
    const all = DEFAULT_FIXTURES.juristicPersons as { registrationNumber: string }[];
    const records = await Promise.all(all.map((r) => exchange.juristicPerson(r.registrationNumber).then((f) => f.record)));
    const active = records.filter(mayAct);
    expect(active.length).toBeGreaterThanOrEqual(2);
    expect(active.some((r) => isAuthorisedDirector(r, WANEE) && isAuthorisedDirector(r, SOMCHAI))).toBe(true);
    expect(active.some((r) => r.authorisedDirectors.length === 1 && isAuthorisedDirector(r, SUDA))).toBe(true);
    expect(records.some((r) => r.status === 'dissolved')).toBe(true);
  });

  it('finds the companies a citizen directs through its director index', async () => {
    const somchai = await exchange.juristicPersonsDirectedBy(SOMCHAI);
    expect(somchai.source).toBe('fixture:dbd');
    expect(somchai.record.map((r) => r.registrationNumber).sort()).toEqual(['0103550004566', '0105560012342']);
    expect((await exchange.juristicPersonsDirectedBy('3509900012348')).record).toEqual([]);
  });

  it('answers 404-style errors naming the field for unknown records', async () => {
    await expect(exchange.citizen('3509900012348', 'applicant.nationalId')).rejects.toMatchObject({
      constructor: NotFoundError,
      code: 'CITIZEN_NOT_FOUND',
      details: [{ field: 'applicant.nationalId', problem: 'no such record' }],
    });
    await expect(exchange.juristicPerson('0105599999997')).rejects.toThrow(/No juristic person is registered under 0105599999997/);
    await expect(exchange.juristicPerson('0105599999997')).rejects.toMatchObject({ code: 'JURISTIC_PERSON_NOT_FOUND' });
  });

  it('refuses malformed numbers before asking the registry', async () => {
    await expect(exchange.juristicPerson('0105560012343', 'applicant.registrationNumber')).rejects.toMatchObject({
      code: 'REGISTRATION_NUMBER_INVALID',
      message: expect.stringMatching(/^applicant\.registrationNumber: .*check digit does not match/),
      details: [{ field: 'applicant.registrationNumber', problem: expect.stringMatching(/check digit/) }],
    });
    await expect(exchange.citizen('1101700230709')).rejects.toThrow(/check digit does not match/);
    await expect(exchange.citizen('1101700230709', 'applicant.nationalId')).rejects.toMatchObject({
      code: 'NATIONAL_ID_INVALID',
      message: 'applicant.nationalId: เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) / The Thai national ID check digit does not match',
    });
  });

  it('hands out copies, so a caller cannot change the registry', async () => {
    const first = await exchange.citizen(SOMCHAI);
    first.record.name.th.first = 'แก้ไข';
    expect((await exchange.citizen(SOMCHAI)).record.name.th.first).toBe('สมชาย');
  });

  it('refuses fixture files that break the record schema, naming the record and the problem', () => {
    const good = DEFAULT_FIXTURES.citizens[0] as Record<string, unknown>;
    const wrongDigit = { ...good, nationalId: '1101700230709' };
    const wrongArea = { ...good, nationalId: '3509900012348', address: { ...(good.address as object), subdistrict: { code: '120101', th: 'สวนใหญ่', en: 'Suan Yai' } } };
    expect(() => new FixtureDataExchangeConnector({ citizens: [wrongDigit, wrongArea, { nationalId: 'x' }], juristicPersons: [] })).toThrow(
      /citizens\[0\]\/nationalId 1101700230709 has a wrong check digit[\s\S]*citizens\[1\]\/address\/subdistrict\/code 120101 is not in district 1033[\s\S]*citizens\[2\]/,
    );
  });
});
