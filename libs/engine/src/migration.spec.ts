import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attainableStates, entryTransitions, migrationPlanProblems, missingForState, waitingActorKinds } from './migration';
import type { MachineConfig, WorkflowDefinition } from './types';

const food = (): WorkflowDefinition => JSON.parse(readFileSync(join(__dirname, '../../../workflows/licences/food-premises-permit.json'), 'utf8'));
const machine = food().machine;

describe('who a state waits for, from the machine', () => {
  it.each([
    ['draft', ['applicant']],
    ['submitted', ['office']],
    ['checking', ['office']],
    ['needs_documents', ['applicant']],
    ['inspection', ['office']],
    ['corrections', ['applicant']],
    ['consideration', ['office']],
    ['awaiting_payment', ['payment']],
    ['issuing', ['system']],
    ['completed', ['office']],
    ['rejected', []],
  ])('%s waits for %j', (state, kinds) => {
    expect(waitingActorKinds(machine, state)).toEqual(kinds);
  });

  it('a signer step and an open transition are their own kinds', () => {
    const m: MachineConfig = {
      id: 'x',
      initial: 'a',
      states: {
        a: { meta: { status: 'issuing', actor: 'signer', slaDays: 1, label: { th: 'ก', en: 'a' } }, on: { APPROVE_SIGNATURE: { target: 'b', guard: { type: 'isResponsibleOffice', params: { role: 'signer' } } } } },
        b: { meta: { status: 'checking', actor: 'officer', slaDays: 1, label: { th: 'ข', en: 'b' } }, on: { ACCEPT: 'c' } },
        c: { type: 'final', meta: { status: 'completed', actor: null, slaDays: null, label: { th: 'ค', en: 'c' } } },
      },
    };
    expect(waitingActorKinds(m, 'a')).toEqual(['signer']);
    expect(waitingActorKinds(m, 'b')).toEqual(['anyone']);
  });
});

describe('what entering a state needs', () => {
  const facts = (history: string[], effects: string[] = [], kind: 'new' | 'cancel' = 'new') => ({ kind, history: new Set(history), effects: new Set(effects), conditions: {} });

  it('lists each way in with its requirements', () => {
    expect(entryTransitions(machine, 'corrections')).toEqual([{ from: 'inspection', event: 'RECORD_INSPECTION', requirements: [{ kind: 'history', event: 'RECORD_INSPECTION' }] }]);
    expect(entryTransitions(machine, 'awaiting_payment')).toEqual([{ from: 'consideration', event: 'APPROVE', requirements: [{ kind: 'effect', effect: 'request-payment' }] }]);
    // SUBMIT records the applicant's consent to the privacy notice (its data): only a submission gives it.
    expect(entryTransitions(machine, 'submitted')).toEqual([
      { from: 'draft', event: 'SUBMIT', requirements: [{ kind: 'history', event: 'SUBMIT' }, { kind: 'condition', guard: 'formComplete' }, { kind: 'condition', guard: 'documentsComplete' }] },
    ]);
  });

  it('a draft with nothing done may only be a draft; a submitted one reaches the office states, not the inspection result nor payment', () => {
    expect([...attainableStates(machine, facts([]))].filter((s) => machine.states[s].type !== 'final')).toEqual(['draft']);
    const submitted = attainableStates(machine, facts(['SUBMIT']));
    expect(submitted.has('inspection')).toBe(true);
    expect(submitted.has('corrections')).toBe(false);
    expect(submitted.has('needs_documents')).toBe(false);
    expect(submitted.has('awaiting_payment')).toBe(false);
    expect(submitted.has('completed')).toBe(false);
    // A complete form and documents do not make a draft submitted: the applicant has not agreed to the privacy notice
    // (SUBMIT's data), so a migration never moves a draft into the office's states.
    expect(attainableStates(machine, { ...facts([]), conditions: { formComplete: true, documentsComplete: true } }).has('submitted')).toBe(false);
  });

  it('a refusal names what is missing on each way in, including a state the application could not have been in', () => {
    expect(missingForState(machine, 'awaiting_payment', facts(['SUBMIT', 'RECEIVE', 'ACCEPT']))).toEqual([
      { from: 'consideration', event: 'APPROVE', missing: [{ kind: 'effect', effect: 'request-payment' }, { kind: 'state', state: 'consideration' }] },
    ]);
    expect(missingForState(machine, 'awaiting_payment', facts(['SUBMIT', 'RECEIVE', 'ACCEPT', 'RECORD_INSPECTION', 'APPROVE'], ['request-payment']))).toBeNull();
    // A cancellation request reaches the decision without an inspection.
    expect(missingForState(machine, 'consideration', facts(['SUBMIT', 'RECEIVE', 'ACCEPT'], [], 'cancel'))).toBeNull();
  });
});

describe('the plan as a whole', () => {
  const v2 = structuredClone(machine);
  v2.states.review = v2.states.consideration;
  delete v2.states.consideration;

  it('names unknown, unmapped, final and actor-changing states in a fixed order', () => {
    const problems = migrationPlanProblems({
      from: machine,
      to: v2,
      stateMapping: { nosuch: 'checking', checking: 'needs_documents', submitted: 'rejected', inspection: 'consideration' },
      allowActorChange: ['ghost'],
      occupied: { checking: 2, consideration: 1, draft: 0 },
    });
    expect(problems).toEqual([
      { code: 'MIGRATION_SOURCE_STATE_UNKNOWN', field: 'stateMapping.nosuch', state: 'nosuch' },
      { code: 'MIGRATION_SOURCE_STATE_UNMAPPED', state: 'consideration', applications: 1 },
      { code: 'MIGRATION_TARGET_STATE_UNKNOWN', field: 'stateMapping.inspection', state: 'consideration' },
      { code: 'MIGRATION_TARGET_STATE_UNKNOWN', field: 'allowActorChange.0', state: 'ghost' },
      { code: 'MIGRATION_TARGET_STATE_FINAL', fromState: 'submitted', toState: 'rejected' },
      { code: 'MIGRATION_ACTOR_CHANGE', fromState: 'checking', toState: 'needs_documents', fromActors: ['office'], toActors: ['applicant'] },
    ]);
  });

  it('an actor change listed in allowActorChange, and a renamed state, pass', () => {
    expect(migrationPlanProblems({ from: machine, to: v2, stateMapping: { checking: 'needs_documents', consideration: 'review' }, allowActorChange: ['needs_documents'], occupied: { checking: 1, consideration: 1 } })).toEqual([]);
  });
});
