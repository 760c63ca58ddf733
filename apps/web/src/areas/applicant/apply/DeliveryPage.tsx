import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { BackLink } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { DraftButtons, WithDraft } from './common';
import { problemsOf, returnPath, useSendEvent, type ApplicationView, type DeliveryMethod } from './data';
import { offersDelivery } from './progress';

const METHODS: { value: DeliveryMethod; label: string; hint?: string }[] = [
  { value: 'e-licence', label: 'delivery.eLicence', hint: 'delivery.eLicenceHint' },
  { value: 'pickup', label: 'delivery.pickup', hint: 'delivery.pickupHint' },
  { value: 'post', label: 'delivery.post' },
];

function Delivery({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const choose = useSendEvent(app.id);
  const [method, setMethod] = useState<DeliveryMethod>(app.delivery.method ?? 'e-licence');
  const [address, setAddress] = useState(app.delivery.address ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const back = returnPath(app.id, search);

  if (!offersDelivery(app)) {
    return (
      <>
        <BackLink to={back}>{t('back')}</BackLink>
        <PageTitle title={t('delivery.title')} caption={pick(app.licenceType.name, lang)} />
        <p>{t('delivery.notOffered')}</p>
        <Link className="button" to={back}>
          {t('next')}
        </Link>
      </>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (method === 'post' && address.trim().length < 10) return setErrors([{ field: 'delivery-address', message: t('delivery.addressError') }]);
    setErrors([]);
    try {
      await choose.mutateAsync({ type: 'CHOOSE_DELIVERY', data: method === 'post' ? { method, address: address.trim() } : { method }, expectedVersion: app.version });
      void navigate(back);
    } catch (error) {
      const onAddress = problemsOf(error).some((p) => p.field?.includes('address'));
      setErrors([{ field: onAddress ? 'delivery-address' : 'delivery-e-licence', message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]);
    }
  };
  const addressError = errors.find((e) => e.field === 'delivery-address');

  return (
    <>
      <BackLink to={back}>{t('back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('delivery.title')} caption={pick(app.licenceType.name, lang)} hasErrors={errors.length > 0} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className={'form-group' + (errors.length ? ' form-group--error' : '')}>
          <fieldset>
            <legend>{t('delivery.legend')}</legend>
            {errors.length > 0 && !addressError && (
              <span className="error-message">
                <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                {errors[0].message}
              </span>
            )}
            {METHODS.map((m) => (
              <div key={m.value}>
                <div className="choice">
                  <input
                    type="radio"
                    name="delivery"
                    id={`delivery-${m.value}`}
                    value={m.value}
                    checked={method === m.value}
                    aria-describedby={m.hint ? `delivery-${m.value}-hint` : undefined}
                    onChange={() => setMethod(m.value)}
                  />
                  <label htmlFor={`delivery-${m.value}`}>
                    {t(m.label)}
                    {m.hint && (
                      <span className="hint" id={`delivery-${m.value}-hint`}>
                        {t(m.hint)}
                      </span>
                    )}
                  </label>
                </div>
                {m.value === 'post' && method === 'post' && (
                  <div className={'conditional form-group' + (addressError ? ' form-group--error' : '')}>
                    <label htmlFor="delivery-address">{t('delivery.address')}</label>
                    <span className="hint" id="delivery-address-hint">
                      {t('delivery.addressHint')}
                    </span>
                    {addressError && (
                      <span className="error-message" id="delivery-address-error">
                        <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                        {addressError.message}
                      </span>
                    )}
                    <textarea
                      id="delivery-address"
                      rows={4}
                      maxLength={500}
                      value={address}
                      autoComplete="street-address"
                      aria-invalid={!!addressError || undefined}
                      aria-describedby={'delivery-address-hint' + (addressError ? ' delivery-address-error' : '')}
                      onChange={(e) => setAddress(e.target.value)}
                    />
                  </div>
                )}
              </div>
            ))}
          </fieldset>
        </div>
        <DraftButtons busy={choose.isPending} />
      </form>
    </>
  );
}

/** `/applications/:id/delivery`: e-licence, pickup or post (CHOOSE_DELIVERY, kept in the history). */
export default function DeliveryPage() {
  return <WithDraft>{(app) => <Delivery app={app} />}</WithDraft>;
}
