import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { BackLink, SummaryList, Tag, type SummaryRow } from '../../../components/Chrome';
import { Loading, NotFoundPage, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, pick } from '../../../lib/format';
import { postJson, useLicence, useLicenceType } from './data';
import { licenceColour } from './MyLicencesPage';
import type { LicenceView } from './types';
import './setup';

const REQUESTS = ['renew', 'amend', 'cancel'] as const;
type RequestKind = (typeof REQUESTS)[number];

export default function LicencePage() {
  const { number = '' } = useParams();
  const { t, i18n } = useTranslation('account');
  const licence = useLicence(number);
  const lang = i18n.language;
  if (licence.isPending) return <Loading />;
  if (licence.isError) {
    if (licence.error instanceof ApiError && licence.error.status === 404) return <NotFoundPage />;
    return <Problem error={licence.error} retry={() => licence.refetch()} />;
  }
  const l = licence.data;
  const rows: SummaryRow[] = [
    { key: 'number', label: t('licences.number'), value: l.number },
    { key: 'status', label: t('licences.status'), value: <Tag colour={licenceColour(l.status)}>{pick(l.statusLabel, lang)}</Tag> },
    ...(l.statusReason ? [{ key: 'reason', label: t('licences.reason'), value: l.statusReason }] : []),
    ...(l.holder ? [{ key: 'holder', label: t('licences.holder'), value: l.holder.name }] : []),
    { key: 'issuer', label: t('licences.issuer'), value: l.issuer.name ? pick(l.issuer.name, lang) : l.issuer.id },
    ...(l.issuedAt ? [{ key: 'issued', label: t('licences.issuedAt'), value: formatDate(l.issuedAt, lang) }] : []),
    ...(l.validFrom ? [{ key: 'from', label: t('licences.validFrom'), value: formatDate(l.validFrom, lang) }] : []),
    { key: 'until', label: t('licences.validUntil'), value: l.validUntil ? formatDate(l.validUntil, lang) : t('licences.noExpiry') },
    ...(l.continues ? [{ key: 'continues', label: t('licences.continues'), value: <Link to={`/licences/${encodeURIComponent(l.continues)}`}>{l.continues}</Link> }] : []),
    ...(l.continuedBy ? [{ key: 'continuedBy', label: t('licences.continuedBy'), value: <Link to={`/licences/${encodeURIComponent(l.continuedBy)}`}>{l.continuedBy}</Link> }] : []),
  ];
  const enc = encodeURIComponent(l.number);
  return (
    <>
      <BackLink to="/licences">{t('licences.back')}</BackLink>
      <PageTitle title={pick(l.licenceType.name, lang)} caption={l.number} />
      <SummaryList rows={rows} />
      <ul>
        {l.status !== 'issuing' && (
          <li>
            <a href={`/api/v1/licences/${enc}/pdf`} download>
              {t('licences.pdf')}
            </a>
          </li>
        )}
        <li>
          <a href={`/verify/${enc}`}>{t('licences.verify')}</a>
        </li>
        {l.applicationId && (
          <li>
            <Link to={`/applications/${l.applicationId}`}>{t('licences.application')}</Link>
          </li>
        )}
      </ul>
      <Requests licence={l} />
    </>
  );
}

/** Renew, amend or cancel: each starts an application (POST /applications with kind and previousLicenceNumber). */
function Requests({ licence }: { licence: LicenceView }) {
  const { t, i18n } = useTranslation('account');
  const type = useLicenceType(licence.licenceType.slug);
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: (kind: RequestKind) => postJson<{ id: string }>('/api/v1/applications', { licenceType: licence.licenceType.slug, kind, previousLicenceNumber: licence.number }),
    onSuccess: (created) => navigate(`/applications/${created.id}/tasks`),
  });
  const inForce = licence.status === 'valid';
  const openRequest = start.error instanceof ApiError && start.error.code === 'PREVIOUS_LICENCE_HAS_OPEN_REQUEST' ? (start.error.body.details as { trackingNumber?: string } | undefined) : undefined;
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">{t('licences.requestsTitle')}</h2>
      {!inForce && <p>{t('licences.notInForce')}</p>}
      {inForce && type.isPending && <Loading />}
      {inForce && type.isError && <Problem error={type.error} retry={() => type.refetch()} />}
      {inForce && type.data && (
        <>
          {start.isError && (
            <div className="notice notice--error" role="alert">
              <p>{start.error instanceof ApiError ? start.error.messageIn(i18n.language) : String(start.error)}</p>
              {openRequest?.trackingNumber && <p>{t('licences.openRequest')}: {openRequest.trackingNumber}</p>}
            </div>
          )}
          <div className="button-group">
            {REQUESTS.filter((k) => type.data.kinds.includes(k)).map((k) => (
              <button key={k} type="button" className={k === 'cancel' ? 'button button--warning' : k === 'renew' ? 'button' : 'button button--secondary'} disabled={start.isPending} onClick={() => start.mutate(k)}>
                {t(`licences.${k}`)}
              </button>
            ))}
          </div>
          {start.isPending && <p role="status">{t('licences.starting')}</p>}
          {REQUESTS.filter((k) => !type.data.kinds.includes(k)).map((k) => (
            <p key={k} className="hint">
              {t('licences.notOffered', { kind: t(`licences.${k}`) })}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
