import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Tag, type TagColour } from '../../components/Chrome';
import type { FieldError } from '../../components/ErrorSummary';

/** `:slug` and `:version` of the studio's routes. */
export function useSlugVersion(): { slug: string; version: number } {
  const params = useParams();
  return { slug: params.slug ?? '', version: Number(params.version) };
}

const VERSION_COLOURS: Record<string, TagColour> = { draft: 'grey', current: 'green', published: 'blue', superseded: 'yellow' };

export function VersionStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('studio');
  return <Tag colour={VERSION_COLOURS[status] ?? 'blue'}>{t(`versionStatus.${status}`, { defaultValue: status })}</Tag>;
}

/**
 * An API refusal as error-summary lines: WORKFLOW_DEFINITION_INVALID lists each of the engine's problems (with its
 * state), anything else its message in the reader's language, linked to `field`.
 */
export function apiErrors(error: unknown, language: string, field: string): FieldError[] {
  if (!(error instanceof ApiError)) return error ? [{ field, message: String((error as Error).message ?? error) }] : [];
  if (error.code === 'WORKFLOW_DEFINITION_INVALID' && Array.isArray(error.body.details)) {
    return (error.body.details as { state?: string; problem: string }[]).map((p) => ({ field, message: `${p.state ? `[${p.state}] ` : ''}${p.problem}` }));
  }
  return [{ field, message: error.messageIn(language) }];
}

type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; description?: string; enum?: unknown[]; const?: unknown; required?: string[]; items?: JsonSchema; minItems?: number; format?: string; pattern?: string; minimum?: number; minLength?: number };

/**
 * An example value that fits a JSON Schema, for the simulator's event data: required properties only, `fixed` values
 * first (a branch's dataEquals), the first of an enum, today for a date, 09:00 for a time, a hex digest for a digest.
 * The official sees it and may change it before sending.
 */
export function sampleData(schema: JsonSchema | null | undefined, fixed: Record<string, unknown> = {}): Record<string, unknown> | undefined {
  if (!schema) return Object.keys(fixed).length ? { ...fixed } : undefined;
  const value = sample(schema) as Record<string, unknown>;
  return { ...value, ...fixed };
}

function sample(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    const out: Record<string, unknown> = {};
    for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key] ?? {});
    return out;
  }
  if (type === 'array') return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}));
  if (type === 'boolean') return true;
  if (type === 'integer' || type === 'number') return schema.minimum ?? 0;
  if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.pattern?.includes(':[0-5][0-9]')) return '09:00';
  if (schema.pattern?.includes('[0-9a-f]{64}')) return '0'.repeat(64);
  return 'simulated';
}

/** A template's parameters as form fields, drawn from its parameters' JSON Schema (booleans, text or none, day counts). */
export function TemplateParamsFields({
  schema,
  params,
  onChange,
  idPrefix = 'param',
}: {
  schema: JsonSchema;
  params: Record<string, unknown>;
  onChange: (params: Record<string, unknown>) => void;
  idPrefix?: string;
}) {
  const { t } = useTranslation('studio');
  const properties = Object.entries(schema.properties ?? {});
  const set = (key: string, value: unknown) => {
    const next = { ...params };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <>
      {properties.map(([key, prop]) => {
        const id = `${idPrefix}-${key}`;
        const label = t(`params.${key}`, { defaultValue: key });
        const types = Array.isArray(prop.type) ? prop.type : [prop.type];
        if (types.includes('boolean')) {
          return (
            <div className="choice" key={key}>
              <input id={id} type="checkbox" checked={params[key] === true} onChange={(e) => set(key, e.target.checked)} />
              <label htmlFor={id}>
                {label} <code>{key}</code>
              </label>
            </div>
          );
        }
        if (types.includes('object') && prop.properties) {
          const inner = (params[key] ?? {}) as Record<string, unknown>;
          return (
            <fieldset key={key} className="params-days">
              <legend>
                {label} <code>{key}</code>
              </legend>
              <span className="hint">{t('params.daysHint')}</span>
              <div className="params-days__grid">
                {Object.keys(prop.properties).map((step) => (
                  <div className="form-group" key={step}>
                    <label htmlFor={`${id}-${step}`}>{t(`params.steps.${step}`, { defaultValue: step })}</label>
                    <input
                      id={`${id}-${step}`}
                      type="text"
                      inputMode="numeric"
                      value={inner[step] == null ? '' : String(inner[step])}
                      onChange={(e) => {
                        const raw = e.target.value.trim();
                        const next = { ...inner };
                        if (raw === '') delete next[step];
                        else next[step] = /^\d+$/.test(raw) ? Number(raw) : raw;
                        set(key, next);
                      }}
                    />
                  </div>
                ))}
              </div>
            </fieldset>
          );
        }
        return (
          <div className="form-group" key={key}>
            <label htmlFor={id}>
              {label} <code>{key}</code>
            </label>
            {types.includes('null') && <span className="hint">{t('params.noneHint')}</span>}
            <input id={id} type="text" value={params[key] == null ? '' : String(params[key])} onChange={(e) => set(key, e.target.value === '' ? (types.includes('null') ? null : undefined) : e.target.value)} />
          </div>
        );
      })}
    </>
  );
}

/** The problems of a preview that concern no one state, and how many states have problems, as a notice. */
export function PreviewSummary({ valid, general, stateProblems, pending }: { valid: boolean; general: string[]; stateProblems: number; pending: boolean }) {
  const { t } = useTranslation('studio');
  return (
    <div className={`notice ${valid ? 'notice--success' : 'notice--error'}`} role="status" aria-live="polite" data-testid="preview-status">
      <p>
        <strong>{valid ? t('preview.valid') : t('preview.invalid', { count: general.length + stateProblems })}</strong>
        {pending && <span className="hint">{t('preview.updating')}</span>}
      </p>
      {general.length > 0 && (
        <ul>
          {general.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
