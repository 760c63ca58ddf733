import Form from '@rjsf/core';
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addTexts } from '../../i18n';
import { splitBilingual } from '../../lib/format';
import applyTexts from '../applicant/apply/texts';
import { templates, widgets } from '../applicant/apply/rjsfTheme';

// The applicant's form templates speak from the `apply` namespace.
addTexts('apply', applyTexts);

/**
 * A read-only preview: nothing is submitted, so nothing is validated here (ajv compiles schemas with `new Function`,
 * which the portal's Content-Security-Policy forbids; the API checks the form of a real application).
 */
const noValidation: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: () => true,
  rawValidation: () => ({ errors: undefined, validationError: undefined }),
  reset: () => undefined,
};

function localise(schema: unknown, language: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => localise(s, language));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if ((key === 'title' || key === 'description') && typeof value === 'string') out[key] = splitBilingual(value, language);
    else if (key !== '$schema') out[key] = localise(value, language);
  }
  return out;
}

/** The licence's JSON Schema drawn as applicants will see it, with the applicant's own rjsf templates, read-only. */
export default function FormPreview({ schema }: { schema: Record<string, unknown> }) {
  const { i18n } = useTranslation();
  const localised = useMemo(() => localise(schema, i18n.language) as RJSFSchema, [schema, i18n.language]);
  return (
    <div className="form-preview" data-testid="form-preview">
      <Form schema={localised} validator={noValidation} templates={templates} widgets={widgets} readonly idPrefix="preview" showErrorList={false} noHtml5Validate>
        <></>
      </Form>
    </div>
  );
}
