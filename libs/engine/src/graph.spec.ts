import { editorVocabulary, EVENT_TYPES, GUARDS, licenceShape, previewDefinition, TEMPLATES, workflowGraph } from '.';

const params = { fee: 'licence', inspection: true, planApproval: false, slaDays: { receive: 1, check: 3, inspection: 5, decision: 5, issue: 1 } };

function stall(machine: unknown): Record<string, unknown> {
  return {
    slug: 'street-stall-permit',
    name: { th: 'ใบอนุญาตแผงลอย', en: 'Street stall permit' },
    agency: { level: 'local' },
    legalBasis: null,
    processingDays: 15,
    validity: { years: 1 },
    fees: [{ code: 'licence', amountSatang: 30000, due: 'after-approval' }],
    form: { type: 'object', properties: { stallName: { type: 'string' } } },
    documents: [],
    machine,
  };
}

describe('workflowGraph: what the studio draws', () => {
  it('lists every state with status, actor, SLA days, final and initial, and every branch with senders and conditions', () => {
    const machine = licenceShape(params);
    const graph = workflowGraph(machine);
    expect(graph.initial).toBe('draft');
    expect(graph.states.map((s) => s.id)).toEqual(Object.keys(machine.states));
    expect(graph.states.find((s) => s.id === 'inspection')).toEqual({
      id: 'inspection',
      label: machine.states.inspection.meta.label,
      status: 'inspection',
      actor: 'officer',
      slaDays: 5,
      final: false,
      initial: false,
    });
    expect(graph.states.find((s) => s.id === 'rejected')).toMatchObject({ final: true, actor: null, slaDays: null });
    // RECORD_INSPECTION has two branches, told apart by the result.
    const recorded = graph.transitions.filter((t) => t.from === 'inspection' && t.event === 'RECORD_INSPECTION');
    expect(recorded.map((t) => [t.id, t.conditions, t.senders, t.data])).toEqual([
      ['inspection:RECORD_INSPECTION:0', ['result = pass'], ['officer'], { result: 'pass' }],
      ['inspection:RECORD_INSPECTION:1', ['result = fail'], ['officer'], { result: 'fail' }],
    ]);
    const submit = graph.transitions.find((t) => t.from === 'draft' && t.event === 'SUBMIT')!;
    expect(submit).toMatchObject({ to: 'submitted', senders: ['applicant'], dangling: false });
    expect(submit.guards).toEqual(expect.arrayContaining(['isApplicant', 'formComplete', 'documentsComplete']));
    // Every transition of the machine is drawn once.
    const count = Object.values(machine.states).reduce(
      (n, s) => n + Object.values(s.on ?? {}).reduce((m, e) => m + (Array.isArray(e) ? e.length : 1), 0),
      0,
    );
    expect(graph.transitions).toHaveLength(count);
    expect(new Set(graph.transitions.map((t) => t.id)).size).toBe(count);
  });

  it('draws a half-written machine: missing meta is null, a target naming nothing is dangling, junk is skipped', () => {
    const graph = workflowGraph({
      initial: 'a',
      states: { a: { on: { SUBMIT: 'nowhere', RECEIVE: [42, { target: 'b', guard: { type: 'hasRole', params: { role: 'officer' } } }] } }, b: 7, c: { meta: { status: 'checking', slaDays: '3' } } },
    });
    expect(graph.states).toEqual([
      { id: 'a', label: null, status: null, actor: null, slaDays: null, final: false, initial: true },
      { id: 'b', label: null, status: null, actor: null, slaDays: null, final: false, initial: false },
      { id: 'c', label: null, status: 'checking', actor: null, slaDays: null, final: false, initial: false },
    ]);
    expect(graph.transitions.map((t) => [t.id, t.to, t.dangling, t.senders])).toEqual([
      ['a:SUBMIT:0', 'nowhere', true, []],
      ['a:RECEIVE:1', 'b', false, ['officer']],
    ]);
    for (const junk of [null, 'x', [], { states: [] }, { states: null }]) expect(workflowGraph(junk)).toEqual({ initial: null, states: [], transitions: [] });
  });
});

describe('previewDefinition: a draft checked as storing it would be, drawn even when it fails', () => {
  it('expands a template and answers valid with its graph', () => {
    const preview = previewDefinition(stall({ template: 'licence', params }), 'street-stall-permit@draft');
    expect(preview.problems).toEqual([]);
    expect(preview.valid).toBe(true);
    expect((preview.definition as { template: unknown }).template).toEqual({ name: 'licence', params });
    expect(preview.graph.states.find((s) => s.id === 'inspection')?.slaDays).toBe(5);
  });

  it('changing a parameter changes the graph: no inspection, no inspection state', () => {
    const without = { ...params, inspection: false, slaDays: { receive: 1, check: 3, decision: 10, issue: 1 } };
    const preview = previewDefinition(stall({ template: 'licence', params: without }), 'x');
    expect(preview.valid).toBe(true);
    expect(preview.graph.states.map((s) => s.id)).not.toContain('inspection');
  });

  it('puts problems on their states and still draws the machine', () => {
    const machine = licenceShape(params);
    machine.states.checking.on = { ...machine.states.checking.on, FLY: 'consideration' };
    const preview = previewDefinition(stall(machine), 'street-stall-permit@draft');
    expect(preview.valid).toBe(false);
    expect(preview.byState.checking).toEqual([expect.stringContaining("unknown event 'FLY'")]);
    expect(preview.graph.transitions.some((t) => t.from === 'checking' && t.event === 'FLY')).toBe(true);
  });

  it('reports template parameters that do not fit, with no definition and an empty graph', () => {
    const preview = previewDefinition(stall({ template: 'licence', params: { ...params, inspection: 'yes' } }), 'x');
    expect(preview.valid).toBe(false);
    expect(preview.definition).toBeNull();
    expect(preview.general).toEqual([expect.stringContaining('machine.params.inspection')]);
    expect(preview.graph.states).toEqual([]);
  });

  it('adds the caller’s own problems (the API’s slug check)', () => {
    const preview = previewDefinition(stall({ template: 'licence', params }), 'x', [{ file: 'x', problem: 'slug mismatch' }]);
    expect(preview).toMatchObject({ valid: false, general: ['slug mismatch'] });
  });
});

describe('editorVocabulary', () => {
  it('names every guard (and allOf), action, event word and template, with descriptions and parameter schemas', () => {
    const v = editorVocabulary();
    expect(v.guards.map((g) => g.name)).toEqual(['allOf', ...Object.keys(GUARDS)]);
    expect(v.events.map((e) => e.type)).toEqual(EVENT_TYPES);
    expect(v.events.find((e) => e.type === 'REJECT')).toMatchObject({ commentRequired: true, label: { th: 'ปฏิเสธคำขอ', en: 'Reject' } });
    expect(v.templates.map((t) => t.name)).toEqual(Object.keys(TEMPLATES));
    expect(v.templates[0].paramsSchema).toBe(TEMPLATES.licence.paramsSchema);
    expect(v.actions.map((a) => a.name)).toEqual(['notify', 'requestPayment', 'cancelFee', 'issueLicence']);
    for (const g of v.guards) expect(g.description.length).toBeGreaterThan(10);
  });
});
