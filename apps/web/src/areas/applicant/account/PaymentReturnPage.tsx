import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import './setup';

/** Remembers, in this tab, which application a card payment sent to the bank's 3-D Secure page belongs to. */
export function rememberPayment(paymentId: string, applicationId: string) {
  try {
    sessionStorage.setItem(`bizportal.payment.${paymentId}`, applicationId);
  } catch {
    // Storage refused (private mode): the return page then offers the list of applications.
  }
}

/**
 * Where the API's 3-D Secure return (GET /api/v1/payments/:id/return) sends the browser: the address names only the
 * payment, so the application comes from this tab's memory, and the payer is back on its payment page.
 */
export default function PaymentReturnPage() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const payment = params.get('payment') ?? '';
  let applicationId: string | null = null;
  try {
    applicationId = /^[0-9a-f-]{36}$/.test(payment) ? sessionStorage.getItem(`bizportal.payment.${payment}`) : null;
  } catch {
    applicationId = null;
  }
  if (applicationId && /^[0-9a-f-]{36}$/.test(applicationId)) return <Navigate replace to={`/applications/${applicationId}/pay?payment=${payment}`} />;
  return (
    <>
      <PageTitle title={t('pay.returnTitle')} />
      <p>{t('pay.returnBody')}</p>
      <Link to="/applications">{t('status.back')}</Link>
    </>
  );
}
