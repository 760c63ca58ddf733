/** A complete, valid form for a licence's JSON Schema: every required field with a plausible value. */
export function sampleForm(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = (schema.required ?? []) as string[];
  return Object.fromEntries(required.map((name) => [name, sampleValue(properties[name] ?? {}, name)]));
}

function sampleValue(field: Record<string, unknown>, name: string): unknown {
  if (Array.isArray(field.enum)) return field.enum[0];
  if ('const' in field) return field.const;
  const type = Array.isArray(field.type) ? field.type.find((t) => t !== 'null') : field.type;
  switch (type) {
    case 'integer':
    case 'number': {
      const min = typeof field.minimum === 'number' ? field.minimum : typeof field.exclusiveMinimum === 'number' ? field.exclusiveMinimum + 1 : 1;
      return type === 'integer' ? Math.ceil(min) : min;
    }
    case 'boolean':
      return true;
    case 'array': {
      const items = (field.items ?? {}) as Record<string, unknown>;
      const count = typeof field.minItems === 'number' ? field.minItems : 1;
      return Array.from({ length: Math.max(count, 1) }, () => sampleValue(items, name));
    }
    case 'object':
      return sampleForm(field);
    default:
      return sampleString(field, name);
  }
}

function sampleString(field: Record<string, unknown>, name: string): string {
  if (field.format === 'email') return 'owner@example.co.th';
  if (field.format === 'date') return '2026-12-01';
  if (field.format === 'uri') return 'https://example.go.th';
  const pattern = typeof field.pattern === 'string' ? field.pattern : '';
  if (pattern === '^0[0-9]{8,9}$' || /phone/i.test(name)) return '0812345678';
  if (pattern === '^\\d{13}$' || pattern === '^[0-9]{13}$') return '0105556123453';
  const minLength = typeof field.minLength === 'number' ? field.minLength : 1;
  return 'ตัวอย่างข้อมูล'.padEnd(minLength, 'ก');
}
