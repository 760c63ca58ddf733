import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The GOV.UK error message under a label: "Error:" for screen readers, then the message; nothing without one. */
export function FieldErrorMessage({ id, message }: { id: string; message?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <span className="error-message" id={id}>
      <span className="visually-hidden">{t('errorPrefix')}</span>
      {message}
    </span>
  );
}

/**
 * One labelled field (GOV.UK form group): label, hint, error message, then the control, which gets the ids it must
 * name in `aria-describedby` and whether it is invalid.
 */
export function FormField({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={'form-group' + (error ? ' form-group--error' : '')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
      {children(describedBy, error ? true : undefined)}
    </div>
  );
}

/** Radios under a legend (GOV.UK): the first radio's id is `${name}-${first value}`, where the error summary links. */
export function RadioGroup<V extends string>({
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: V; label: ReactNode }[];
  value: V | null;
  onChange: (value: V) => void;
}) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={'form-group' + (error ? ' form-group--error' : '')}>
      <fieldset aria-describedby={describedBy}>
        <legend>{legend}</legend>
        {hint && (
          <span className="hint" id={`${name}-hint`}>
            {hint}
          </span>
        )}
        {error && <FieldErrorMessage id={`${name}-error`} message={error} />}
        {options.map((o) => (
          <div className="choice" key={o.value}>
            <input type="radio" name={name} id={`${name}-${o.value}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** A labelled text input with its hint and error, GOV.UK style. */
export function TextField(props: {
  id: string;
  label: ReactNode;
  hint: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  lang?: string;
  spellCheck?: boolean;
  inputMode?: 'numeric' | 'text';
  className?: string;
  autoComplete?: string;
}) {
  const { id, label, hint, error, value, onChange, lang, spellCheck, inputMode, className, autoComplete = 'off' } = props;
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => (
        <input
          type="text"
          id={id}
          value={value}
          lang={lang}
          spellCheck={spellCheck}
          inputMode={inputMode}
          autoComplete={autoComplete}
          className={className}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </FormField>
  );
}
