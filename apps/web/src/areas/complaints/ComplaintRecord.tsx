import { NS } from './setup';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SummaryList } from '../../components/Chrome';
import { formatDate, formatDateTime, pick } from '../../lib/format';
import { complaintPhotoUrl, type Complaint } from './complaints-api';

/** A complaint as the API shows it to the caller (complainant, holder, office): what was reported, photos, answer, history. */
export function ComplaintRecord({ complaint: c }: { complaint: Complaint }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'licence', label: t('detail.licence'), value: <Link to={`/verification/${encodeURIComponent(c.licenceNumber)}`}>{`${c.licenceNumber} — ${pick(c.licenceType.name, lang)}`}</Link> },
          { key: 'office', label: t('detail.office'), value: pick(c.office.name, lang) },
          { key: 'category', label: t('detail.category'), value: pick(c.categoryLabel, lang) },
          { key: 'filed', label: t('detail.filed'), value: formatDateTime(c.createdAt, lang) },
          { key: 'complainant', label: t('detail.complainant'), value: c.complainant ? pick(c.complainant.name, lang) : t('detail.anonymous') },
          { key: 'status', label: t('detail.status'), value: pick(c.statusLabel, lang) },
          ...(c.outcomeLabel ? [{ key: 'outcome', label: t('detail.outcome'), value: pick(c.outcomeLabel, lang) }] : []),
          ...(c.warningDeadline ? [{ key: 'deadline', label: t('detail.deadline'), value: formatDate(c.warningDeadline, lang) }] : []),
        ]}
      />
      <h2>{t('detail.description')}</h2>
      <p className="complaint-text">{c.description}</p>
      {c.photos.length > 0 && (
        <>
          <h2>{t('detail.photos')}</h2>
          <ul className="complaint-gallery">
            {c.photos.map((p, i) => (
              <li key={p.id}>
                <a href={complaintPhotoUrl(c.id, p.id)}>
                  <img src={complaintPhotoUrl(c.id, p.id)} alt={t('detail.photo', { n: i + 1 })} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {c.holderResponse && (
        <>
          <h2>{t('detail.response')}</h2>
          <p className="complaint-text">{c.holderResponse}</p>
          <p className="hint">{formatDateTime(c.holderRespondedAt, lang)}</p>
        </>
      )}
      <h2>{t('detail.history')}</h2>
      <ol className="complaint-history">
        {c.events.map((e) => (
          <li key={e.type + e.at}>
            <p>
              <strong>{pick(e.label, lang)}</strong>
              {e.type === 'CLOSED' && c.outcomeLabel && ` — ${pick(c.outcomeLabel, lang)}`}
            </p>
            <p className="hint">
              {formatDateTime(e.at, lang)}
              {e.actorName && ` · ${pick(e.actorName, lang)}`}
            </p>
            {e.inspectedOn && <p>{t('detail.inspectedOn', { date: formatDate(e.inspectedOn, lang) })}</p>}
            {e.note && <p className="complaint-text">{e.note}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
