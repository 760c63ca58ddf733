import { DataSource } from 'typeorm';
import { LicenceEntity, OutboxRunner } from '@bizportal/licensing';
import { attachRequiredDocuments } from './support/documents';
import { createFoodApplication, drive, FOOD_FEE_SET, footprint, sendEvent, TO_AWAITING_PAYMENT } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const ADMIN = '/api/v1/admin/licence-types';
const FOOD = 'food-premises-permit';

/** Fees by rule: the approver's amount within the catalogue's range, the lines on the invoice, a late renewal, and rules refused by the studio. */
describe('Fees by rule', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let receipts = 0;
  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false', PAYMENT_RECONCILE_INTERVAL_MS: '0' });
    runner = t.app.get(OutboxRunner);
  });
  afterAll(() => t.close());

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const invoices = async (id: string) => (await t.http.get(`/api/v1/applications/${id}/payments`).set(await as('somchai')).expect(200)).body.invoices;
  const BEFORE_APPROVAL = TO_AWAITING_PAYMENT.slice(0, -1);

  it('refuses an approval of the food premises permit without an amount within 2,000–3,000 THB and a reason, writing nothing', async () => {
    const app = await createFoodApplication(t);
    await drive(t, app.id, BEFORE_APPROVAL);
    const before = { ...(await footprint(t)), invoices: await t.count('invoices') };
    // The review workspace is told the approval sets a fee within the range.
    const view = await t.http.get(`/api/v1/applications/${app.id}`).set(await as('approver.khlongtoei')).expect(200);
    expect(view.body.availableEvents.find((e: { type: string }) => e.type === 'APPROVE').feeRange).toEqual({ code: 'licence', label: { th: 'ค่าธรรมเนียม', en: 'Fee' }, minSatang: 200000, maxSatang: 300000 });
    const cases: [Record<string, unknown> | undefined, string, RegExp][] = [
      [undefined, 'data.feeAmountSatang', /is required: the fee is a range with no rule, so the office sets it between 200000 and 300000 satang \(2,000–3,000 THB\)/],
      [{ feeAmountSatang: 199999, feeReason: 'ต่ำกว่า' }, 'data.feeAmountSatang', /must be between 200000 and 300000 satang/],
      [{ feeAmountSatang: 300001, feeReason: 'สูงกว่า' }, 'data.feeAmountSatang', /must be between 200000 and 300000 satang/],
      [{ feeAmountSatang: 250000 }, 'data.feeReason', /is required with data.feeAmountSatang/],
      [{ feeAmountSatang: 250000, feeReason: '   ' }, 'data.feeReason', /is required with data.feeAmountSatang/],
      [{ feeAmountSatang: 2500.5, feeReason: 'เศษ' }, 'data.feeAmountSatang', /integer/],
    ];
    for (const [data, field, problem] of cases) {
      const res = await sendEvent(t, app.id, { as: 'approver.khlongtoei', type: 'APPROVE', ...(data ? { data } : {}) });
      expect({ data, status: res.status, code: res.body.code }).toEqual({ data, status: 400, code: 'EVENT_INVALID' });
      expect(res.body.details).toEqual([{ field, problem: expect.stringMatching(problem) }]);
      expect(res.body.message).toMatch(/[ก-๙]/);
    }
    expect({ ...(await footprint(t)), invoices: await t.count('invoices') }).toEqual(before);
  });

  it('raises the invoice at the amount the approver set, its line saying how, and the applicant reads it before paying', async () => {
    const app = await createFoodApplication(t);
    await drive(t, app.id, [...BEFORE_APPROVAL, { as: 'approver.khlongtoei', type: 'APPROVE', data: { feeAmountSatang: 250000, feeReason: 'พื้นที่ 250 ตร.ม. / 250 m²' } }]);
    await runner.runOnce();
    const [invoice] = await invoices(app.id);
    expect(invoice).toMatchObject({
      feeCode: 'licence',
      amountSatang: 250000,
      status: 'open',
      lines: [
        {
          code: 'licence',
          label: { th: 'ค่าธรรมเนียม', en: 'Fee' },
          amountSatang: 250000,
          computation: {
            th: 'หน่วยงานกำหนด 2,500 บาท ในช่วง 2,000–3,000 บาท เหตุผล: พื้นที่ 250 ตร.ม. / 250 m²',
            en: 'Set by the office at 2,500 THB within 2,000–3,000 THB. Reason: พื้นที่ 250 ตร.ม. / 250 m²',
          },
        },
      ],
    });
    // The counter takes exactly the amount set.
    const wrong = await t.http.post(`/api/v1/applications/${app.id}/payments/counter`).set(await as('officer.khlongtoei')).send({ receiptNumber: 'KT-FEES-0', amountSatang: 200000 });
    expect(wrong.status).toBe(400);
  });

  it('adds the 20% late-renewal surcharge to a renewal filed after the licence ended, and none to one filed in time', async () => {
    const issue = async () => {
      const app = await createFoodApplication(t);
      await drive(t, app.id, TO_AWAITING_PAYMENT);
      await runner.runOnce();
      await t.http.post(`/api/v1/applications/${app.id}/payments/counter`).set(await as('officer.khlongtoei')).send({ receiptNumber: `KT-FEES-${++receipts}`, amountSatang: 200000 }).expect(201);
      await runner.runOnce();
      const timeline = await t.http.get(`/api/v1/applications/${app.id}/timeline`).set(await as('somchai')).expect(200);
      return timeline.body.entries.find((e: { event: string }) => e.event === 'LICENCE_ISSUED').data.licenceNumber as string;
    };
    /** A renewal filed today; `endedBeforeFiling` moves the licence's end back to a day before it once it is filed. */
    const renew = async (number: string, endedBeforeFiling?: Date) => {
      const res = await t.http.post('/api/v1/applications').set(await as('somchai')).send({ confirmApplicantData: true, licenceType: FOOD, kind: 'renew', previousLicenceNumber: number });
      if (res.status !== 201) throw new Error(`renew: ${res.status} ${JSON.stringify(res.body)}`);
      await attachRequiredDocuments(t, res.body.id);
      await drive(t, res.body.id, BEFORE_APPROVAL);
      if (endedBeforeFiling) await t.app.get(DataSource).getRepository(LicenceEntity).update({ number }, { validUntil: endedBeforeFiling });
      await drive(t, res.body.id, TO_AWAITING_PAYMENT.slice(-1));
      await runner.runOnce();
      return (await invoices(res.body.id))[0];
    };
    const inTime = await renew(await issue());
    expect(inTime.lines.map((l: { code: string }) => l.code)).toEqual(['licence']);
    expect(inTime.amountSatang).toBe(200000);

    // The licence ended the day before yesterday (Bangkok); the renewal was filed today.
    const ended = new Date(Date.now() - 2 * 86_400_000);
    const late = await renew(await issue(), ended);
    const day = (d: Date) => new Date(d.getTime() + 7 * 3_600_000);
    const thai = (d: Date) => `${day(d).getUTCDate()} ${['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'][day(d).getUTCMonth()]} ${day(d).getUTCFullYear() + 543}`;
    expect(late.amountSatang).toBe(240000);
    expect(late.lines[1]).toEqual({
      code: 'late-renewal',
      label: { th: 'เงินเพิ่มกรณีต่ออายุล่าช้า', en: 'Late renewal surcharge' },
      amountSatang: 40000,
      computation: {
        th: `ยื่นต่ออายุวันที่ ${thai(new Date())} หลังใบอนุญาตสิ้นอายุวันที่ ${thai(ended)}: ร้อยละ 20 ของ 2,000 บาท = 400 บาท`,
        en: expect.stringMatching(/^Renewal filed on .* BE, after the licence ended on .* BE: 20% of 2,000 THB = 400 THB$/),
      },
    });
    expect(FOOD_FEE_SET.feeAmountSatang).toBe(200000);
  });

  it('refuses a fee rule with overlapping bands in the studio (preview names it, the save is 422 and stores nothing)', async () => {
    const current = await t.http.get(`${ADMIN}/${FOOD}/versions/1`).set(await as('admin')).expect(200);
    const definition = structuredClone(current.body.definition);
    definition.fees[0].lines = [
      {
        code: 'licence',
        label: { th: 'ค่าธรรมเนียมตามพื้นที่', en: 'Fee by floor area' },
        rule: { field: 'areaSquareMetres', bands: [{ over: 200, upTo: 400, amountSatang: 200000 }, { over: 300, amountSatang: 300000 }] },
      },
    ];
    const problem = "fee 'licence' line 'licence': the bands over 200 up to 400 and over 300 overlap: a value can be in only one band";
    const preview = await t.http.post('/api/v1/admin/workflow-editor/preview').set(await as('admin')).send({ definition, licenceType: FOOD }).expect(200);
    expect(JSON.stringify(preview.body)).toContain(problem);

    const versionsBefore = await t.count('workflow_definitions', `licence_type = '${FOOD}'`);
    const saved = await t.http.post(`${ADMIN}/${FOOD}/versions`).set(await as('admin')).send({ definition });
    expect(saved.status).toBe(422);
    expect(saved.body.code).toBe('WORKFLOW_DEFINITION_INVALID');
    expect(saved.body.details).toEqual([{ file: `${FOOD}@2`, problem }]);
    expect(await t.count('workflow_definitions', `licence_type = '${FOOD}'`)).toBe(versionsBefore);

    // The same rule with bands that meet is a draft the studio keeps; an official may so replace the range with a rule.
    definition.fees[0].lines[0].rule.bands = [{ over: 200, upTo: 300, amountSatang: 200000 }, { over: 300, amountSatang: 300000 }];
    const kept = await t.http.post(`${ADMIN}/${FOOD}/versions`).set(await as('admin')).send({ definition });
    expect(kept.status).toBe(201);
  });
});
