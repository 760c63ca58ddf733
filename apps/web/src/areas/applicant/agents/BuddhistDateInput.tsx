import { useTranslation } from 'react-i18next';
import { FieldErrorMessage } from '../../../components/FormField';

export interface DateParts {
  day: string;
  month: string;
  /** Buddhist era. */
  year: string;
}
export const emptyDate: DateParts = { day: '', month: '', year: '' };

const BUDDHIST_ERA_OFFSET = 543;

/** The ISO date (Gregorian) of a day, month and Buddhist era year; or why not. */
export function isoDateOf({ day, month, year }: DateParts): string | 'incomplete' | 'invalid' {
  if (![day, month, year].every((p) => /^\d+$/.test(p.trim()))) return 'incomplete';
  const [d, m, be] = [day, month, year].map((p) => Number(p.trim()));
  const gregorian = be - BUDDHIST_ERA_OFFSET;
  const date = new Date(Date.UTC(gregorian, m - 1, d));
  if (be < 2400 || date.getUTCFullYear() !== gregorian || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'invalid';
  return date.toISOString().slice(0, 10);
}

/** GOV.UK date input (day, month, year) with the year in the Buddhist era, as Thai forms ask it. */
export function BuddhistDateInput({ id, legend, hint, value, onChange, error }: { id: string; legend: string; hint: string; value: DateParts; onChange: (value: DateParts) => void; error?: string }) {
  const { t } = useTranslation('agents');
  const part = (name: keyof DateParts, label: string, width: string) => (
    <div className="date-input__item">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        type="text"
        inputMode="numeric"
        id={`${id}-${name}`}
        className={`date-input__${width}`}
        value={value[name]}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange({ ...value, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset role="group" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
        <legend>{legend}</legend>
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
        <FieldErrorMessage id={`${id}-error`} message={error} />
        <div className="date-input">
          {part('day', t('agents.day'), 'short')}
          {part('month', t('agents.month'), 'short')}
          {part('year', t('agents.year'), 'year')}
        </div>
      </fieldset>
    </div>
  );
}
