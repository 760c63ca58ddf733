import { NS } from './setup';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ApplicationProgress } from '../../components/ApplicationProgress';
import { BackLink, SummaryList } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatDateTime, pick } from '../../lib/format';
import { useHistoryProof, useTracking } from './public-api';

export default function TrackResultPage() {
  const { trackingNumber = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const number = trackingNumber.toUpperCase();
  const tracking = useTracking(number);
  if (tracking.isPending) return <Loading />;
  if (tracking.isError) {
    if (tracking.error instanceof ApiError && tracking.error.status === 404) {
      return (
        <>
          <BackLink to="/track">{t('track.tryAgain')}</BackLink>
          <PageTitle title={t('track.notFoundTitle', { number })} />
          <p>{t('track.notFoundBody')}</p>
          <Link className="button" to="/track">
            {t('track.tryAgain')}
          </Link>
        </>
      );
    }
    return (
      <>
        <PageTitle title={t('track.title')} />
        <Problem error={tracking.error} retry={() => tracking.refetch()} />
      </>
    );
  }
  const a = tracking.data;
  return (
    <>
      <BackLink to="/track">{t('track.tryAgain')}</BackLink>
      <PageTitle title={t('track.resultTitle', { number: a.trackingNumber })} caption={t('track.caption')} />
      <ApplicationProgress status={a.status} steps={a.steps} dueAt={a.dueAt} expectedCompletionAt={a.expectedCompletionAt} stateLabel={a.stateLabel} />
      <h2>{t('track.details')}</h2>
      <SummaryList
        rows={[
          { key: 'licence', label: t('track.licence'), value: pick(a.licenceType.name, lang) },
          ...(a.agency ? [{ key: 'agency', label: t('track.agency'), value: pick(a.agency.name, lang) }] : []),
          ...(a.submittedAt ? [{ key: 'submitted', label: t('track.submittedAt'), value: formatDate(a.submittedAt, lang) }] : []),
          { key: 'updated', label: t('track.updatedAt'), value: formatDateTime(a.updatedAt, lang) },
        ]}
      />
      {a.steps.length > 0 && (
        <>
          <h2>{t('track.history')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('track.when')}</th>
                  <th scope="col">{t('track.what')}</th>
                </tr>
              </thead>
              <tbody>
                {[...a.steps].reverse().map((s, i) => (
                  <tr key={s.at + i}>
                    <td className="nowrap">{formatDateTime(s.at, lang)}</td>
                    <td>{pick(s.stateLabel, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <HistoryIntegrity trackingNumber={a.trackingNumber} />
      <p className="hint">{t('track.privacy')}</p>
    </>
  );
}

/** Whether the history is the one the newest published, signed anchor holds (the public inclusion proof). */
function HistoryIntegrity({ trackingNumber }: { trackingNumber: string }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const proof = useHistoryProof(trackingNumber);
  const notYet = proof.error instanceof ApiError && proof.error.code === 'HISTORY_PROOF_NOT_ANCHORED';
  const proofUrl = `/api/v1/track/${encodeURIComponent(trackingNumber)}/history-proof`;
  return (
    <section aria-labelledby="integrity-title">
      <h2 id="integrity-title">{t('track.integrity.title')}</h2>
      <p>{t('track.integrity.lead')}</p>
      {proof.isPending && <Loading />}
      {notYet && <p className="notice">{t('track.integrity.notYet')}</p>}
      {proof.isError && !notYet && <Problem error={proof.error} retry={() => proof.refetch()} />}
      {proof.data && (
        <>
          {proof.data.verified ? (
            <p className="notice notice--success">
              <span aria-hidden="true">✓ </span>
              {t('track.integrity.verified', { date: formatDate(proof.data.anchor.date, lang) })}
            </p>
          ) : (
            <p className="notice notice--error" role="alert">
              {t('track.integrity.failed', { date: formatDate(proof.data.anchor.date, lang) })}
            </p>
          )}
          <details>
            <summary>{t('track.integrity.details')}</summary>
            <SummaryList
              rows={[
                { key: 'root', label: t('track.integrity.root'), value: <code className="break-all">{proof.data.rootHash}</code> },
                { key: 'leaf', label: t('track.integrity.leaf'), value: t('track.integrity.leafOf', { index: proof.data.leafIndex + 1, size: proof.data.treeSize }) },
                ...(proof.data.anchor.timestampedAt
                  ? [{ key: 'timestamp', label: t('track.integrity.timestamped'), value: formatDateTime(proof.data.anchor.timestampedAt, lang) }]
                  : []),
              ]}
            />
            <p>
              <a href={proofUrl}>{t('track.integrity.proofJson')}</a> · <a href="/api/v1/history-anchors">{t('track.integrity.anchorsJson')}</a>
            </p>
          </details>
        </>
      )}
    </section>
  );
}
