import { NS } from './setup';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink, SummaryList, Tag, type SummaryRow } from '../../components/Chrome';
import { Loading, NotFoundPage, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import { FeeText } from './PlanPage';
import { useLicenceType } from './public-api';

const KINDS = ['new', 'renew', 'amend', 'cancel'] as const;
const CATEGORIES = ['licence', 'registration', 'notification', 'utility-service'] as const;

export default function LicenceTypePage() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const type = useLicenceType(slug);
  // Opened from a plan: the plan's business and answers ride along, so "back" returns to the same plan.
  const business = search.get('business');
  const planSearch = new URLSearchParams(search);
  planSearch.delete('business');
  if (type.isPending) return <Loading />;
  if (type.isError) {
    if (type.error instanceof ApiError && type.error.status === 404) return <NotFoundPage />;
    return <Problem error={type.error} retry={() => type.refetch()} />;
  }
  const l = type.data;
  const category = (CATEGORIES as readonly string[]).includes(l.category) ? t(`licenceType.category.${l.category as (typeof CATEGORIES)[number]}`) : t('licenceType.caption');
  const legal = typeof l.legalBasis === 'string' ? l.legalBasis : l.legalBasis ? pick(l.legalBasis, lang) : '';
  const rows: SummaryRow[] = [
    { key: 'agency', label: t('licenceType.agency'), value: l.agency.name ? pick(l.agency.name, lang) : t('plan.notStated') },
    ...(legal ? [{ key: 'law', label: t('licenceType.legalBasis'), value: legal }] : []),
    { key: 'fee', label: t('licenceType.fee'), value: <FeeText fees={l.fees} /> },
    {
      key: 'days',
      label: t('licenceType.days'),
      value: l.processingDays === null ? t('plan.notStated') : t('workingDays', { ns: 'common', count: l.processingDays }),
    },
    ...(typeof l.validity?.years === 'number' ? [{ key: 'validity', label: t('licenceType.validity'), value: t('licenceType.years', { count: l.validity.years }) }] : []),
    {
      key: 'kinds',
      label: t('licenceType.kinds'),
      value: KINDS.filter((k) => l.kinds.includes(k))
        .map((k) => t(`licenceType.kind.${k}`))
        .join(', '),
    },
  ];
  const required = l.documents.filter((d) => d.required);
  const optional = l.documents.filter((d) => !d.required);
  return (
    <>
      {business && <BackLink to={`/businesses/${encodeURIComponent(business)}/plan?${planSearch.toString()}`}>{t('licenceType.backToPlan')}</BackLink>}
      <PageTitle title={pick(l.name, lang)} caption={category} />
      <SummaryList rows={rows} />
      <h2>{t('licenceType.documents')}</h2>
      {l.documents.length === 0 && <p>{t('licenceType.noDocuments')}</p>}
      {l.documents.length > 0 && (
        <ul className="document-list">
          {[...required, ...optional].map((d) => (
            <li key={d.code}>
              <span>{pick(d.label, lang)}</span> <Tag colour={d.required ? 'blue' : 'grey'}>{d.required ? t('licenceType.required') : t('licenceType.optional')}</Tag>
            </li>
          ))}
        </ul>
      )}
      {l.kinds.includes('new') && (
        <Link className="button" to={`/applications/new?licenceType=${encodeURIComponent(l.slug)}${business ? `&business=${encodeURIComponent(business)}` : ''}`}>
          {t('licenceType.apply')}
          <span className="visually-hidden">{t('plan.applyHidden', { licence: pick(l.name, lang) })}</span>
        </Link>
      )}
      <p>{t('plan.signInNote')}</p>
    </>
  );
}
