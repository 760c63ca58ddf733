import { startTestApp, type TestApp } from './support/test-app';

interface Question {
  id: string;
  text: { th: string };
  multiple: boolean;
  options: { id: string; text: { th: string } }[];
}

describe('Licence finder: business types, Smart Quiz and search', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const question = (questions: Question[], text: string) => {
    const found = questions.find((q) => q.text.th.includes(text));
    if (!found) throw new Error(`no question mentioning ${text}`);
    return found;
  };
  const option = (q: Question, text: string) => {
    const found = q.options.find((o) => o.text.th.includes(text));
    if (!found) throw new Error(`question ${q.id} has no option mentioning ${text}`);
    return found.id;
  };

  it('lists the 25 business types', async () => {
    const res = await t.http.get('/api/v1/businesses').expect(200);
    expect(res.body).toHaveLength(25);
    expect(res.body).toContainEqual(expect.objectContaining({ slug: 'restaurant', name: { th: 'ธุรกิจร้านอาหารและเครื่องดื่ม', en: expect.any(String) } }));
  });

  it('finds the licences of a restaurant that sells alcohol and is over 200 m²', async () => {
    const business = await t.http.get('/api/v1/businesses/restaurant').expect(200);
    const questions = business.body.quiz.questions as Question[];
    const alcohol = question(questions, 'แอลกอฮอล');
    const area = question(questions, 'พื้นที่ใช้สอย');
    const res = await t.http
      .post('/api/v1/businesses/restaurant/quiz')
      .send({ answers: { [alcohol.id]: option(alcohol, 'ใช่'), [area.id]: option(area, 'ตั้งแต่ 200') } })
      .expect(200);
    const slugs = res.body.licences.map((l: { slug: string }) => l.slug);
    expect(slugs).toEqual(expect.arrayContaining(['liquor-sale-licence', 'food-premises-permit']));
    expect(slugs).not.toContain('food-premises-notification');
    expect(slugs).not.toContain('tobacco-sale-licence');
    const permit = res.body.licences.find((l: { slug: string }) => l.slug === 'food-premises-permit');
    expect(permit).toMatchObject({
      availableOnline: true,
      processingDays: 30,
      agency: { level: 'local' },
      fees: [{ amountSatang: 200000, maxAmountSatang: 300000 }],
      reason: 'answers',
    });
    expect(permit.feeText.th).toBe('2,000.00 บาท – 3,000.00 บาท');
  });

  /** The Smart Quiz's rules, read independently of the server: a licence without a rule is always needed. */
  interface Rule {
    mode: 'all' | 'any';
    conditions: { question: string; answers: string[] }[];
  }
  const needed = (licences: string[], rules: Record<string, Rule>, answers: Record<string, string>) =>
    licences.filter((slug) => {
      const rule = rules[slug];
      if (!rule) return true;
      const holds = rule.conditions.map((c) => c.answers.includes(answers[c.question]));
      return rule.mode === 'all' ? holds.every(Boolean) : holds.some(Boolean);
    });

  it('asks every business type at least one question, and the answers yield a non-empty list that follows its rules', async () => {
    const list = (await t.http.get('/api/v1/businesses').expect(200)).body as { slug: string }[];
    expect(list).toHaveLength(25);
    for (const { slug } of list) {
      const business = (await t.http.get(`/api/v1/businesses/${slug}`).expect(200)).body;
      const questions = business.quiz.questions as Question[];
      expect({ slug, questions: questions.length > 0 }).toEqual({ slug, questions: true });
      const licences = (business.licences as { slug: string }[]).map((l) => l.slug);
      // The first option of each question (Biz Portal's "yes" or first case), then the last (the "no" or "none of these").
      for (const pickOption of [(q: Question) => q.options[0].id, (q: Question) => q.options[q.options.length - 1].id]) {
        const answers = Object.fromEntries(questions.map((q) => [q.id, pickOption(q)]));
        const res = await t.http.post(`/api/v1/businesses/${slug}/quiz`).send({ answers }).expect(200);
        const got = (res.body.licences as { slug: string }[]).map((l) => l.slug).sort();
        expect({ slug, answers, got }).toEqual({ slug, answers, got: needed(licences, business.quiz.rules, answers).sort() });
        if (pickOption(questions[0]) === questions[0].options[0].id) expect({ slug, empty: got.length === 0 }).toEqual({ slug, empty: false });
      }
    }
  });

  it('decides the licences of the four business types that had no questions from what their licences are for', async () => {
    const plan = async (slug: string, picks: Record<string, string>) => {
      const questions = (await t.http.get(`/api/v1/businesses/${slug}`).expect(200)).body.quiz.questions as Question[];
      const answers = Object.fromEntries(Object.entries(picks).map(([text, answer]) => {
        const q = question(questions, text);
        return [q.id, option(q, answer)];
      }));
      const res = await t.http.post(`/api/v1/businesses/${slug}/quiz`).send({ answers }).expect(200);
      return (res.body.licences as { slug: string; reason: string }[]).map((l) => `${l.slug}:${l.reason}`).sort();
    };
    // A beauty clinic keeps nobody overnight: the clinic's two licences, not the hospital's three.
    expect(await plan('beauty-clinic', { ค้างคืน: 'คลินิก', นำเข้าเครื่องมือแพทย์: 'ใช่', ภาษีป้าย: 'ใช่' })).toEqual([
      'clinic-business-licence:answers',
      'clinic-operation-licence:answers',
      'medical-device-import-certificate:answers',
      'signboard-tax:answers',
    ]);
    expect(await plan('beauty-clinic', { ค้างคืน: 'โรงพยาบาล', นำเข้าเครื่องมือแพทย์: 'ไม่ใช่', ภาษีป้าย: 'ไม่ใช่' })).toEqual([
      'hospital-business-licence:answers',
      'hospital-establishment-plan-approval:answers',
      'hospital-operation-licence:answers',
    ]);
    expect(await plan('elderly-patient-care', { ค้างคืน: 'โรงพยาบาล', ภาษีป้าย: 'ใช่' })).toEqual([
      'hospital-business-licence:answers',
      'hospital-establishment-plan-approval:answers',
      'hospital-operation-licence:answers',
      'signboard-tax:answers',
    ]);
    // Caregiver placement without a facility needs none of the medical-facility licences.
    expect(await plan('elderly-patient-care', { ค้างคืน: 'ไม่ใช่สถานพยาบาล', ภาษีป้าย: 'ไม่ใช่' })).toEqual([]);
    expect(await plan('medical-devices', { นำเข้าเครื่องมือแพทย์: 'ใช่', ภาษีป้าย: 'ไม่ใช่' })).toEqual(['medical-device-import-certificate:answers']);
    // Every online clothing shop registers its e-commerce (no rule: it always applies); the street-vending permit only when it sells on the street too.
    expect(await plan('ecommerce-clothing', { ทางสาธารณะ: 'ไม่ใช่' })).toEqual(['e-commerce-registration:always']);
    expect(await plan('ecommerce-clothing', { ทางสาธารณะ: 'ใช่' })).toEqual(['e-commerce-registration:always', 'public-place-vending-permit:answers']);
  });

  it('shows "not stated" rather than inventing a fee or a deadline', async () => {
    const types = await t.http.get('/api/v1/licence-types').expect(200);
    expect(types.body.length).toBe(79);
    const unstated = types.body.filter((l: { fees: unknown[] }) => l.fees.length === 0);
    expect(unstated.length).toBeGreaterThan(0);
    for (const l of unstated) expect(l.feeText).toEqual({ th: 'ไม่ระบุ', en: 'not stated' });
    for (const l of types.body.filter((x: { processingDays: number | null }) => x.processingDays === null)) {
      expect(l.processingDaysText).toEqual({ th: 'ไม่ระบุ', en: 'not stated' });
    }
  });

  it('refuses an answer that is not one of the question’s options, naming it', async () => {
    const business = await t.http.get('/api/v1/businesses/restaurant').expect(200);
    const first = (business.body.quiz.questions as Question[])[0];
    const res = await t.http.post('/api/v1/businesses/restaurant/quiz').send({ answers: { [first.id]: 'no-such-option', q999: 'x' } }).expect(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: `answers.${first.id}`, problem: expect.stringContaining("'no-such-option' is not one of the options") },
        { field: 'answers.q999', problem: expect.stringContaining('is not a question of this quiz') },
      ]),
    );
    await t.http.post('/api/v1/businesses/restaurant/quiz').send({ answers: 'yes' }).expect(400);
    await t.http.post('/api/v1/businesses/no-such-business/quiz').send({ answers: {} }).expect(404);
  });

  it('searches Thai names without word spaces and English names without case', async () => {
    const search = async (q: string) =>
      (await t.http.get('/api/v1/licence-types').query({ q }).expect(200)).body.map((l: { slug: string }) => l.slug) as string[];
    expect(await search('สุรา')).toContain('liquor-sale-licence');
    expect(await search('อาหาร')).toEqual(expect.arrayContaining(['food-premises-permit', 'food-premises-notification']));
    expect(await search('FOOD PREMISES')).toEqual(expect.arrayContaining(['food-premises-permit']));
    expect(await search('zzzz-nothing')).toEqual([]);
  });

  it('returns the published machine as JSON or as a Mermaid state diagram', async () => {
    const json = await t.http.get('/api/v1/licence-types/food-premises-permit/workflow').expect(200);
    expect(Object.keys(json.body.machine.states)).toContain('inspection');
    const mermaid = await t.http.get('/api/v1/licence-types/food-premises-permit/workflow').query({ format: 'mermaid' }).expect(200);
    expect(mermaid.headers['content-type']).toMatch(/^text\/plain/);
    expect(mermaid.text.split('\n')[0]).toBe('stateDiagram-v2');
    expect(mermaid.text).toContain('[*] --> draft');
    expect(mermaid.text).toMatch(/inspection --> consideration : RECORD_INSPECTION \(officer\)/);
    await t.http.get('/api/v1/licence-types/food-premises-permit/workflow').query({ format: 'xml' }).expect(400);
  });
});
