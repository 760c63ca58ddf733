import { samplePdf, uploadDocument } from './support/documents';
import { createFoodApplication, drive, sendEvent } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const OFFICER = 'officer.khlongtoei';
const DOCUMENT_ITEM = { kind: 'document', documentCode: 'site-plan', reason: 'แผนผังไม่แสดงห้องครัว / the plan does not show the kitchen' };
const QUESTION_ITEM = { kind: 'information', question: 'ร้านเปิดกี่โมง / When does the shop open?' };

interface Item {
  id: string;
  kind: string;
  answered: boolean;
  answerText: string | null;
  documentId: string | null;
  label: { th: string; en: string } | null;
}

describe('Structured requests for documents or information (REQUEST_INFO items)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => ({
    requests: await t.count('information_requests'),
    items: await t.count('information_request_items'),
    events: await t.count('application_events'),
  });

  async function received(): Promise<string> {
    const { id } = await createFoodApplication(t);
    await drive(t, id, [{ as: 'somchai', type: 'SUBMIT' }, { as: OFFICER, type: 'RECEIVE' }]);
    return id;
  }

  async function requests(id: string, as = 'somchai') {
    const res = await t.http.get(`/api/v1/applications/${id}/information-requests`).auth(await t.login(as), { type: 'bearer' });
    expect(res.status).toBe(200);
    return res.body as { id: string; open: boolean; comment: string; requestedBy: { id: string; displayName: { th: string } | null }; items: Item[] }[];
  }

  async function answer(id: string, requestId: string, itemId: string, text: unknown, as = 'somchai') {
    return t.http
      .post(`/api/v1/applications/${id}/information-requests/${requestId}/items/${itemId}/answer`)
      .auth(await t.login(as), { type: 'bearer' })
      .send({ text });
  }

  it.each([
    ['no items', {}, 'data.items'],
    ['an empty list', { items: [] }, 'data.items'],
    ['21 items', { items: Array.from({ length: 21 }, () => QUESTION_ITEM) }, 'data.items'],
    ['a document item without a code', { items: [{ kind: 'document', reason: 'x' }] }, 'data.items.0.documentCode'],
    ['a document item without a reason', { items: [{ kind: 'document', documentCode: 'site-plan' }] }, 'data.items.0.reason'],
    ['a question without a question', { items: [{ kind: 'information', reason: 'x' }] }, 'data.items.0.question'],
    ['an unknown kind', { items: [{ kind: 'photo', question: 'x' }] }, 'data.items.0.kind'],
    ['a question of 501 characters', { items: [{ kind: 'information', question: 'ก'.repeat(501) }] }, 'data.items.0.question'],
    ['an invisible question', { items: [{ kind: 'information', question: '\u200b \u3164' }] }, 'data.items.0.question'],
    ['an invisible reason', { items: [{ ...DOCUMENT_ITEM, reason: '\u2060' }] }, 'data.items.0.reason'],
  ])('refuses %s with 400 EVENT_INVALID naming the field, storing nothing', async (_what, data, field) => {
    const id = await received();
    const before = await counts();
    const res = await sendEvent(t, id, { as: OFFICER, type: 'REQUEST_INFO', comment: 'ขอข้อมูลเพิ่มเติม', data });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'EVENT_INVALID' });
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('refuses a document code the licence type does not have with 400 INFORMATION_REQUEST_DOCUMENT_UNKNOWN, storing nothing', async () => {
    const id = await received();
    const before = await counts();
    const res = await sendEvent(t, id, { as: OFFICER, type: 'REQUEST_INFO', comment: 'ขอเอกสาร', data: { items: [QUESTION_ITEM, { ...DOCUMENT_ITEM, documentCode: 'passport' }] } });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'INFORMATION_REQUEST_DOCUMENT_UNKNOWN' });
    expect(res.body.details[0]).toMatchObject({ field: 'data.items.1.documentCode', allowed: expect.arrayContaining(['site-plan']) });
    expect(await counts()).toEqual(before);
    const app = await t.http.get(`/api/v1/applications/${id}`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
    expect(app.body.state).toBe('checking');
  });

  it('records the request with its items, holds RESUBMIT until every item is answered, then closes it', async () => {
    const id = await received();
    await drive(t, id, [{ as: OFFICER, type: 'REQUEST_INFO', comment: 'กรุณาส่งแผนผังใหม่และแจ้งเวลาเปิดร้าน', data: { items: [DOCUMENT_ITEM, QUESTION_ITEM] } }]);
    const [request] = await requests(id);
    expect(request).toMatchObject({ open: true, comment: 'กรุณาส่งแผนผังใหม่และแจ้งเวลาเปิดร้าน', requestedBy: { displayName: expect.objectContaining({ th: expect.any(String) }) } });
    expect(request.items).toEqual([
      expect.objectContaining({ kind: 'document', documentCode: 'site-plan', label: expect.objectContaining({ th: expect.any(String) }), answered: false, documentId: null }),
      expect.objectContaining({ kind: 'information', question: QUESTION_ITEM.question, documentCode: null, label: null, answered: false, answerText: null }),
    ]);
    // The office sees the same list.
    expect((await requests(id, OFFICER))[0].id).toBe(request.id);

    const refused = await sendEvent(t, id, { as: 'somchai', type: 'RESUBMIT' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'EVENT_CONDITION_FAILED' });
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual([
      `informationRequests.${request.id}.items.${request.items[0].id}`,
      `informationRequests.${request.id}.items.${request.items[1].id}`,
    ]);

    // Answers: the office may not answer, a document item takes no text, bad text is refused; nothing changes.
    const [docItem, question] = request.items;
    expect((await answer(id, request.id, question.id, 'เปิด 8 โมง', OFFICER)).status).toBe(403);
    expect((await answer(id, request.id, docItem.id, 'ส่งแล้ว')).body.code).toBe('INFORMATION_ITEM_NOT_A_QUESTION');
    for (const bad of ['', '   ', '\u200b', 'ก'.repeat(2001), 'เปิด\u0007', 42]) {
      const res = await answer(id, request.id, question.id, bad);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    }
    expect((await answer(id, request.id, '00000000-0000-4000-8000-000000000000', 'x')).body.code).toBe('INFORMATION_REQUEST_NOT_FOUND');
    expect((await requests(id))[0].items[1].answered).toBe(false);

    // A 2000-character answer passes; answering again replaces it.
    expect((await answer(id, request.id, question.id, 'ก'.repeat(2000))).status).toBe(200);
    const reanswered = await answer(id, request.id, question.id, ' เปิด 08:00–20:00 น.\r\nทุกวัน ');
    expect(reanswered.status).toBe(200);
    expect(reanswered.body.items[1]).toMatchObject({ answered: true, answerText: 'เปิด 08:00–20:00 น.\nทุกวัน', answeredAt: expect.any(String) });

    const stillMissing = await sendEvent(t, id, { as: 'somchai', type: 'RESUBMIT' });
    expect(stillMissing.status).toBe(422);
    expect(stillMissing.body.details).toEqual([expect.objectContaining({ field: `informationRequests.${request.id}.items.${docItem.id}` })]);

    const upload = await uploadDocument(t, id, 'somchai', 'site-plan', await samplePdf('แผนผังฉบับแก้ไข'));
    expect(upload.status).toBe(201);
    const answered = (await requests(id))[0];
    expect(answered.items[0]).toMatchObject({ answered: true, documentId: upload.body.id });

    expect((await sendEvent(t, id, { as: 'somchai', type: 'RESUBMIT' })).status).toBe(200);
    expect((await requests(id))[0].open).toBe(false);
    // After RESUBMIT the answer can no longer change.
    expect((await answer(id, request.id, question.id, 'เปลี่ยนใจ')).body.code).toBe('INFORMATION_REQUEST_NOT_OPEN');

    // A second request is listed first.
    await drive(t, id, [{ as: OFFICER, type: 'REQUEST_INFO', comment: 'อีกหนึ่งคำถาม', data: { items: [QUESTION_ITEM] } }]);
    const both = await requests(id);
    expect(both.map((r) => r.open)).toEqual([true, false]);
    expect(both[1].id).toBe(request.id);
  });

  it('hides the requests of an application from someone who may not see it', async () => {
    const id = await received();
    const res = await t.http.get(`/api/v1/applications/${id}/information-requests`).auth(await t.login('officer.pathumwan'), { type: 'bearer' });
    expect(res.status).toBe(404);
  });
});
