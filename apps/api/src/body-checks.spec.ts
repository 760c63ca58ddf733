import { assertJsonDepth, MAX_JSON_DEPTH, unsafeBodyProblem } from './body-checks';

const depthOf = (text: string) => {
  try {
    assertJsonDepth(Buffer.from(text));
    return 'accepted';
  } catch (error) {
    return (error as { code: string; status: number }).code + ' ' + (error as { status: number }).status;
  }
};

describe('assertJsonDepth', () => {
  it('accepts 32 levels and refuses 33 with JSON_TOO_DEEP, as a 400 for body-parser', () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    expect(depthOf('['.repeat(32) + ']'.repeat(32))).toBe('accepted');
    expect(depthOf('{"a":'.repeat(32) + '1' + '}'.repeat(32))).toBe('accepted');
    expect(depthOf('['.repeat(33) + ']'.repeat(33))).toBe('JSON_TOO_DEEP 400');
    expect(depthOf('[{"a":'.repeat(17) + '1' + '}]'.repeat(17))).toBe('JSON_TOO_DEEP 400');
  });

  it('counts siblings once and ignores brackets inside strings, escaped quotes included', () => {
    expect(depthOf(JSON.stringify(Array.from({ length: 1000 }, () => [[1]])))).toBe('accepted');
    expect(depthOf(JSON.stringify({ text: '['.repeat(100), quoted: '"[[[[' + '{'.repeat(50), slash: '\\' }))).toBe('accepted');
    expect(depthOf(JSON.stringify({ thai: 'ครัวคุณแม่ [สาขา {1}]'.repeat(20) }))).toBe('accepted');
  });
});

describe('unsafeBodyProblem', () => {
  const problem = (body: unknown) => {
    const error = unsafeBodyProblem(body);
    return error && { code: error.code, details: error.details };
  };

  it('passes ordinary bodies, Thai with combining marks, ZWJ and ZWNJ, and bodies that are not objects', () => {
    expect(problem({ form: { businessName: 'ร้านน้ำเต้าหู้เจ้าเก่า', note: 'กรุณาแนบ\u200cเอกสาร\u200d', items: [1, null, true, { x: 'y' }] } })).toBeUndefined();
    expect(problem(undefined)).toBeUndefined();
    expect(problem('text')).toBeUndefined();
    expect(problem(Object.assign(Object.create(null), { a: 'b' }))).toBeUndefined();
  });

  it('names the path of a prototype key', () => {
    expect(problem(JSON.parse('{"a":[{"b":1},{"__proto__":{"admin":true}}]}'))).toEqual({ code: 'FORBIDDEN_KEY', details: [{ field: 'a[1].__proto__', problem: 'is not an allowed key' }] });
    expect(problem({ constructor: { prototype: 1 } })?.details).toEqual([{ field: 'constructor', problem: 'is not an allowed key' }]);
    expect(problem({ x: { prototype: 1 } })?.code).toBe('FORBIDDEN_KEY');
    expect(problem({ constructors: 1, proto: 2, __proto: 3 })).toBeUndefined();
  });

  it.each([
    ['NUL', '\u0000'],
    ['LRE', '\u202a'],
    ['RLO', '\u202e'],
    ['LRI', '\u2066'],
    ['PDI', '\u2069'],
  ])('refuses %s in a value or a key, naming where', (_name, control) => {
    expect(problem({ premises: { address: `99 ถนนพระราม 4${control}` } })).toEqual({
      code: 'TEXT_CONTROL_CHARACTERS',
      details: [{ field: 'premises.address', problem: 'contains NUL or a bidirectional control character' }],
    });
    expect(problem({ form: { [`name${control}`]: 'x' } })?.details).toEqual([{ field: `form.name${control}`, problem: expect.any(String) }]);
    expect(problem(`top${control}`)?.details).toEqual([{ field: 'body', problem: expect.any(String) }]);
  });

  it('walks any depth without recursion', () => {
    let deep: unknown = 'end\u202e';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problem(deep)?.code).toBe('TEXT_CONTROL_CHARACTERS');
  });
});
