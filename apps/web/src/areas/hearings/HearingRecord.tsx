import { NS } from './setup';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SummaryList, Tag } from '../../components/Chrome';
import { formatDate, formatDateTime, pick } from '../../lib/format';
import { daysLeft, type HearingComment, type HearingSummary, type HearingView } from './hearings-api';

/** The hearing's status as a tag; while open, the days left (or "last day"). */
export function HearingStatus({ hearing }: { hearing: HearingSummary }) {
  const { t } = useTranslation(NS);
  if (hearing.status !== 'open') return <Tag colour={hearing.status === 'concluded' ? 'green' : 'grey'}>{t(`status.${hearing.status}`)}</Tag>;
  const left = daysLeft(hearing.closesAt);
  return (
    <>
      <Tag>{t('status.open')}</Tag> <Tag colour={left <= 3 ? 'orange' : 'grey'}>{left === 0 ? t('status.lastDay') : t('status.daysLeft', { count: left })}</Tag>
    </>
  );
}

/** A subdistrict by name as Thai says it ("แขวงคลองเตย" in Bangkok, "ตำบล…" elsewhere); in English its name. */
export function subdistrictName(code: string, name: { th: string; en: string }, lang: string): string {
  return lang === 'en' ? pick(name, lang) : `${code.startsWith('10') ? 'แขวง' : 'ตำบล'}${name.th}`;
}

/** "แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร" (ตำบล… อำเภอ… จังหวัด… outside Bangkok), "Khlong Toei, Khlong Toei, Bangkok" in English. */
export function areaLine(premises: { subdistrict: { name: { th: string; en: string } }; district: { name: { th: string; en: string } }; province: { code: string; name: { th: string; en: string } } }, lang: string): string {
  const { subdistrict, district, province } = premises;
  if (lang === 'en') return [subdistrict, district, province].map((a) => pick(a.name, lang)).join(', ');
  const bangkok = province.code === '10';
  return `${bangkok ? 'แขวง' : 'ตำบล'}${subdistrict.name.th} ${bangkok ? 'เขต' : 'อำเภอ'}${district.name.th} ${bangkok ? '' : 'จังหวัด'}${province.name.th}`;
}

/** What is proposed, where, by whom, and when: the facts at the top of every hearing page. */
export function HearingFacts({ hearing: h }: { hearing: HearingSummary }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  return (
    <SummaryList
      rows={[
        { key: 'proposal', label: t('hearing.proposal'), value: pick(h.licenceType.name, lang) },
        { key: 'proposer', label: t('hearing.proposer'), value: h.proposer.name },
        { key: 'business', label: t('hearing.businessName'), value: h.businessName },
        {
          key: 'where',
          label: t('hearing.where'),
          value: (
            <>
              {h.premises.address}
              <span className="hint hearing-area">{areaLine(h.premises, lang)}</span>
            </>
          ),
        },
        { key: 'opens', label: t('hearing.opens'), value: <time dateTime={h.opensAt}>{formatDateTime(h.opensAt, lang)}</time> },
        { key: 'closes', label: t('hearing.closes'), value: <time dateTime={h.closesAt}>{formatDateTime(h.closesAt, lang)}</time> },
        { key: 'status', label: t('hearing.status'), value: <HearingStatus hearing={h} /> },
        { key: 'count', label: t('hearing.commentCount'), value: h.commentCount.toLocaleString() },
      ]}
    />
  );
}

/** The notice, then the documents the office chose to publish. */
export function NoticeAndDocuments({ hearing: h }: { hearing: HearingView }) {
  const { t, i18n } = useTranslation(NS);
  return (
    <>
      <section aria-labelledby="notice-title">
        <h2 id="notice-title">{t('hearing.notice')}</h2>
        <p className="hearing-text">{h.notice}</p>
      </section>
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t('hearing.documents')}</h2>
        {h.documents.length === 0 ? (
          <p>{t('hearing.noDocuments')}</p>
        ) : (
          <ul className="document-list">
            {h.documents.map((d) => (
              <li key={d.id}>
                <a href={d.url}>{pick(d.label, i18n.language)}</a> <span className="hint hearing-inline">({d.fileName})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The office's summary once concluded: counts for and against, the points raised, the result letter. */
export function HearingResult({ hearing: h }: { hearing: HearingView }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const r = h.result;
  if (!r) return null;
  return (
    <section className="hearing-result" aria-labelledby="result-title">
      <h2 id="result-title">{t('hearing.resultTitle')}</h2>
      <p className="hint">{t('hearing.concludedAt', { at: formatDate(r.concludedAt, lang) })}</p>
      <h3>{t('hearing.counts')}</h3>
      <dl className="hearing-counts">
        {(['support', 'oppose', 'neutral', 'hidden'] as const).map((k) => (
          <div key={k} data-count={k}>
            <dt>{t(`counts.${k}`)}</dt>
            <dd>{r.counts[k].toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('hearing.summary')}</h3>
      <p className="hearing-text">{r.summary}</p>
      <h3>{t('hearing.points')}</h3>
      <ol className="hearing-points">
        {r.points.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ol>
      {r.letter ? (
        <p>
          {t('hearing.letter', { number: r.letter.licenceNumber })} — <a href={r.letter.verifyUrl}>{t('hearing.verify')}</a>
        </p>
      ) : (
        <p>{t('hearing.noLetter')}</p>
      )}
    </section>
  );
}

/**
 * The comments in posting order, each with its stance, its text (or, when hidden, only the office's reason) and its
 * photos; the applicant's answers next to each comment they answer. `extra` adds what the office sees (name, hiding).
 */
export function CommentList({ hearing: h, extra, office = false }: { hearing: HearingView; extra?: (comment: HearingComment) => ReactNode; office?: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  if (h.comments.length === 0) return <p>{t('hearing.noComments')}</p>;
  return (
    <ol className="hearing-comments">
      {h.comments.map((c) => {
        const answers = h.answers.filter((a) => a.commentNumbers.includes(c.number));
        return (
          <li key={c.id} id={`comment-${c.number}`} className={'hearing-comment' + (c.hidden ? ' hearing-comment--hidden' : '')} data-comment={c.number}>
            <h3 className="hearing-comment__title">
              {t('hearing.comment', { number: c.number })} <Tag colour={c.stance === 'oppose' ? 'red' : c.stance === 'support' ? 'green' : 'grey'}>{t(`stances.${c.stance}`)}</Tag>
            </h3>
            <p className="hint">{t('hearing.posted', { at: formatDateTime(c.postedAt, lang) })}</p>
            {c.commenter?.name && <p className="hearing-commenter">{t('office.commenter', { name: c.commenter.name })}</p>}
            {c.hidden && <p className="hearing-hidden">{office ? t('office.hiddenBy', { at: formatDateTime(c.hidden.hiddenAt, lang), reason: c.hidden.reason }) : t('hearing.hidden', { reason: c.hidden.reason })}</p>}
            {c.text !== null && (!c.hidden || office) && <p className="hearing-text">{c.text}</p>}
            {c.photos.length > 0 && (
              <ul className="hearing-gallery">
                {c.photos.map((p, i) => (
                  <li key={p.id}>
                    <a href={p.url}>
                      <img src={p.url} alt={t('hearing.photo', { number: c.number, n: i + 1 })} />
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {extra?.(c)}
            {answers.map((a) => (
              <div className="hearing-answer" key={a.id}>
                <h4>{t('hearing.answer')}</h4>
                {a.commentNumbers.length > 1 && <p className="hint">{t('hearing.answerGroup', { numbers: a.commentNumbers.join(', ') })}</p>}
                <p className="hearing-text">{a.text}</p>
                <p className="hint">{t('hearing.answeredAt', { at: formatDateTime(a.answeredAt, lang) })}</p>
              </div>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
