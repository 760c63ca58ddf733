import { NS } from './setup';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatBaht, pick } from '../../lib/format';
import { useQuizPlan, type PlannedLicence } from './public-api';
import { licenceFee, planTotals } from './plan-summary';
import { answersFromSearch, answersToSearch, savedAnswers } from './quiz-logic';

export function FeeText({ fees }: { fees: { amountSatang: number | null; maxAmountSatang: number | null }[] }) {
  const { t, i18n } = useTranslation(NS);
  const fee = licenceFee(fees);
  if (fee.kind === 'unknown') return <>{t('plan.notStated')}</>;
  if (fee.kind === 'none') return <>{t('plan.feeNone')}</>;
  if (fee.kind === 'fixed') return <>{formatBaht(fee.satang, i18n.language)}</>;
  return (
    <>
      {t('plan.feeFrom', { amount: formatBaht(fee.satang, i18n.language) })}
      <span className="hint">{t('plan.feeRange', { from: formatBaht(fee.satang, i18n.language), to: formatBaht(fee.to, i18n.language) })}</span>
    </>
  );
}

/**
 * "ยื่นคำขอรวมหลายใบอนุญาต": the licences that can be applied for here, ticked, go on to one bundle (/bundles/new),
 * where the premises and the applicant are entered once.
 */
function ApplyTogether({ business, licences }: { business: string; licences: { slug: string; name: string }[] }) {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length < 2 || chosen.length > 10) return setError(t('plan.together.tooFew'));
    const ordered = licences.filter((l) => chosen.includes(l.slug)).map((l) => l.slug);
    void navigate(`/bundles/new?business=${encodeURIComponent(business)}&licences=${ordered.map(encodeURIComponent).join(',')}`);
  };
  return (
    <section className="plan-together" aria-labelledby="plan-together-title">
      <ErrorSummary errors={error ? [{ field: `together-${licences[0].slug}`, message: error }] : []} />
      <h2 id="plan-together-title">{t('plan.together.title')}</h2>
      <p>{t('plan.together.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className={'form-group' + (error ? ' form-group--error' : '')}>
          <fieldset aria-describedby={'together-hint' + (error ? ' together-error' : '')}>
            <legend>{t('plan.together.legend')}</legend>
            <span className="hint" id="together-hint">
              {t('plan.together.hint')}
            </span>
            {error && (
              <span className="error-message" id="together-error">
                <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                {error}
              </span>
            )}
            {licences.map((l) => (
              <div className="choice" key={l.slug}>
                <input
                  type="checkbox"
                  id={`together-${l.slug}`}
                  checked={chosen.includes(l.slug)}
                  onChange={(e) => setChosen((now) => (e.target.checked ? [...now, l.slug] : now.filter((s) => s !== l.slug)))}
                />
                <label htmlFor={`together-${l.slug}`}>{l.name}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <button type="submit" className="button">
          {t('plan.together.submit')}
        </button>
      </form>
    </section>
  );
}

export default function PlanPage() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const answers = useMemo(() => {
    const fromUrl = answersFromSearch(search);
    return Object.keys(fromUrl).length ? fromUrl : savedAnswers(slug);
  }, [search, slug]);
  const plan = useQuizPlan(slug, answers);
  const quizLink = `/businesses/${slug}/quiz?${answersToSearch(answers)}`;
  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    if (plan.error instanceof ApiError && plan.error.code === 'BUSINESS_TYPE_NOT_FOUND') return <NotFoundPage />;
    return (
      <>
        <BackLink to={quizLink}>{t('plan.change')}</BackLink>
        <PageTitle title={t('plan.title')} />
        <Problem error={plan.error} retry={() => plan.refetch()} />
      </>
    );
  }
  const { business, licences } = plan.data;
  const totals = planTotals(licences);
  const nameOf = (l: PlannedLicence) => (l.availableOnline ? pick(l.name, lang) : t('plan.unknownLicence', { slug: l.slug }));
  const applicable = licences.filter((l) => l.availableOnline && l.kinds.includes('new'));
  return (
    <>
      <BackLink to={quizLink}>{t('plan.change')}</BackLink>
      <PageTitle title={t('plan.title')} caption={pick(business.name, lang)} />
      <p className="lead">{licences.length ? t('plan.lead', { business: pick(business.name, lang), count: licences.length }) : t('plan.none')}</p>
      {licences.length > 0 && (
        <>
          <h2 className="visually-hidden">{t('plan.totals')}</h2>
          <dl className="plan-totals">
            <div>
              <dt>{t('plan.totalFees')}</dt>
              <dd>
                {totals.feeIsMinimum ? t('plan.feeFrom', { amount: formatBaht(totals.feeSatang, lang) }) : formatBaht(totals.feeSatang, lang)}
                {totals.feeUnknown > 0 && <span className="hint">{t('plan.notIncluded', { count: totals.feeUnknown })}</span>}
              </dd>
            </div>
            <div>
              <dt>{t('plan.totalDays')}</dt>
              <dd>
                {t('plan.totalDaysValue', { count: totals.workingDays })}
                {totals.daysUnknown > 0 && <span className="hint">{t('plan.notIncluded', { count: totals.daysUnknown })}</span>}
              </dd>
            </div>
          </dl>
          <p className="hint">{t('plan.daysNote')}</p>
          <ol className="plan-list">
            {licences.map((l) => {
              const canApply = l.availableOnline && l.kinds.includes('new');
              const name = nameOf(l);
              return (
                <li key={l.slug} className="plan-licence">
                  <h2 className="plan-licence__title">{name}</h2>
                  {l.availableOnline && (
                    <dl className="summary-list plan-licence__facts">
                      <div className="summary-list__row">
                        <dt>{t('plan.agency')}</dt>
                        <dd>{l.agency.name ? pick(l.agency.name, lang) : t('plan.notStated')}</dd>
                        <dd />
                      </div>
                      <div className="summary-list__row">
                        <dt>{t('plan.fee')}</dt>
                        <dd>
                          <FeeText fees={l.fees} />
                        </dd>
                        <dd />
                      </div>
                      <div className="summary-list__row">
                        <dt>{t('plan.days')}</dt>
                        <dd>{l.processingDays === null ? t('plan.notStated') : t('workingDays', { ns: 'common', count: l.processingDays })}</dd>
                        <dd />
                      </div>
                      <div className="summary-list__row">
                        <dt>{t('plan.why')}</dt>
                        <dd>{l.reason === 'always' ? t('plan.whyAlways') : t('plan.whyAnswers')}</dd>
                        <dd />
                      </div>
                    </dl>
                  )}
                  {canApply ? (
                    <div className="button-group">
                      <Link className="button" to={`/applications/new?licenceType=${encodeURIComponent(l.slug)}&business=${encodeURIComponent(business.slug)}`}>
                        {t('plan.apply')}
                        <span className="visually-hidden">{t('plan.applyHidden', { licence: name })}</span>
                      </Link>
                      <Link to={`/licence-types/${l.slug}?business=${encodeURIComponent(business.slug)}&${answersToSearch(answers)}`}>
                        {t('plan.details')}
                        <span className="visually-hidden">: {name}</span>
                      </Link>
                    </div>
                  ) : (
                    <div className="notice notice--warning">
                      <p>{t('plan.cannotApply', { reason: l.availableOnline ? t('plan.reasonNoNew') : t('plan.reasonNotPublished') })}</p>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {applicable.length >= 2 && <ApplyTogether business={business.slug} licences={applicable.map((l) => ({ slug: l.slug, name: nameOf(l) }))} />}
          <p>{t('plan.signInNote')}</p>
        </>
      )}
      <div className="button-group">
        <Link className="button button--secondary" to={quizLink}>
          {t('plan.change')}
        </Link>
        <button type="button" className="link-button no-print" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
      </div>
    </>
  );
}
