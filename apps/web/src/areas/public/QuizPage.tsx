import { NS } from './setup';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, NotFoundPage, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import { useBusiness } from './public-api';
import {
  answersFromSearch,
  answersToSearch,
  answersToSend,
  chosen,
  followUpConditions,
  saveAnswers,
  savedAnswers,
  unanswered,
  visibleQuestions,
  type QuizAnswers,
  type QuizDefinition,
  type QuizQuestion,
} from './quiz-logic';

const inputId = (question: QuizQuestion) => `${question.id}-${question.options[0]?.id ?? 'answer'}`;

export default function QuizPage() {
  const { slug = '' } = useParams();
  const business = useBusiness(slug);
  if (business.isPending) return <Loading />;
  if (business.isError) {
    if (business.error instanceof ApiError && business.error.status === 404) return <NotFoundPage />;
    return <Problem error={business.error} retry={() => business.refetch()} />;
  }
  return <Quiz slug={slug} businessName={business.data.name} quiz={business.data.quiz ?? { questions: [], rules: {} }} />;
}

function Quiz({ slug, businessName, quiz }: { slug: string; businessName: { th: string; en: string }; quiz: QuizDefinition }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Answers come back from the URL (the plan's "change" link) or, after Back, from this tab's storage.
  const [answers, setAnswers] = useState<QuizAnswers>(() => {
    const fromUrl = answersFromSearch(search);
    return Object.keys(fromUrl).length ? fromUrl : savedAnswers(slug);
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const followUps = useMemo(() => followUpConditions(quiz), [quiz]);
  const questions = visibleQuestions(quiz, answers);

  const update = (question: QuizQuestion, optionId: string, checked: boolean) => {
    const current = chosen(answers, question.id);
    const next = question.multiple ? (checked ? [...current, optionId] : current.filter((a) => a !== optionId)) : [optionId];
    const all = { ...answers, [question.id]: next };
    if (next.length === 0) delete all[question.id];
    setAnswers(all);
    saveAnswers(slug, all);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = unanswered(quiz, answers);
    if (missing.length) {
      setErrors(
        missing.map((q) => ({
          field: inputId(q),
          message: t(q.multiple ? 'quiz.missingMultiple' : 'quiz.missing', { n: questions.indexOf(q) + 1 }),
        })),
      );
      return;
    }
    setErrors([]);
    const send = answersToSend(quiz, answers);
    saveAnswers(slug, send);
    navigate(`/businesses/${slug}/plan?${answersToSearch(send)}`);
  };

  const errorFor = (q: QuizQuestion) => errors.find((e) => e.field === inputId(q));
  return (
    <>
      <BackLink to={`/businesses/${slug}`}>{pick(businessName, lang)}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('quiz.title')} caption={pick(businessName, lang)} hasErrors={errors.length > 0} />
      <p className="lead">{t('quiz.prompt')}</p>
      {quiz.questions.length === 0 && <p>{t('quiz.noQuestions')}</p>}
      <form onSubmit={submit} noValidate>
        {questions.map((q, index) => {
          const error = errorFor(q);
          const hintId = `${q.id}-hint`;
          const errorId = `${q.id}-error`;
          const followUp = followUps.has(q.id);
          const hints = [followUp ? t('quiz.followUp') : '', q.multiple ? t('quiz.multipleHint') : '', q.hint ? pick(q.hint, lang) : ''].filter(Boolean);
          return (
            <div key={q.id} className={'form-group quiz-question' + (followUp ? ' quiz-question--follow-up' : '') + (error ? ' form-group--error' : '')}>
              <fieldset aria-describedby={[hints.length ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
                <legend className="quiz-question__legend">
                  <span className="caption">{t('quiz.questionNumber', { n: index + 1 })}</span>
                  {pick(q.text, lang)}
                </legend>
                {hints.length > 0 && (
                  <span className="hint" id={hintId}>
                    {hints.join(' ')}
                  </span>
                )}
                {error && (
                  <span className="error-message" id={errorId}>
                    <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                    {error.message}
                  </span>
                )}
                {q.options.map((o) => {
                  const id = `${q.id}-${o.id}`;
                  return (
                    <div className="choice" key={o.id}>
                      <input
                        id={id}
                        type={q.multiple ? 'checkbox' : 'radio'}
                        name={q.id}
                        value={o.id}
                        checked={chosen(answers, q.id).includes(o.id)}
                        onChange={(e) => update(q, o.id, e.target.checked)}
                      />
                      <label htmlFor={id}>{pick(o.text, lang)}</label>
                    </div>
                  );
                })}
              </fieldset>
            </div>
          );
        })}
        <div className="button-group">
          <button type="submit" className="button">
            {t('quiz.submit')}
          </button>
          {Object.keys(answers).length > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setAnswers({});
                setErrors([]);
                saveAnswers(slug, {});
              }}
            >
              {t('quiz.reset')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
