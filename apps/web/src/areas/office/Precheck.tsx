import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Tag } from '../../components/Chrome';
import { Loading, Problem } from '../../components/Feedback';
import type { FieldError } from '../../components/ErrorSummary';
import { formatDateTime, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { usePrecheck, useRecheck, type ApplicationView, type Precheck } from './data';

/** Who reads the pre-check: officers, approvers and the head of office (signers sign after payment and are not asked to check). */
export function readsPrecheck(roles: readonly string[]): boolean {
  return roles.some((r) => r === 'officer' || r === 'approver' || r === 'head_of_office');
}
const RESULT_COLOUR = { pass: 'green', fail: 'red', unknown: 'yellow' } as const;

/**
 * "ตรวจสอบเบื้องต้นโดยระบบ": what the system found when the application was submitted (documents, the registers now,
 * the office's area, a recent revocation), each item with its result and source. It advises; the officer decides.
 */
export function PrecheckSection({ app, report, succeeded }: { app: ApplicationView; report: (e: FieldError[]) => void; succeeded: (m: string) => void }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const me = useSession().data!;
  // The review page is only reached by the application's own office.
  const reads = readsPrecheck(me.roles);
  const precheck = usePrecheck(app.id, reads && app.status !== 'draft');
  const recheck = useRecheck(app.id);
  if (!reads || app.status === 'draft') return null;

  const again = () =>
    recheck.mutate(undefined, {
      onSuccess: () => succeeded(t('precheck.checkedAgain')),
      onError: (error) => report([{ field: 'recheck-button', message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]),
    });

  return (
    <section className="review-section" aria-labelledby="precheck-title">
      <h2 id="precheck-title">{t('precheck.title')}</h2>
      <p>{t('precheck.lead')}</p>
      {precheck.isPending && <Loading />}
      {precheck.isError && <Problem error={precheck.error} retry={() => void precheck.refetch()} />}
      {precheck.data?.state === 'preparing' && <p role="status">{t('precheck.preparing')}</p>}
      {precheck.data?.state === 'prepared' && <PrecheckItems precheck={precheck.data} />}
      {precheck.data && precheck.data.state !== 'not-submitted' && (
        <button type="button" id="recheck-button" className="button button--secondary" disabled={recheck.isPending} onClick={again}>
          {t('precheck.again')}
        </button>
      )}
    </section>
  );

  function PrecheckItems({ precheck }: { precheck: Precheck }) {
    const count = (result: 'pass' | 'fail' | 'unknown') => precheck.items.filter((i) => i.result === result).length;
    return (
      <>
        <p className="hint">{t(`precheck.preparedBy.${precheck.trigger ?? 'SUBMIT'}`, { time: formatDateTime(precheck.preparedAt!, lang) })}</p>
        <p>
          <strong>{t('precheck.counts', { pass: count('pass'), fail: count('fail'), unknown: count('unknown') })}</strong>
        </p>
        <ul className="precheck-list">
          {precheck.items.map((item) => (
            <li key={item.code} className={`precheck-item precheck-item--${item.result}`}>
              <h3>
                <Tag colour={RESULT_COLOUR[item.result]}>{t(`precheck.results.${item.result}`)}</Tag> {t(`precheck.items.${item.code}`)}
              </h3>
              <p>{pick(item.detail, lang)}</p>
              <p className="hint">{t('precheck.source', { source: t(`precheck.sources.${item.source}`), time: formatDateTime(item.checkedAt, lang) })}</p>
            </li>
          ))}
        </ul>
      </>
    );
  }
}
