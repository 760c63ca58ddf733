import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatDate, formatDateTime, pick } from '../lib/format';
import { Loading, Problem } from './Feedback';
import './Timeline.css';
import './texts';

export type TimelineData = components['schemas']['TimelineView'];

const ACTOR_ROLES = ['applicant', 'officer', 'approver', 'signer', 'system', 'head_of_office'];

/**
 * The application's history, newest first, with the verdict of its hash chain (GET /applications/:id/timeline):
 * its links now, the breaks the nightly check recorded (they stay), and the newest published anchor holding it.
 * The applicant's status page and the office's review workspace draw the same one.
 */
export function TimelineSection({ timeline }: { timeline: { isPending: boolean; isError: boolean; error: unknown; data?: TimelineData; refetch: () => unknown } }) {
  const { t } = useTranslation('shared');
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {timeline.isPending && <Loading />}
      {timeline.isError && <Problem error={timeline.error} retry={() => void timeline.refetch()} />}
      {timeline.data && <TimelineList data={timeline.data} />}
    </section>
  );
}

export function TimelineList({ data }: { data: TimelineData }) {
  const { t, i18n } = useTranslation('shared');
  const lang = i18n.language;
  const entries = [...data.entries].reverse(); // newest first
  return (
    <>
      <Integrity integrity={data.integrity} />
      {entries.length === 0 ? (
        <p>{t('timeline.none')}</p>
      ) : (
        <ol className="timeline" reversed>
          {entries.map((e) => {
            const role = e.actor.roles.find((r) => ACTOR_ROLES.includes(r)) ?? 'system';
            return (
              <li key={e.seq} className="timeline__entry">
                <h3>{pick(e.eventLabel, lang)}</h3>
                <p className="timeline__meta">
                  <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> · {t('timeline.by')} {t(`timeline.actor.${role}`)}
                  {e.from.state !== e.to.state && <> · {t('timeline.moved', { from: pick(e.from.label, lang), to: pick(e.to.label, lang) })}</>}
                </p>
                {e.onBehalfOf && <p className="timeline__meta">{t('timeline.onBehalf', { agent: pick(e.onBehalfOf.agentName, lang), principal: pick(e.onBehalfOf.principal.name, lang) })}</p>}
                {e.event === 'SUBMIT' && consentVersion(e.data) && <p className="timeline__meta">{t('timeline.consent', { version: consentVersion(e.data) })}</p>}
                {e.comment && (
                  <p className="timeline__comment">
                    <span className="visually-hidden">{t('timeline.comment')}: </span>
                    {e.comment}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

/** The privacy notice version a SUBMIT entry records (`data.privacyConsent`, written by the API at submission). */
function consentVersion(data: Record<string, unknown> | null | undefined): string | null {
  const consent = data?.privacyConsent as { noticeVersion?: unknown } | undefined;
  return typeof consent?.noticeVersion === 'string' ? consent.noticeVersion : null;
}

function Integrity({ integrity }: { integrity: TimelineData['integrity'] }) {
  const { t, i18n } = useTranslation('shared');
  const lang = i18n.language;
  const anchor = integrity.anchor;
  const anchored = anchor && { date: formatDate(anchor.date, lang), seq: anchor.eventSeq };
  if (integrity.verified) {
    return (
      <div className="notice notice--success">
        <p>
          <span aria-hidden="true">✓ </span>
          {t('timeline.verified')}
        </p>
        {anchored && <p className="hint">{t('timeline.anchored', anchored)}</p>}
      </div>
    );
  }
  // Only the live check failing, on a history no night has looked at yet: the former one-line warning.
  if (integrity.recordedBreaks.length === 0 && anchor?.matches !== false) {
    return (
      <p className="notice notice--error" role="alert">
        {t('timeline.broken', { seq: integrity.brokenAtSeq })}
      </p>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{t('timeline.untrusted')}</strong>
      </p>
      <ul>
        {integrity.brokenAtSeq !== null && <li>{t('timeline.brokenNow', { seq: integrity.brokenAtSeq })}</li>}
        {anchored && <li>{t(anchor.matches ? 'timeline.anchored' : 'timeline.anchorMismatch', anchored)}</li>}
      </ul>
      {integrity.recordedBreaks.length > 0 && (
        <>
          <h3>{t('timeline.recordedTitle')}</h3>
          <ul>
            {integrity.recordedBreaks.map((b) => (
              <li key={`${b.kind}-${b.seq}`}>
                {b.kind === 'link'
                  ? t('timeline.recordedLink', { time: formatDateTime(b.detectedAt, lang), seq: b.seq })
                  : t('timeline.recordedAnchor', { time: formatDateTime(b.detectedAt, lang), date: formatDate(b.anchorDate, lang), seq: b.seq })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
