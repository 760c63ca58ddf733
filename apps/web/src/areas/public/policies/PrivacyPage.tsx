import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { ContactDetails } from './ContactDetails';
import { NS } from './setup';

/**
 * The version of the notice this page's text is. Its purposes are the API's (privacy-notice.ts), whose version
 * applicants agree to at submission; test/web/policies.web-spec.ts checks that both name the same version.
 */
export const PRIVACY_NOTICE = { version: '1', issuedOn: '2026-12-06' } as const;

const SECTIONS = ['controller', 'collect', 'purposes', 'recipients', 'retention', 'rights', 'contact', 'changes'] as const;

/** `/privacy`: the portal's privacy notice under the PDPA, versioned. */
export default function PrivacyPage() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  /** A section's texts as list items, leaving out its title and the texts drawn as paragraphs. */
  const items = (key: string, ...paragraphs: string[]) =>
    Object.entries(t(key, { returnObjects: true }) as Record<string, string>)
      .filter(([k]) => k !== 'title' && !paragraphs.includes(k))
      .map(([k, text]) => <li key={k}>{text}</li>);
  const heading = (section: (typeof SECTIONS)[number]) => (section === 'contact' ? t('privacy.contactTitle') : t(`privacy.${section}.title`));
  return (
    <div className="policy">
      <PageTitle title={t('privacy.title')} />
      <p className="policy__version">{t('privacy.version', { version: PRIVACY_NOTICE.version, date: formatDate(PRIVACY_NOTICE.issuedOn, lang) })}</p>
      <p className="lead">{t('privacy.lead')}</p>
      <nav aria-labelledby="privacy-contents">
        <h2 id="privacy-contents">{t('privacy.contentsTitle')}</h2>
        <ol className="contents-list">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#privacy-${s}`}>{heading(s)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="privacy-controller">
        <h2 id="privacy-controller">{heading('controller')}</h2>
        <p>{t('privacy.controller.office')}</p>
        <p>{t('privacy.controller.operator')}</p>
      </section>
      <section aria-labelledby="privacy-collect">
        <h2 id="privacy-collect">{heading('collect')}</h2>
        <ul>{items('privacy.collect')}</ul>
      </section>
      <section aria-labelledby="privacy-purposes">
        <h2 id="privacy-purposes">{heading('purposes')}</h2>
        <p>{t('privacy.purposes.lead')}</p>
        <ul>{items('privacy.purposes', 'lead', 'consent')}</ul>
        <p>{t('privacy.purposes.consent')}</p>
      </section>
      <section aria-labelledby="privacy-recipients">
        <h2 id="privacy-recipients">{heading('recipients')}</h2>
        <ul>{items('privacy.recipients', 'noSale')}</ul>
        <p>{t('privacy.recipients.noSale')}</p>
      </section>
      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{heading('retention')}</h2>
        <ul>{items('privacy.retention')}</ul>
      </section>
      <section aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">{heading('rights')}</h2>
        <p>{t('privacy.rights.lead')}</p>
        <ul>{items('privacy.rights', 'lead', 'how')}</ul>
        <p>{t('privacy.rights.how')}</p>
      </section>
      <section aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">{heading('contact')}</h2>
        <ContactDetails />
      </section>
      <section aria-labelledby="privacy-changes">
        <h2 id="privacy-changes">{heading('changes')}</h2>
        <p>{t('privacy.changes.body')}</p>
      </section>
    </div>
  );
}
