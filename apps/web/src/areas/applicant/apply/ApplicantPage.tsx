import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ApplicantRecords } from '../../../components/ApplicantRecords';
import { BackLink } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime, pick } from '../../../lib/format';
import { DraftButtons, WithDraft } from './common';
import { returnPath, useSaveDraft, type ApplicationView } from './data';

function Applicant({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const save = useSaveDraft(app.id);
  const [checked, setChecked] = useState(!!app.holder.confirmedAt);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const back = returnPath(app.id, search);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (app.holder.confirmedAt) return void navigate(back);
    if (!checked) return setErrors([{ field: 'confirm-applicant-data', message: t('applicant.confirmHint') }]);
    try {
      await save.mutateAsync({ confirmApplicantData: true, expectedVersion: app.version });
      void navigate(back);
    } catch (error) {
      setErrors([{ field: 'confirm-applicant-data', message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]);
    }
  };

  return (
    <>
      <BackLink to={back}>{t('back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('applicant.title')} caption={pick(app.licenceType.name, lang)} hasErrors={errors.length > 0} />
      <p>{t('applicant.lead')}</p>
      <ApplicantRecords holder={app.holder} />
      <p>{t('applicant.wrong')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {app.holder.confirmedAt ? (
          <div className="notice notice--success">
            <p>{t('applicant.confirmed', { time: formatDateTime(app.holder.confirmedAt, lang) })}</p>
          </div>
        ) : (
          <div className={'form-group' + (errors.length ? ' form-group--error' : '')}>
            <fieldset>
              <legend>{t('applicant.confirm')}</legend>
              {errors.length > 0 && (
                <span className="error-message" id="confirm-applicant-data-error">
                  <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                  {errors[0].message}
                </span>
              )}
              <div className="choice">
                <input
                  type="checkbox"
                  id="confirm-applicant-data"
                  checked={checked}
                  aria-describedby={errors.length ? 'confirm-applicant-data-error' : undefined}
                  onChange={(e) => setChecked(e.target.checked)}
                />
                <label htmlFor="confirm-applicant-data">{t('applicant.confirmHint')}</label>
              </div>
            </fieldset>
          </div>
        )}
        <DraftButtons busy={save.isPending} nextLabel={app.holder.confirmedAt ? t('next') : t('applicant.confirm')} />
      </form>
    </>
  );
}

/** `/applications/:id/applicant`: the government records the application was made from, and "ยืนยันข้อมูล". */
export default function ApplicantPage() {
  return <WithDraft>{(app) => <Applicant app={app} />}</WithDraft>;
}
