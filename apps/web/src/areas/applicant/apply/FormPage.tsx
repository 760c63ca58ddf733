import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, RJSFValidationError, UiSchema, ValidatorType } from '@rjsf/utils';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { BackLink } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { DraftButtons, SavedNotice, WithDraft } from './common';
import { localiseProblem, problemsOf, returnPath, splitBilingual, useLicenceType, useSaveDraft, type ApplicationView, type FieldProblem } from './data';
import { templates, widgets } from './rjsfTheme';

/**
 * `/applications/:id/form`: the licence type's JSON Schema drawn by rjsf 6 with our templates. rjsf and
 * ajv load only with this page (its own lazy chunk). Client checks use ajv with ajv-i18n's Thai messages
 * when Thai is on; the server's FORM_INVALID / VALIDATION_FAILED problems are shown the same way.
 */
type ClientValidators = (typeof import('./clientValidators'))['validators'];

/**
 * ajv compiles schemas to functions (`new Function`), which the portal's Content-Security-Policy
 * (script-src 'self', no 'unsafe-eval') forbids. Where it is forbidden, the page checks nothing in the
 * browser and shows the server's answer instead (FORM_INVALID on save, `formProblems` of the saved draft):
 * the same schema, checked once, by the server.
 */
const evalAllowed = (() => {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
})();

const serverOnly: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: () => true,
  rawValidation: () => ({ errors: undefined, validationError: undefined }),
  reset: () => undefined,
};

type Schema = Record<string, unknown>;

/** The schema in one language: titles and descriptions "ไทย / English" become the current language's part. */
function localiseSchema(schema: unknown, language: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => localiseSchema(s, language));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if ((key === 'title' || key === 'description') && typeof value === 'string') out[key] = splitBilingual(value, language);
    else if (key === '$schema') continue;
    else out[key] = localiseSchema(value, language);
  }
  return out;
}

/** The input id rjsf gives a data path: `.a.b` or `form.a.b` → `root_a_b`. */
export function fieldId(path: string): string {
  const segments = path
    .replace(/^form\.?/, '')
    .replace(/\[(\d+|'[^']*')\]/g, (_, s: string) => '.' + s.replace(/'/g, ''))
    .split('.')
    .filter(Boolean);
  return ['root', ...segments].join('_');
}

function labelOf(schema: Schema, path: string): string {
  const first = path.replace(/^form\.?/, '').replace(/^\./, '').split(/[.[]/)[0];
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  return (props[first]?.title as string | undefined) ?? first;
}

function uiSchemaFor(schema: Schema): UiSchema {
  const ui: UiSchema = { 'ui:submitButtonOptions': { norender: true } };
  for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    if (prop.type === 'array') ui[name] = { 'ui:options': { orderable: false, copyable: false } };
    if (prop.type === 'string' && typeof prop.maxLength === 'number' && prop.maxLength > 300 && !prop.format) ui[name] = { 'ui:widget': 'textarea' };
    if (prop.format === 'email') ui[name] = { 'ui:autocomplete': 'email' };
    if (/phone/i.test(name)) ui[name] = { 'ui:options': { inputType: 'tel' }, 'ui:autocomplete': 'tel' };
  }
  return ui;
}

function FormEditor({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language === 'en' ? 'en' : 'th';
  const [clientValidators, setClientValidators] = useState<ClientValidators | null>(null);
  useEffect(() => {
    if (evalAllowed) void import('./clientValidators').then((m) => setClientValidators(m.validators));
  }, []);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const type = useLicenceType(app.licenceType.slug, app.licenceType.workflowVersion);
  const save = useSaveDraft(app.id);
  const [formData, setFormData] = useState<Record<string, unknown>>(() => ({ ...app.form }));
  const [summary, setSummary] = useState<FieldError[]>([]);
  const [extraErrors, setExtraErrors] = useState<ErrorSchema | undefined>();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useRef<Form>(null);
  const schema = useMemo(() => (type.data ? (localiseSchema(type.data.form, lang) as Schema) : null), [type.data, lang]);
  const uiSchema = useMemo(() => (schema ? uiSchemaFor(schema) : {}), [schema]);

  if (type.isPending || !schema) return type.isError ? <Problem error={type.error} retry={() => type.refetch()} /> : <Loading />;

  /** GOV.UK wording: "กรอกชื่อสถานประกอบการ" for a missing answer, ajv-i18n's message otherwise. */
  const transformErrors = (errors: RJSFValidationError[]) =>
    errors.map((e) => {
      if (e.name === 'required') {
        const label = labelOf(schema, e.property ?? '');
        return { ...e, message: t('form.requiredMessage', { label }) };
      }
      return e;
    });

  const summaryFrom = (errors: { property?: string; message?: string }[]): FieldError[] =>
    errors.map((e) => {
      const label = labelOf(schema, e.property ?? '');
      const message = e.message ?? '';
      return { field: fieldId(e.property ?? ''), message: message.includes(label) ? message : `${label}: ${message}` };
    });

  /** Server problems (paths like form.seats) as rjsf extra errors and summary lines. */
  const showServerProblems = (error: unknown, given?: FieldProblem[]) => {
    const problems: FieldProblem[] = (given ?? problemsOf(error)).filter((p) => p.field);
    if (problems.length === 0) {
      setSummary([{ field: 'form-top', message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]);
      return;
    }
    const schemaErrors: Record<string, { __errors: string[] }> = {};
    const lines = problems.map((p) => {
      const key = (p.field ?? '').replace(/^form\.?/, '').split('.')[0];
      const label = labelOf(schema, p.field ?? '');
      const message = p.problem === 'is required' ? t('form.requiredMessage', { label }) : `${label}: ${localiseProblem(p.problem, t)}`;
      (schemaErrors[key] ??= { __errors: [] }).__errors.push(message);
      return { field: fieldId(p.field ?? ''), message };
    });
    setExtraErrors(schemaErrors as ErrorSchema);
    setSummary(lines);
  };

  /** Only what changed goes to the server; a field emptied is sent as null, which removes it. */
  const changes = () => {
    const body: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(formData)) if (JSON.stringify(value) !== JSON.stringify(app.form[key])) body[key] = value === undefined ? null : value;
    for (const key of Object.keys(app.form)) if (!(key in formData) || formData[key] === undefined) body[key] = null;
    return body;
  };

  const persist = async (): Promise<ApplicationView | null> => {
    setExtraErrors(undefined);
    setNotice(null);
    try {
      const saved = await save.mutateAsync({ form: changes(), expectedVersion: app.version });
      setSavedAt(new Date());
      return saved;
    } catch (error) {
      showServerProblems(error);
      return null;
    }
  };

  const onSaveDraft = async () => {
    setSummary([]);
    await persist();
  };

  const onContinue = async (valid: boolean, errors: RJSFValidationError[]) => {
    const saved = await persist();
    if (!saved) return;
    if (!valid) {
      setSummary(summaryFrom(errors));
      setNotice(t('form.savedIncomplete'));
      return;
    }
    // The server's check of the whole form (what SUBMIT will ask), in case the browser could not check it.
    if (saved.formProblems.length > 0) {
      showServerProblems(null, saved.formProblems);
      setNotice(t('form.savedIncomplete'));
      return;
    }
    setSummary([]);
    void navigate(returnPath(app.id, search));
  };

  return (
    <>
      <BackLink to={returnPath(app.id, search)}>{t('back')}</BackLink>
      <div id="form-top" tabIndex={-1}>
        <ErrorSummary errors={summary} />
      </div>
      <PageTitle title={t('form.title')} caption={pick(app.licenceType.name, lang)} hasErrors={summary.length > 0} />
      <p>{t('form.lead')}</p>
      {app.holder.fetchedAt && <p className="hint">{t('form.fromRecords')}</p>}
      {notice && (
        <div className="notice notice--warning" role="status">
          <p>{notice}</p>
        </div>
      )}
      <Form
        ref={formRef}
        schema={schema as RJSFSchema}
        uiSchema={uiSchema}
        formData={formData}
        validator={clientValidators?.[lang] ?? serverOnly}
        templates={templates}
        widgets={widgets}
        extraErrors={extraErrors}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError={false}
        transformErrors={transformErrors}
        onChange={(e) => setFormData((e.formData ?? {}) as Record<string, unknown>)}
        onSubmit={() => void onContinue(true, [])}
        onError={(errors) => void onContinue(false, transformErrors(errors))}
      >
        <SavedNotice at={savedAt} />
        <DraftButtons busy={save.isPending} onSave={() => void onSaveDraft()} />
      </Form>
    </>
  );
}

export default function FormPage() {
  return <WithDraft>{(app) => <FormEditor key={app.id} app={app} />}</WithDraft>;
}
