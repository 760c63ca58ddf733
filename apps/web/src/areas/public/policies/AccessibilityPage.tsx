import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { ContactDetails } from './ContactDetails';
import { NS } from './setup';

/** When the statement was prepared and last reviewed (shown in the Buddhist era). */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-06';

/** `/accessibility`: the accessibility statement (WCAG 2.1 AA, how it is tested, known issues, how to report a problem). */
export default function AccessibilityPage() {
  const { t, i18n } = useTranslation(NS);
  const items = (key: string) => Object.entries(t(key, { returnObjects: true }) as Record<string, string>).filter(([k]) => k !== 'title');
  return (
    <div className="policy">
      <PageTitle title={t('accessibility.title')} />
      <p className="lead">{t('accessibility.subtitle')}</p>
      <p>{t('accessibility.lead')}</p>
      <section aria-labelledby="a11y-standard">
        <h2 id="a11y-standard">{t('accessibility.standard.title')}</h2>
        <p>{t('accessibility.standard.body')}</p>
      </section>
      <section aria-labelledby="a11y-testing">
        <h2 id="a11y-testing">{t('accessibility.testing.title')}</h2>
        <ul>
          {items('accessibility.testing').map(([k, text]) => (
            <li key={k}>{text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-issues">
        <h2 id="a11y-issues">{t('accessibility.issues.title')}</h2>
        <ul>
          {items('accessibility.issues').map(([k, text]) => (
            <li key={k}>{text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-report">
        <h2 id="a11y-report">{t('accessibility.report.title')}</h2>
        <p>{t('accessibility.report.body')}</p>
        <ContactDetails />
      </section>
      <p className="hint">{t('accessibility.prepared', { date: formatDate(ACCESSIBILITY_STATEMENT_DATE, i18n.language) })}</p>
    </div>
  );
}
