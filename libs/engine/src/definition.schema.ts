import { STATE_ACTORS, STATUS_NAMES } from './types';

const localizedText = {
  type: 'object',
  required: ['th', 'en'],
  additionalProperties: false,
  properties: { th: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};

const namedRef = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: { type: { type: 'string', minLength: 1 }, params: { type: 'object' } },
};

const transition = {
  type: 'object',
  additionalProperties: false,
  properties: {
    target: { type: 'string', minLength: 1 },
    guard: namedRef,
    actions: { type: 'array', items: namedRef },
    description: { type: 'string' },
  },
};

const satang = { type: 'integer', minimum: 0 };

/** One fee line: exactly one of a fixed amount, a rule over a form number (bands or per unit), or a range the approver sets. */
const feeLine = {
  type: 'object',
  required: ['code', 'label'],
  additionalProperties: false,
  oneOf: [{ required: ['amountSatang'] }, { required: ['rule'] }, { required: ['range'] }],
  properties: {
    code: { type: 'string', minLength: 1, maxLength: 40 },
    label: localizedText,
    amountSatang: satang,
    range: {
      type: 'object',
      required: ['minSatang', 'maxSatang'],
      additionalProperties: false,
      properties: { minSatang: satang, maxSatang: satang },
    },
    rule: {
      type: 'object',
      required: ['field'],
      additionalProperties: false,
      oneOf: [{ required: ['bands'] }, { required: ['perUnit'] }],
      properties: {
        field: { type: 'string', minLength: 1 },
        bands: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['amountSatang'],
            additionalProperties: false,
            properties: { over: { type: 'number' }, upTo: { type: 'number' }, amountSatang: satang },
          },
        },
        perUnit: {
          type: 'object',
          required: ['unitSatang', 'unitSize'],
          additionalProperties: false,
          properties: { unitSatang: satang, unitSize: { type: 'number', exclusiveMinimum: 0 } },
        },
        minSatang: satang,
        maxSatang: satang,
      },
    },
  },
};

/** JSON Schema of a licence workflow file in `workflows/licences/`. */
export const WORKFLOW_DEFINITION_SCHEMA = {
  $id: 'https://bizportal.example/schemas/workflow-definition.json',
  type: 'object',
  required: ['slug', 'name', 'agency', 'legalBasis', 'processingDays', 'validity', 'fees', 'form', 'documents', 'machine'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    slug: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 },
    name: localizedText,
    category: { type: 'string' },
    agency: {
      type: 'object',
      required: ['level'],
      additionalProperties: false,
      properties: {
        level: { enum: ['local', 'provincial', 'central'] },
        code: { type: 'string' },
        name: localizedText,
      },
    },
    legalBasis: { type: ['string', 'null'] },
    processingDays: { type: ['integer', 'null'], minimum: 0 },
    validity: {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: {
        years: { type: 'integer', minimum: 0 },
        months: { type: 'integer', minimum: 0 },
        note: { type: 'string' },
      },
    },
    // Days before a licence in force ends that its holder is reminded to renew (60 when absent).
    renewalReminderDays: { type: 'integer', minimum: 1, maximum: 365 },
    fees: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'amountSatang', 'due'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', minLength: 1 },
          label: localizedText,
          amountSatang: { type: ['integer', 'null'], minimum: 0 },
          maxAmountSatang: { type: ['integer', 'null'], minimum: 0 },
          lines: { type: 'array', minItems: 1, items: feeLine },
          lateRenewalSurcharge: {
            type: 'object',
            required: ['percentPerPeriod', 'period'],
            additionalProperties: false,
            properties: {
              percentPerPeriod: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
              period: { enum: ['once', 'month', 'year'] },
              maxPeriods: { type: 'integer', minimum: 1 },
            },
          },
          due: { enum: ['at-submission', 'after-approval'] },
          note: { type: ['string', 'null'] },
        },
      },
    },
    form: { type: 'object' },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'label', 'required'],
        additionalProperties: false,
        properties: { code: { type: 'string', minLength: 1 }, label: localizedText, required: { type: 'boolean' } },
      },
    },
    sources: { type: 'array', items: { type: 'string' } },
    /** Facts kept from the research catalogue (notes, Biz Portal service names, manual links); shown, never computed on. */
    catalogue: { type: 'object' },
    /** What the catalogue lists that the system fetches from government data exchange instead of asking for a copy. */
    dataExchange: { type: 'array', items: { type: 'string' } },
    kinds: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['new', 'renew', 'amend', 'cancel'] } },
    template: {
      type: 'object',
      required: ['name', 'params'],
      additionalProperties: false,
      properties: { name: { type: 'string' }, params: { type: 'object' } },
    },
    machine: {
      type: 'object',
      required: ['id', 'initial', 'states'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1 },
        initial: { type: 'string', minLength: 1 },
        description: { type: 'string' },
        states: {
          type: 'object',
          minProperties: 1,
          additionalProperties: {
            type: 'object',
            required: ['meta'],
            additionalProperties: false,
            properties: {
              type: { const: 'final' },
              description: { type: 'string' },
              entry: { type: 'array', items: namedRef },
              meta: {
                type: 'object',
                required: ['status', 'actor', 'slaDays', 'label'],
                additionalProperties: false,
                properties: {
                  status: { enum: STATUS_NAMES },
                  actor: { enum: [...STATE_ACTORS, null] },
                  slaDays: { type: ['integer', 'null'], minimum: 0 },
                  label: localizedText,
                },
              },
              on: {
                type: 'object',
                additionalProperties: {
                  anyOf: [{ type: 'string', minLength: 1 }, transition, { type: 'array', minItems: 1, items: transition }],
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
