import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, pick } from '../../../lib/format';
import { WithDraft } from './common';
import type { ApplicationView } from './data';

function Confirmation({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  return (
    <>
      <div className="panel">
        <PageTitle title={t('confirmation.title')} />
        <div className="panel__body">
          {t('confirmation.number')}
          <strong>{app.trackingNumber}</strong>
        </div>
      </div>
      <p>{t('confirmation.keep')}</p>
      <p>
        <a href={`/api/v1/applications/${app.id}/acknowledgement.pdf`} download>
          {t('confirmation.receipt')}
        </a>
      </p>
      <h2>{t('confirmation.next')}</h2>
      {app.agency && <p>{t('confirmation.sentTo', { office: pick(app.agency.name, lang) })}</p>}
      <p>{t('confirmation.nextBody')}</p>
      {app.expectedCompletionAt && <p>{t('confirmation.expected', { date: formatDate(app.expectedCompletionAt, lang) })}</p>}
      <ul>
        <li>
          <Link to={`/track/${encodeURIComponent(app.trackingNumber)}`}>{t('confirmation.track')}</Link>
        </li>
        <li>
          <Link to="/applications">{t('confirmation.mine')}</Link>
        </li>
      </ul>
    </>
  );
}

/** `/applications/:id/confirmation`: the panel with the tracking number, what happens next and the receipt. */
export default function ConfirmationPage() {
  return <WithDraft allowSubmitted>{(app) => <Confirmation app={app} />}</WithDraft>;
}
