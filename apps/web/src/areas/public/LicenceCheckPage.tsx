import { NS } from './setup';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink, SummaryList, type SummaryRow } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, pick } from '../../lib/format';
import { useVerifiedLicence } from './public-api';

export default function LicenceCheckPage() {
  const { number = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const licence = useVerifiedLicence(number);
  if (licence.isPending) return <Loading />;
  if (licence.isError) {
    if (licence.error instanceof ApiError && licence.error.status === 404) {
      return (
        <>
          <BackLink to="/verification">{t('verify.another')}</BackLink>
          <PageTitle title={t('licence.notFoundTitle', { number })} />
          <p>{t('licence.notFoundBody')}</p>
          <Link className="button" to="/verification">
            {t('verify.another')}
          </Link>
        </>
      );
    }
    return (
      <>
        <PageTitle title={t('verify.title')} />
        <Problem error={licence.error} retry={() => licence.refetch()} />
      </>
    );
  }
  const l = licence.data;
  const valid = l.status === 'valid';
  const rows: SummaryRow[] = [
    { key: 'number', label: t('licence.number'), value: l.number },
    { key: 'type', label: t('licence.type'), value: pick(l.licenceType.name, lang) },
    {
      key: 'holder',
      label: t('licence.holder'),
      value: (
        <>
          {l.holder.maskedName}
          <span className="hint">{t('licence.holderHint')}</span>
        </>
      ),
    },
    { key: 'issuer', label: t('licence.issuer'), value: l.issuer.name ? pick(l.issuer.name, lang) : l.issuer.id },
    ...(l.issuedAt ? [{ key: 'issued', label: t('licence.issuedAt'), value: formatDate(l.issuedAt, lang) }] : []),
    { key: 'from', label: t('licence.validFrom'), value: formatDate(l.validFrom, lang) },
    { key: 'until', label: t('licence.validUntil'), value: l.validUntil ? formatDate(l.validUntil, lang) : t('licence.noExpiry') },
    ...(l.statusReason ? [{ key: 'reason', label: t('licence.reason'), value: l.statusReason }] : []),
    ...(l.continues
      ? [{ key: 'continues', label: t('licence.continues'), value: <Link to={`/verification/${encodeURIComponent(l.continues)}`}>{l.continues}</Link> }]
      : []),
    ...(l.continuedBy
      ? [{ key: 'continuedBy', label: t('licence.continuedBy'), value: <Link to={`/verification/${encodeURIComponent(l.continuedBy)}`}>{l.continuedBy}</Link> }]
      : []),
  ];
  return (
    <>
      <BackLink to="/verification">{t('verify.another')}</BackLink>
      <PageTitle title={t('licence.title', { number: l.number })} caption={t('licence.caption')} />
      <div className={'notice ' + (valid ? 'notice--success' : l.status === 'pending' || l.status === 'issuing' ? 'notice--warning' : 'notice--error')}>
        <p>
          <strong>{valid ? t('licence.valid') : t('licence.notValid', { status: pick(l.statusLabel, lang) })}</strong>
        </p>
      </div>
      <SummaryList rows={rows} />
      {(valid || l.status === 'suspended') && (
        <p>
          <Link to={`/complaints/new?licence=${encodeURIComponent(l.number)}`}>{t('licence.report')}</Link>
        </p>
      )}
      <p>
        <Link to="/verification">{t('verify.byFile')}</Link>
      </p>
    </>
  );
}
