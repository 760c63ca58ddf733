import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NS, usePolicies } from './setup';

/** Where to write: the operator's address from configuration (GET /policies), and the office through the application's messages. */
export function ContactDetails() {
  const { t } = useTranslation(NS);
  const policies = usePolicies();
  const email = policies.data?.contact.email ?? null;
  return (
    <ul>
      {policies.isSuccess && (
        <li>
          {email ? (
            <>
              {t('contact.email')}: <a href={`mailto:${email}`}>{email}</a>
            </>
          ) : (
            t('contact.noEmail')
          )}
        </li>
      )}
      <li>
        {t('contact.office')} <Link to="/applications">{t('contact.myApplications')}</Link>
      </li>
    </ul>
  );
}
