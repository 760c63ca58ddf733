import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** The id of the input the message belongs to; the summary links to it. */
  field: string;
  message: string;
}

/** GOV.UK error summary: takes focus when shown, one link per problem, each moving focus to its field. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errorSummaryTitle')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field + e.message}>
            <a
              href={'#' + e.field}
              onClick={(event) => {
                const target = document.getElementById(e.field);
                if (target) {
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
