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
