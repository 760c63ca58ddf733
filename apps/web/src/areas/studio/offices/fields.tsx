import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A field's error message, read with "Error:" first (GOV.UK). */
export function ErrorText({ id, text }: { id: string; text?: string }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <span className="error-message" id={id}>
      <span className="visually-hidden">{t('errorPrefix')}</span>
      {text}
    </span>
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
}) {
  const { id, label, hint, error, value, onChange, lang, spellCheck, inputMode } = props;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={id}>{label}</label>
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      <ErrorText id={`${id}-error`} text={error} />
      <input
        type="text"
        id={id}
        value={value}
        lang={lang}
        spellCheck={spellCheck}
        inputMode={inputMode}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
