import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineConfig } from '@bizportal/engine';
import { expectedCompletionAt, mainPathToCompleted } from './due-dates';

function foodPremisesMachine(): MachineConfig {
  const file = JSON.parse(readFileSync(join(__dirname, '../../../../workflows/licences/food-premises-permit.json'), 'utf8'));
  return file.machine; // the file carries its expanded machine beside the template
}

describe('expected completion along the main path', () => {
  const machine = foodPremisesMachine();
  const now = new Date('2026-12-01T03:00:00Z'); // Tuesday 10:00 in Bangkok

  it('follows the fewest transitions to the licence in force, or to the withdrawal for a cancellation', () => {
    expect(mainPathToCompleted(machine, 'submitted', 'new')).toEqual(['checking', 'inspection', 'consideration', 'awaiting_payment', 'issuing', 'completed']);
    expect(mainPathToCompleted(machine, 'consideration', 'cancel')).toEqual(['withdrawn']);
  });

  it('adds the remaining steps’ SLA days to the current due date, skipping weekends and holidays', () => {
    const dueAt = new Date('2026-12-02T03:00:00Z'); // checking due Wednesday
    // inspection 15 + consideration 12 = 27 working days after Wednesday 2 December.
    const plain = expectedCompletionAt(machine, { state: 'checking', status: 'checking', kind: 'new', dueAt }, now, new Set());
    const withHolidays = expectedCompletionAt(machine, { state: 'checking', status: 'checking', kind: 'new', dueAt }, now, new Set(['2026-12-07', '2026-12-10', '2026-12-31', '2027-01-01']));
    expect(plain!.toISOString()).toBe('2027-01-08T03:00:00.000Z');
    expect(withHolidays!.toISOString()).toBe('2027-01-14T03:00:00.000Z');
  });

  it('counts from now when the current step is overdue or waits for the applicant', () => {
    const overdue = expectedCompletionAt(machine, { state: 'consideration', status: 'under_consideration', kind: 'new', dueAt: new Date('2026-11-01T03:00:00Z') }, now, new Set());
    expect(overdue).toEqual(now); // what remains after consideration has no SLA days (payment, issuing)
    const needsDocuments = expectedCompletionAt(machine, { state: 'needs_documents', status: 'needs_documents', kind: 'new', dueAt: null }, now, new Set());
    expect(needsDocuments!.getTime()).toBeGreaterThan(now.getTime());
  });

  it('is null for a draft and for an application already done', () => {
    expect(expectedCompletionAt(machine, { state: 'draft', status: 'draft', kind: 'new', dueAt: null }, now, new Set())).toBeNull();
    expect(expectedCompletionAt(machine, { state: 'completed', status: 'completed', kind: 'new', dueAt: null }, now, new Set())).toBeNull();
    expect(expectedCompletionAt(machine, { state: 'rejected', status: 'rejected', kind: 'new', dueAt: null }, now, new Set())).toBeNull();
  });
});
