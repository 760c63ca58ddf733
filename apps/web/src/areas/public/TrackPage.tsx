import { NS } from './setup';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';

/** Tracking numbers are letters, digits and dashes (BP2569-ENRMDPXJ); spaces typed around them are dropped. */
export function cleanNumber(text: string): string {
  return text.trim().replace(/\s+/g, '').toUpperCase();
}

export default function TrackPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = cleanNumber(value);
    const problem = !number ? t('track.missing') : /^[A-Z0-9-]{1,40}$/.test(number) ? '' : t('track.invalid');
    if (problem) {
      setErrors([{ field: 'tracking-number', message: problem }]);
      return;
    }
    navigate(`/track/${encodeURIComponent(number)}`);
  };
  const error = errors[0];
  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('track.title')} hasErrors={errors.length > 0} />
      <p className="lead">{t('track.lead')}</p>
      <form onSubmit={submit} noValidate>
        <div className={'form-group' + (error ? ' form-group--error' : '')}>
          <label htmlFor="tracking-number">{t('track.label')}</label>
          <span className="hint" id="tracking-number-hint">
            {t('track.hint')}
          </span>
          {error && (
            <span className="error-message" id="tracking-number-error">
              <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
              {error.message}
            </span>
          )}
          <input
            id="tracking-number"
            name="trackingNumber"
            type="text"
            className="input--medium"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={'tracking-number-hint' + (error ? ' tracking-number-error' : '')}
            aria-invalid={error ? true : undefined}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('track.submit')}
        </button>
      </form>
    </>
  );
}
