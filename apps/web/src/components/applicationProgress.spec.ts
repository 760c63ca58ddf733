import { describe, expect, it } from '@jest/globals';
import { afterIntakeCheck, applicationGroup, applicationProgress, currentStage, isOverdue, showsExpectedDate } from './applicationProgress';

const states = (status: string, history: string[] = []) => applicationProgress(status, history.map((s) => ({ status: s }))).stages.map((s) => s.state);
const history = (...statuses: string[]) => statuses.map((status) => ({ status }));

describe('application progress in five stages', () => {
  it('puts a submitted application in the preliminary check, waiting for the office to receive it', () => {
    const p = applicationProgress('submitted', history('submitted'));
    expect(p.stages.map((s) => s.state)).toEqual(['done', 'current', 'waiting', 'waiting', 'waiting']);
    expect(p.now.th).toBe('รอเจ้าหน้าที่รับเรื่อง');
    expect(p.turn).toBe('office');
  });

  it("says it is the applicant's turn for more documents, in the stage where the office asked", () => {
    const early = applicationProgress('needs_documents', history('submitted', 'checking', 'needs_documents'));
    expect(early.stages.map((s) => s.state)).toEqual(['done', 'current', 'waiting', 'waiting', 'waiting']);
    expect(early.now.th).toBe('รอผู้ประกอบการส่งเอกสารเพิ่มเติม');
    expect(early.turn).toBe('applicant');
    expect(states('needs_documents', ['submitted', 'checking', 'under_consideration', 'inspection', 'needs_documents'])).toEqual(['done', 'done', 'current', 'waiting', 'waiting']);
  });

  it('maps inspection to consideration, payment to the applicant, issuing to the system', () => {
    expect(states('inspection', ['submitted', 'checking', 'inspection'])).toEqual(['done', 'done', 'current', 'waiting', 'waiting']);
    expect(applicationProgress('awaiting_payment').turn).toBe('applicant');
    expect(states('awaiting_payment')).toEqual(['done', 'done', 'done', 'current', 'waiting']);
    expect(applicationProgress('issuing').turn).toBe('system');
  });

  it("names the authorised signer's turn while an issuing licence waits for the signer's approval", () => {
    const waiting = applicationProgress('issuing', [], { awaiting: 'signer' });
    expect(waiting.turn).toBe('office');
    expect(waiting.now).toEqual({ th: 'รอผู้มีอำนาจลงนามอนุมัติใบอนุญาต', en: 'Waiting for the authorised signer to approve the licence' });
    expect(currentStage(waiting).key).toBe('issue');
  });

  it('finishes an issued licence, marking payment not needed when it never waited for one', () => {
    expect(states('completed', ['submitted', 'checking', 'under_consideration', 'awaiting_payment', 'issuing', 'completed'])).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(states('completed', ['submitted', 'checking', 'under_consideration', 'issuing', 'completed'])).toEqual(['done', 'done', 'done', 'skipped', 'done']);
    const revoked = applicationProgress('revoked');
    expect(revoked.finished).toBe(true);
    expect(revoked.turn).toBeNull();
  });

  it('ends a rejected application where it was decided, the later stages not carried out', () => {
    const p = applicationProgress('rejected', history('submitted', 'checking', 'rejected'));
    expect(p.stages.map((s) => s.state)).toEqual(['done', 'done', 'skipped', 'skipped', 'ended']);
    expect(p.stages[4].label.th).toBe('ปฏิเสธคำขอ');
    expect(p.outcome).toBe('rejected');
  });

  it('says a request closed by its licence’s revocation was closed, not cancelled by the applicant', () => {
    const closed = applicationProgress('cancelled', history('submitted', 'checking', 'cancelled'), { state: 'closed' });
    expect(closed.stages[4]).toMatchObject({ state: 'ended', label: { th: 'ปิดคำขอ เนื่องจากใบอนุญาตที่อ้างถึงถูกเพิกถอน' } });
    expect(closed.now.en).toBe('Closed: the licence it concerns was revoked');
    expect(applicationProgress('cancelled', history('submitted', 'cancelled'), { state: 'cancelled' }).now.en).toBe('Cancelled by the applicant');
  });

  it('is overdue only while open and past the deadline', () => {
    const now = new Date('2026-12-10T00:00:00Z');
    expect(isOverdue('2026-12-09T00:00:00Z', 'checking', now)).toBe(true);
    expect(isOverdue('2026-12-11T00:00:00Z', 'checking', now)).toBe(false);
    expect(isOverdue('2026-12-09T00:00:00Z', 'completed', now)).toBe(false);
    expect(isOverdue(null, 'checking', now)).toBe(false);
  });

  it("uses Biz Portal's words for whose turn it is, from the state, actor and history", () => {
    expect(applicationProgress('submitted').now.th).toBe('รอเจ้าหน้าที่รับเรื่อง');
    expect(applicationProgress('needs_documents', [], { state: 'needs_documents', awaiting: 'applicant' }).now.th).toBe('รอผู้ประกอบการส่งเอกสารเพิ่มเติม');
    // A failed site inspection: the applicant corrects the premises as ordered, then the office checks the correction.
    const correcting = applicationProgress('needs_documents', [], { state: 'corrections', awaiting: 'applicant' });
    expect(correcting.now.th).toBe('ผู้ประกอบการดำเนินการตามสั่งการ');
    expect(correcting.stages.map((s) => s.state)).toEqual(['done', 'done', 'current', 'waiting', 'waiting']);
    expect(applicationProgress('inspection', history('submitted', 'checking', 'inspection', 'needs_documents', 'inspection')).now.th).toBe('เจ้าหน้าที่ตรวจสอบการแก้ไข');
    expect(applicationProgress('checking', history('submitted', 'checking', 'needs_documents', 'checking')).now.th).toBe('เจ้าหน้าที่ตรวจสอบการแก้ไข');
    expect(applicationProgress('checking', history('submitted', 'checking')).now.th).toBe('เจ้าหน้าที่กำลังตรวจสอบคำขอและเอกสาร');
    expect(applicationProgress('under_consideration', [], { awaiting: 'approver' }).now.th).toBe('รอผู้มีอำนาจพิจารณาอนุญาต');
    expect(applicationProgress('under_consideration', [], { awaiting: 'officer' }).now.th).toBe('อยู่ระหว่างการพิจารณาของเจ้าหน้าที่');
  });

  it('names the current stage, where it ended, or the last stage once issued', () => {
    expect(currentStage(applicationProgress('awaiting_payment')).key).toBe('pay');
    expect(currentStage(applicationProgress('rejected', history('submitted', 'checking', 'rejected'))).label.th).toBe('ปฏิเสธคำขอ');
    expect(currentStage(applicationProgress('completed')).key).toBe('issue');
  });

  it('shows the expected date only after the intake check and while open', () => {
    for (const status of ['draft', 'submitted', 'checking', 'needs_documents']) expect(showsExpectedDate(status)).toBe(false);
    for (const status of ['under_consideration', 'inspection', 'awaiting_payment', 'issuing']) expect(showsExpectedDate(status)).toBe(true);
    for (const status of ['completed', 'rejected', 'cancelled', 'revoked']) expect(showsExpectedDate(status)).toBe(false);
    // Sent back after consideration began: the intake check is over.
    expect(showsExpectedDate('needs_documents', [], { state: 'corrections' })).toBe(true);
    expect(afterIntakeCheck('checking', history('submitted', 'checking', 'under_consideration', 'needs_documents', 'checking'))).toBe(true);
    expect(afterIntakeCheck('checking', history('submitted', 'checking', 'needs_documents', 'checking'))).toBe(false);
  });

  it('groups drafts, applications in progress and those done', () => {
    expect(applicationGroup('draft')).toBe('drafts');
    for (const status of ['submitted', 'needs_documents', 'awaiting_payment', 'issuing']) expect(applicationGroup(status)).toBe('inProgress');
    for (const status of ['completed', 'suspended', 'revoked', 'expired', 'superseded', 'rejected', 'cancelled']) expect(applicationGroup(status)).toBe('done');
  });
});
