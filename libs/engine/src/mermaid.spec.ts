import { escapeMermaid, licenceShape, toMermaid, type MachineConfig, type StateConfig } from '.';

/**
 * Reads a diagram the way Mermaid's stateDiagram-v2 lexer does (mermaid/src/diagrams/state/parser/
 * stateDiagram.jison), after Mermaid's own first step of turning entity codes (`#quot;`, `#58;`)
 * into placeholders: fails on anything the real parser would misread, and returns the states,
 * their decoded labels and the edges.
 */
function parseStateDiagram(source: string) {
  const lines = source.trimEnd().split('\n');
  expect(lines[0]).toBe('stateDiagram-v2');
  const labels = new Map<string, string>();
  const edges: { from: string; to: string; label: string | null }[] = [];
  const id = '[A-Za-z0-9_]+';
  for (const line of lines.slice(1)) {
    const lexed = line.replace(/#\w+;/g, '\u0000');
    // Rules that fire wherever they appear on a line, before any other.
    if (!/^\s+direction (TB|LR)$/.test(line)) expect(lexed).not.toMatch(/direction\s+(tb|bt|rl|lr)/i);
    expect(lexed).not.toMatch(/<<(fork|join|choice)>>|\[\[(fork|join|choice)\]\]|%%|#/i);
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^  state "([^"]*)" as (${id})$`).exec(lexed))) {
      expect(m[2]).not.toMatch(/^(default|state|note|class|classdef|style|scale|direction|hide)$|^default|^\d/i);
      labels.set(m[2], decode(/^  state "([^"]*)"/.exec(line)![1]));
    } else if ((m = new RegExp(`^  (\\[\\*\\]|${id}) --> (\\[\\*\\]|${id})(?: : ([^:\\n;"]+))?$`).exec(lexed))) {
      const label = / : (.*)$/.exec(line)?.[1];
      edges.push({ from: m[1], to: m[2], label: label === undefined ? null : decode(label) });
    } else if (!/^  direction (TB|LR)$/.test(line)) {
      throw new Error(`not a stateDiagram-v2 statement: ${line}`);
    }
  }
  for (const edge of edges) {
    for (const end of [edge.from, edge.to]) if (end !== '[*]') expect(labels.has(end)).toBe(true);
  }
  return { labels, edges };
}

function decode(text: string): string {
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
  return text.replace(/#(\w+);/g, (_m, code: string) => (/^\d+$/.test(code) ? String.fromCharCode(Number(code)) : named[code]));
}

const meta = (th: string, en: string, status: StateConfig['meta']['status'] = 'checking'): StateConfig['meta'] => ({
  status,
  actor: 'officer',
  slaDays: null,
  label: { th, en },
});

describe('toMermaid()', () => {
  const machine = licenceShape({ fee: 'licence', inspection: true, planApproval: false, slaDays: { decision: 12 } }, ['new', 'cancel']);

  it('draws the licence shape: initial and final pseudo-states, labels, and edges with event and role', () => {
    const source = toMermaid(machine);
    const { labels, edges } = parseStateDiagram(source);
    expect(labels.get('draft')).toBe('แบบร่างคำขอ / Draft');
    expect(labels.size).toBe(Object.keys(machine.states).length);
    expect(edges).toEqual(
      expect.arrayContaining([
        { from: '[*]', to: 'draft', label: null },
        { from: 'draft', to: 'submitted', label: 'SUBMIT (applicant)' },
        { from: 'submitted', to: 'checking', label: 'RECEIVE (officer)' },
        { from: 'inspection', to: 'consideration', label: 'RECORD_INSPECTION (officer) [result = pass]' },
        { from: 'inspection', to: 'corrections', label: 'RECORD_INSPECTION (officer) [result = fail]' },
        { from: 'inspection', to: 'inspection', label: 'SCHEDULE_INSPECTION (officer)' },
        { from: 'consideration', to: 'withdrawn', label: 'APPROVE (approver) [kind = cancel]' },
        { from: 'checking', to: 'consideration', label: 'ACCEPT (officer) [kind = cancel]' },
        { from: 'awaiting_payment', to: 'closed', label: 'CLOSE (system) [kind = cancel]' },
        { from: 'awaiting_payment', to: 'issuing', label: 'PAYMENT_SUCCEEDED (system)' },
        { from: 'completed', to: 'suspended', label: 'SUSPEND (approver)' },
        { from: 'suspended', to: 'completed', label: 'REINSTATE (approver)' },
        { from: 'completed', to: 'superseded', label: 'AMEND (system)' },
        { from: 'withdrawn', to: '[*]', label: null },
        { from: 'revoked', to: '[*]', label: null },
        { from: 'expired', to: '[*]', label: null },
        { from: 'rejected', to: '[*]', label: null },
        { from: 'cancelled', to: '[*]', label: null },
        { from: 'closed', to: '[*]', label: null },
      ]),
    );
    expect(edges.filter((e) => e.to === '[*]')).toHaveLength(7);
    expect(source).toContain('  draft --> submitted : SUBMIT (applicant)\n');
    expect(source).toContain('  [*] --> draft\n');
  });

  it('escapes quotes, colons, semicolons, parentheses and markup in Thai and English labels', () => {
    const th = 'ตรวจ "พิเศษ": ขั้นที่ 1 (เร่งด่วน); 100% #1';
    const en = 'Check "special": step 1 (urgent) <b>R&D</b> [[fork]] %% not a comment';
    const odd: MachineConfig = {
      id: 'odd',
      initial: 'start',
      states: {
        start: { meta: meta(th, en), on: { RECORD_INSPECTION: { target: 'done', guard: { type: 'dataEquals', params: { field: 'result', value: 'a: "b"; c' } } } } },
        done: { type: 'final', meta: meta('เสร็จ\nสิ้น', 'Done', 'completed') },
      },
    };
    const source = toMermaid(odd);
    const { labels, edges } = parseStateDiagram(source);
    expect(labels.get('start')).toBe(`${th} / ${en}`);
    expect(labels.get('done')).toBe('เสร็จ สิ้น / Done');
    expect(edges).toContainEqual({ from: 'start', to: 'done', label: 'RECORD_INSPECTION [result = a: "b"; c]' });
    expect(source).toContain('#quot;พิเศษ#quot;#58; ขั้นที่ 1 (เร่งด่วน)#59; 100#37; #35;1');
  });

  it('keeps a direction statement out of the labels', () => {
    expect(escapeMermaid('Change direction LR now')).toBe('Change #100;irection LR now');
    expect(escapeMermaid('DIRECTION\ttb')).toBe('#68;IRECTION tb');
    const source = toMermaid(
      { id: 'x', initial: 'a', states: { a: { meta: meta('ทิศทาง', 'direction   tb'), on: { ACCEPT: 'b' } }, b: { type: 'final', meta: meta('จบ', 'End', 'completed') } } },
      { direction: 'LR' },
    );
    const { labels } = parseStateDiagram(source);
    expect(source.split('\n')[1]).toBe('  direction LR');
    expect(labels.get('a')).toBe('ทิศทาง / direction tb');
  });

  it('sanitizes state ids: punctuation, Thai, keywords, leading digits, collisions', () => {
    const names = ['needs-documents', 'needs_documents', 'default_review', 'state', 'Note', '2nd check', 'ตรวจ', 'ขั้น', 'waiting_direction', 'ok'];
    const states: Record<string, StateConfig> = {};
    names.forEach((name, i) => {
      states[name] = { meta: meta(name, name), on: { ACCEPT: names[i + 1] ?? 'end' } };
    });
    states.end = { type: 'final', meta: meta('จบ', 'End', 'completed') };
    const source = toMermaid({ id: 'ids', initial: 'needs-documents', states });
    const { labels, edges } = parseStateDiagram(source);
    expect(labels.size).toBe(names.length + 1);
    expect([...labels.values()]).toEqual([...names.map((n) => `${n} / ${n}`), 'จบ / End']);
    const ids = [...labels.keys()];
    expect(new Set(ids.map((i) => i.toLowerCase())).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['needs_documents', 's_default_review', 's_state', 's_Note', 's_2nd_check', 's_end', 'waiting_direction_', 'ok']));
    // The chain of ACCEPT edges survives the renaming: each state leads to the next.
    const accepts = edges.filter((e) => e.label === 'ACCEPT');
    expect(accepts).toHaveLength(names.length);
    expect(accepts.map((e) => labels.get(e.to))).toEqual([...names.slice(1).map((n) => `${n} / ${n}`), 'จบ / End']);
    expect(edges).toContainEqual({ from: 's_end', to: '[*]', label: null });
  });
});
