import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/** One shared Ajv instance for definitions, guard params and event data. */
export const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

/** `instancePath` `/form/seats` becomes `form.seats`; a missing property names the property itself. */
export function ajvErrorPath(error: ErrorObject, prefix = ''): string {
  const segments = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
  return [prefix, ...segments].filter(Boolean).join('.');
}

export function describeAjvError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}
