import { NS } from './setup';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { cleanReference } from './complaints-api';

/** `/complaints/status` (public): the reference of a complaint, to see where it stands. */
export default function ComplaintStatusPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reference = cleanReference(value);
    const problem = !reference ? t('status.missing') : /^[A-Z0-9-]{1,20}$/.test(reference) ? '' : t('status.invalid');
    if (problem) {
      setErrors([{ field: 'complaint-reference', message: problem }]);
      return;
    }
    navigate(`/complaints/status/${encodeURIComponent(reference)}`);
  };
  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('status.title')} hasErrors={errors.length > 0} />
      <p className="lead">{t('status.lead')}</p>
      <form onSubmit={submit} noValidate>
        <FormField id="complaint-reference" label={t('status.label')} hint={t('status.hint')} error={errors[0]?.message}>
          {(describedBy, invalid) => (
            <input
              id="complaint-reference"
              name="reference"
              type="text"
              className="complaint-input--short"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button">
          {t('status.submit')}
        </button>
      </form>
    </>
  );
}
