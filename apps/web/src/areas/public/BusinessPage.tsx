import { NS } from './setup';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { Loading, NotFoundPage, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { ApiError } from '../../api/client';
import { pick } from '../../lib/format';
import { useBusiness, useLicenceTypes, type BusinessDetail, type LicenceTypeSummary } from './public-api';
import type { QuizCondition, QuizQuestion } from './quiz-logic';

interface Item {
  slug: string;
  /** The other conditions of the licence's rule, besides the answers to this step's question. */
  others: QuizCondition[];
  answers: string[];
  mode: 'any' | 'all';
}

/** The business's licences as steps: those every business needs, then one step per question with the licences its answers bring. */
function stepsOf(business: BusinessDetail) {
  const quiz = business.quiz ?? { questions: [], rules: {} };
  const order = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const always: string[] = [];
  const byQuestion = new Map<string, Item[]>();
  for (const { slug } of business.licences) {
    const rule = Object.hasOwn(quiz.rules, slug) ? quiz.rules[slug] : undefined;
    if (!rule || rule.conditions.length === 0) {
      always.push(slug);
      continue;
    }
    const sorted = [...rule.conditions].sort((a, b) => (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0));
    const last = sorted[sorted.length - 1];
    const items = byQuestion.get(last.question) ?? [];
    items.push({ slug, others: sorted.slice(0, -1), answers: last.answers, mode: rule.mode });
    byQuestion.set(last.question, items);
  }
  const questions = quiz.questions.filter((q) => byQuestion.has(q.id)).map((q) => ({ question: q, items: byQuestion.get(q.id)! }));
  return { always, questions, quiz };
}

export default function BusinessPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const business = useBusiness(slug);
  const types = useLicenceTypes();
  if (business.isPending) return <Loading />;
  if (business.isError) {
    if (business.error instanceof ApiError && business.error.status === 404) return <NotFoundPage />;
    return <Problem error={business.error} retry={() => business.refetch()} />;
  }
  const b = business.data;
  const typeOf = new Map((types.data ?? []).map((x) => [x.slug, x]));
  const names = new Map(b.licences.map((l) => [l.slug, l]));
  const { always, questions, quiz } = stepsOf(b);
  const questionById = new Map(quiz.questions.map((q) => [q.id, q]));

  const answerList = (question: QuizQuestion | undefined, answers: string[]) => {
    if (!question) return answers.join(', ');
    if (answers.length > 3) return t('business.oneOf', { count: answers.length });
    return answers.map((id) => `“${pick(question.options.find((o) => o.id === id)?.text, lang) || id}”`).join(t('business.or'));
  };
  const licence = (licenceSlug: string) => {
    const entry = names.get(licenceSlug);
    const type: LicenceTypeSummary | undefined = typeOf.get(licenceSlug);
    const name = entry?.name ? pick(entry.name, lang) : licenceSlug;
    return (
      <>
        {entry?.availableOnline ? <Link to={`/licence-types/${licenceSlug}`}>{name}</Link> : <strong>{name}</strong>}
        {type?.agency.name && <span className="step__office">{t('business.atOffice', { office: pick(type.agency.name, lang) })}</span>}
        {entry && !entry.availableOnline && <span className="step__office">{t('business.offline')}</span>}
      </>
    );
  };
  const start = (
    <Link to={`/businesses/${slug}/quiz`} className="button button--start" draggable={false}>
      {t('business.start')}
      <span aria-hidden="true"> ›</span>
    </Link>
  );
  let n = 0;
  return (
    <>
      <BackLink to="/businesses">{t('business.back')}</BackLink>
      <PageTitle title={pick(b.name, lang)} caption={t('business.caption')} />
      <p className="lead">{t('business.lead', { count: b.licences.length })}</p>
      {start}
      <h2>{t('business.stepsTitle')}</h2>
      <ol className="step-by-step">
        {always.length > 0 && (
          <li className="step">
            <h3 className="step__title">
              <span className="step__number">{t('business.stepLabel', { n: ++n })}</span> {t('business.always')}
            </h3>
            <p>{t('business.alwaysBody')}</p>
            <ul className="step__licences">
              {always.map((s) => (
                <li key={s}>{licence(s)}</li>
              ))}
            </ul>
          </li>
        )}
        {questions.map(({ question, items }) => (
          <li className="step" key={question.id}>
            <h3 className="step__title">
              <span className="step__number">{t('business.stepLabel', { n: ++n })}</span> {pick(question.text, lang)}
            </h3>
            <ul className="step__conditions">
              {items.map((item) => (
                <li key={item.slug}>
                  <p>
                    {item.others.length === 0
                      ? t('business.ifAnswer', { answers: answerList(question, item.answers) })
                      : [
                          ...item.others.map((c, i) => t(i === 0 ? 'business.ifEarlier' : 'business.andEarlier', { question: pick(questionById.get(c.question)?.text, lang), answers: answerList(questionById.get(c.question), c.answers) })),
                          t('business.andThis', { answers: answerList(question, item.answers) }),
                        ].join(' ')}{' '}
                    {t('business.youMust')}
                  </p>
                  <p className="step__licence">{licence(item.slug)}</p>
                </li>
              ))}
            </ul>
          </li>
        ))}
        <li className="step">
          <h3 className="step__title">
            <span className="step__number">{t('business.stepLabel', { n: ++n })}</span> {t('business.finish')}
          </h3>
          <p>{t('business.finishBody')}</p>
          {start}
        </li>
      </ol>
    </>
  );
}
