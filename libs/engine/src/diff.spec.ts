import { checkDefinition, diffDefinitions, type ShapeParams, type WorkflowDefinition } from '.';

const params: ShapeParams = {
  fee: 'licence',
  inspection: true,
  planApproval: false,
  // The office steps' days add up to processingDays (15).
  slaDays: { receive: 1, check: 1, inspection: 1, decision: 12, issue: 0 },
};

function definition(change: (d: WorkflowDefinition) => void = () => undefined, shape: ShapeParams = params, processingDays: number | null = 15): WorkflowDefinition {
  const { definition: d, problems } = checkDefinition(
    {
      slug: 'street-stall-permit',
      name: { th: 'ใบอนุญาตแผงลอย', en: 'Street stall permit' },
      agency: { level: 'local' },
      legalBasis: 'พ.ร.บ. รักษาความสะอาด พ.ศ. 2535',
      processingDays,
      validity: { years: 1 },
      fees: [{ code: 'licence', amountSatang: 30000, due: 'after-approval' }],
      form: { type: 'object', required: ['stallName'], properties: { stallName: { type: 'string' } } },
      documents: [{ code: 'id-card', label: { th: 'บัตรประชาชน', en: 'ID card' }, required: false }],
      machine: { template: 'licence', params: shape },
    },
    'street-stall-permit.json',
  );
  expect(problems).toEqual([]);
  const copy = structuredClone(d);
  change(copy);
  return copy;
}

describe('diffDefinitions()', () => {
  it('finds nothing between equal definitions, whatever the key order', () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    const a = definition();
    const b = reversed(a) as WorkflowDefinition;
    expect(Object.keys(b)[0]).not.toBe(Object.keys(a)[0]);
    const diff = diffDefinitions(a, b);
    expect(diff.identical).toBe(true);
    expect(diff.summary).toEqual([]);
    expect(diff.states).toEqual({ added: [], removed: [], changed: [] });
  });

  it('reports added and removed states, and the transitions that lead to them', () => {
    const withReview = definition((d) => {
      d.machine.states.hygiene_review = {
        meta: { status: 'under_consideration', actor: 'officer', slaDays: 3, label: { th: 'ตรวจสุขลักษณะ', en: 'Hygiene review' } },
        on: { FORWARD: { guard: { type: 'isResponsibleOffice', params: { role: 'officer' } }, target: 'consideration' } },
      };
      const record = d.machine.states.inspection.on!.RECORD_INSPECTION as { target: string }[];
      record[0].target = 'hygiene_review';
    });
    const diff = diffDefinitions(definition(), withReview);
    expect(diff.identical).toBe(false);
    expect(diff.states.added).toEqual(['hygiene_review']);
    expect(diff.states.removed).toEqual([]);
    expect(diff.states.changed).toEqual([
      {
        state: 'inspection',
        meta: [],
        other: [],
        transitions: {
          added: [],
          removed: [],
          changed: [
            expect.objectContaining({
              event: 'RECORD_INSPECTION',
              from: expect.objectContaining({ target: 'consideration' }),
              to: expect.objectContaining({ target: 'hygiene_review' }),
              changes: [{ path: 'target', kind: 'changed', from: 'consideration', to: 'hygiene_review' }],
            }),
          ],
        },
      },
    ]);
    expect(diff.summary).toEqual(
      expect.arrayContaining(['+ state hygiene_review', '~ inspection: RECORD_INSPECTION target: consideration → hygiene_review']),
    );
    // The other way round, the state is removed.
    expect(diffDefinitions(withReview, definition()).states.removed).toEqual(['hygiene_review']);
  });

  it('reports meta changes per state: status, actor, slaDays and label', () => {
    const diff = diffDefinitions(
      definition(),
      definition((d) => {
        d.machine.states.consideration.meta.slaDays = 10;
        d.machine.states.consideration.meta.label.en = 'Decision';
        d.machine.states.checking.meta.actor = 'approver';
        d.machine.states.submitted.meta.status = 'checking';
      }),
    );
    const byState = Object.fromEntries(diff.states.changed.map((s) => [s.state, s.meta]));
    expect(byState.consideration).toEqual([
      { path: 'label.en', kind: 'changed', from: 'Decision by the licensing authority', to: 'Decision' },
      { path: 'slaDays', kind: 'changed', from: 12, to: 10 },
    ]);
    expect(byState.checking).toEqual([{ path: 'actor', kind: 'changed', from: 'officer', to: 'approver' }]);
    expect(byState.submitted).toEqual([{ path: 'status', kind: 'changed', from: 'submitted', to: 'checking' }]);
    expect(diff.summary).toContain('~ consideration: meta.slaDays: 12 → 10');
  });

  it('reports transitions added, removed and changed in guard and actions', () => {
    const diff = diffDefinitions(
      definition(),
      definition((d) => {
        delete d.machine.states.submitted.on!.REQUEST_INFO;
        d.machine.states.consideration.on!.FORWARD = { guard: { type: 'isResponsibleOffice', params: { role: 'approver' } }, target: 'inspection' };
        (d.machine.states.submitted.on!.RECEIVE as { guard: unknown }).guard = { type: 'isResponsibleOffice', params: { role: 'approver' } };
        (d.machine.states.issuing.on!.LICENCE_ISSUED as { actions: unknown[] }).actions = [];
      }),
    );
    const byState = Object.fromEntries(diff.states.changed.map((s) => [s.state, s.transitions]));
    expect(byState.submitted.removed).toEqual([expect.objectContaining({ event: 'REQUEST_INFO', target: 'needs_documents' })]);
    expect(byState.submitted.changed).toEqual([
      expect.objectContaining({
        event: 'RECEIVE',
        changes: [{ path: 'guard', kind: 'changed', from: { type: 'isResponsibleOffice', params: { role: 'officer' } }, to: { type: 'isResponsibleOffice', params: { role: 'approver' } } }],
      }),
    ]);
    expect(byState.consideration.added).toEqual([expect.objectContaining({ event: 'FORWARD', target: 'inspection' })]);
    expect(byState.issuing.changed[0].changes).toEqual([
      { path: 'actions', kind: 'changed', from: [{ type: 'notify', params: { to: 'applicant', template: 'licence-issued' } }], to: [] },
    ]);
  });

  it('pairs branches of one event by guard, so a new branch is not shown as every branch changing', () => {
    const diff = diffDefinitions(
      definition(),
      definition((d) => {
        const branches = d.machine.states.inspection.on!.RECORD_INSPECTION as object[];
        branches.unshift({ guard: { type: 'dataEquals', params: { field: 'result', value: 'postpone' } } });
      }),
    );
    const inspection = diff.states.changed.find((s) => s.state === 'inspection')!;
    expect(inspection.transitions.changed).toEqual([]);
    expect(inspection.transitions.added).toEqual([expect.objectContaining({ event: 'RECORD_INSPECTION', target: null })]);
  });

  it('reports fees, documents, form and processing days', () => {
    const diff = diffDefinitions(
      definition(),
      definition((d) => {
        d.fees[0].amountSatang = 50000;
        d.fees.push({ code: 'renewal', amountSatang: 10000, due: 'after-approval' });
        d.documents = [{ code: 'site-photo', label: { th: 'ภาพถ่ายแผง', en: 'Photo of the stall' }, required: true }];
        (d.form.properties as Record<string, unknown>).openingHours = { type: 'string' };
        d.form.required = ['stallName', 'openingHours'];
        d.processingDays = 10;
        d.name.en = 'Street vending permit';
      }),
    );
    expect(diff.fees).toEqual({
      added: [expect.objectContaining({ code: 'renewal' })],
      removed: [],
      changed: [{ code: 'licence', changes: [{ path: 'amountSatang', kind: 'changed', from: 30000, to: 50000 }] }],
    });
    expect(diff.documents.added.map((d) => d.code)).toEqual(['site-photo']);
    expect(diff.documents.removed.map((d) => d.code)).toEqual(['id-card']);
    expect(diff.form).toEqual([
      { path: 'form.properties.openingHours', kind: 'added', to: { type: 'string' } },
      { path: 'form.required', kind: 'changed', from: ['stallName'], to: ['stallName', 'openingHours'] },
    ]);
    expect(diff.processingDays).toEqual({ path: 'processingDays', kind: 'changed', from: 15, to: 10 });
    expect(diff.other).toEqual([{ path: 'name.en', kind: 'changed', from: 'Street stall permit', to: 'Street vending permit' }]);
    expect(diff.summary).toEqual(
      expect.arrayContaining(['+ fee renewal', '~ fee licence: amountSatang: 30000 → 50000', '- document id-card', '~ processingDays: 15 → 10']),
    );
  });

  it('sees template parameter changes and the machine they produce', () => {
    // Without stated days, so that both shapes are valid with the same slaDays.
    const undated = { ...params, slaDays: {} };
    const diff = diffDefinitions(definition(undefined, undated, null), definition(undefined, { ...undated, inspection: false }, null));
    expect(diff.states.removed).toEqual(['inspection', 'corrections']);
    expect(diff.other).toEqual([{ path: 'template.params.inspection', kind: 'changed', from: true, to: false }]);
    expect(diff.states.changed.find((s) => s.state === 'checking')!.transitions.changed[0].changes).toEqual([
      { path: 'target', kind: 'changed', from: 'inspection', to: 'consideration' },
    ]);
  });

  it('reports a changed initial state and a state that became final', () => {
    const diff = diffDefinitions(
      definition(),
      definition((d) => {
        d.machine.initial = 'submitted';
        d.machine.states.issuing.type = 'final';
      }),
    );
    expect(diff.initial).toEqual({ path: 'machine.initial', kind: 'changed', from: 'draft', to: 'submitted' });
    expect(diff.states.changed.find((s) => s.state === 'issuing')!.other).toEqual([{ path: 'type', kind: 'changed', from: null, to: 'final' }]);
  });
});
