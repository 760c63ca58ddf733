import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { NOTIFICATIONS_KEY } from '../../lib/notifications';
import './setup';

type Preferences = components['schemas']['NotificationPreferencesView'];
const PREFERENCES_KEY = [NOTIFICATIONS_KEY, 'preferences'];
/** The API's codes this form explains in the reader's language, and the field each belongs to. */
const FIELD_OF_CODE = {
  NOTIFICATION_EMAIL_INVALID: 'email-address',
  NOTIFICATION_EMAIL_REQUIRED: 'email-address',
  NOTIFICATION_PHONE_INVALID: 'sms-phone',
  NOTIFICATION_PHONE_REQUIRED: 'sms-phone',
} as const;

export default function PreferencesPage() {
  const { t } = useTranslation('settings');
  const current = useQuery({ queryKey: PREFERENCES_KEY, queryFn: () => unwrap(api.GET('/notifications/preferences')) });
  return (
    <>
      <BackLink to="/notifications">{t('preferences.back')}</BackLink>
      {current.isPending && <Loading />}
      {current.isError && <Problem error={current.error} retry={() => current.refetch()} />}
      {current.data && <PreferencesForm saved={current.data} />}
    </>
  );
}

function PreferencesForm({ saved }: { saved: Preferences }) {
  const { t, i18n } = useTranslation('settings');
  const client = useQueryClient();
  const [language, setLanguage] = useState(saved.language);
  const [emailOn, setEmailOn] = useState(saved.email.enabled);
  const [address, setAddress] = useState(saved.email.address ?? '');
  const [smsOn, setSmsOn] = useState(saved.sms.enabled);
  const [phone, setPhone] = useState(saved.sms.phone ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) banner.current?.focus();
  }, [done]);

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/notifications/preferences', {
          body: { language, email: { enabled: emailOn, address: address.trim() || null }, sms: { enabled: smsOn, phone: phone.trim() || null } },
        }),
      ),
    onMutate: () => {
      setDone(false);
      setErrors([]);
    },
    onSuccess: (answer) => {
      client.setQueryData(PREFERENCES_KEY, answer);
      setDone(true);
    },
    onError: (error) => {
      const code = error instanceof ApiError ? error.code : '';
      const field = FIELD_OF_CODE[code as keyof typeof FIELD_OF_CODE];
      const message = field ? t(`preferences.errors.${code}`) : error instanceof ApiError ? error.messageIn(i18n.language) : String(error);
      setErrors([{ field: field ?? 'language-th', message }]);
    },
  });
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  const emailError = errorOf('email-address');
  const phoneError = errorOf('sms-phone');
  return (
    <>
      {done && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={banner}>
          <p>{t('preferences.saved')}</p>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <PageTitle title={t('preferences.title')} hasErrors={errors.length > 0} />
      <p>{t('preferences.lead')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('preferences.language')}</legend>
          {(['th', 'en'] as const).map((value) => (
            <div className="choice" key={value}>
              <input type="radio" id={`language-${value}`} name="language" value={value} checked={language === value} onChange={() => setLanguage(value)} />
              <label htmlFor={`language-${value}`} lang={value}>
                {t(`preferences.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('preferences.email')}</legend>
          <div className="choice">
            <input type="checkbox" id="email-enabled" checked={emailOn} onChange={(e) => setEmailOn(e.target.checked)} />
            <label htmlFor="email-enabled">{t('preferences.emailOn')}</label>
          </div>
          <div className={emailError ? 'form-group form-group--error' : 'form-group'}>
            <label htmlFor="email-address">{t('preferences.emailAddress')}</label>
            <span className="hint" id="email-address-hint">
              {t('preferences.emailHint')}
            </span>
            {emailError && (
              <span className="error-message" id="email-address-error">
                <span className="visually-hidden">{t('common:errorPrefix')}</span>
                {emailError}
              </span>
            )}
            <input
              type="email"
              id="email-address"
              name="email"
              autoComplete="email"
              spellCheck={false}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              aria-describedby={emailError ? 'email-address-hint email-address-error' : 'email-address-hint'}
              aria-invalid={emailError ? true : undefined}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('preferences.sms')}</legend>
          <div className="choice">
            <input type="checkbox" id="sms-enabled" checked={smsOn} onChange={(e) => setSmsOn(e.target.checked)} />
            <label htmlFor="sms-enabled">{t('preferences.smsOn')}</label>
          </div>
          <div className={phoneError ? 'form-group form-group--error' : 'form-group'}>
            <label htmlFor="sms-phone">{t('preferences.smsPhone')}</label>
            <span className="hint" id="sms-phone-hint">
              {t('preferences.smsHint')}
            </span>
            {phoneError && (
              <span className="error-message" id="sms-phone-error">
                <span className="visually-hidden">{t('common:errorPrefix')}</span>
                {phoneError}
              </span>
            )}
            <input
              type="tel"
              id="sms-phone"
              name="phone"
              autoComplete="tel"
              inputMode="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              aria-describedby={phoneError ? 'sms-phone-hint sms-phone-error' : 'sms-phone-hint'}
              aria-invalid={phoneError ? true : undefined}
            />
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('preferences.saving') : t('preferences.save')}
        </button>
      </form>
      <h2>{t('preferences.hearingsTitle')}</h2>
      <p>{t('preferences.hearingsLead')}</p>
      <p>
        <Link to="/account/hearing-follows">{t('preferences.hearingsLink')}</Link>
      </p>
    </>
  );
}
