import { NS } from './setup';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

export default function HomePage() {
  const { t } = useTranslation(NS);
  return (
    <>
      <PageTitle title={t('home.title')} />
      <p className="lead">{t('home.lead')}</p>
      <h2>{t('home.stepsTitle')}</h2>
      <ol className="home-steps">
        <li>{t('home.steps.find')}</li>
        <li>{t('home.steps.signIn')}</li>
        <li>{t('home.steps.apply')}</li>
        <li>{t('home.steps.pay')}</li>
      </ol>
      <Link to="/businesses" className="button button--start" draggable={false}>
        {t('home.start')}
        <span aria-hidden="true"> ›</span>
      </Link>
      <p className="hint">{t('home.law')}</p>
      <h2>{t('home.otherTitle')}</h2>
      <ul className="link-list">
        <li>
          <Link to="/track">{t('home.track')}</Link>
        </li>
        <li>
          <Link to="/verification">{t('home.verify')}</Link>
        </li>
        <li>
          <Link to="/statistics">{t('home.statistics')}</Link>
        </li>
        <li>
          <Link to="/hearings">{t('home.hearings')}</Link>
        </li>
      </ul>
    </>
  );
}
