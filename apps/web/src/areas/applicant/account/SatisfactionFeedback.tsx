import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { formatDateTime } from '../../../lib/format';

type SatisfactionView = components['schemas']['ApplicationSatisfactionView'];
type Rating = components['schemas']['SatisfactionRatingView'];

/** The API's limit on a comment (RateServiceDto). */
const COMMENT_MAX = 1000;
const SCORES = ['5', '4', '3', '2', '1'] as const;
const satisfactionKey = (id: string) => ['account', 'satisfaction', id] as const;

/**
 * The applicant's rating of the service once her application is finished (GOV.UK's feedback pattern): five radios
 * from very satisfied to very dissatisfied, an optional comment, then a thank-you showing her rating. Offered
 * once: the API says whether she may rate (`canRate`) and keeps the first rating.
 */
export function SatisfactionFeedback({ applicationId, submitted, onErrors }: { applicationId: string; submitted: boolean; onErrors?: (shown: boolean) => void }) {
  const { t, i18n } = useTranslation('account');
  const lang = i18n.language;
  const client = useQueryClient();
  const satisfaction = useQuery({
    queryKey: satisfactionKey(applicationId),
    queryFn: (): Promise<SatisfactionView> => unwrap(api.GET('/applications/{id}/satisfaction', { params: { path: { id: applicationId } } })),
    enabled: submitted,
  });
  const [score, setScore] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [justRated, setJustRated] = useState(false);
  const thanks = useRef<HTMLDivElement>(null);

  const rate = useMutation({
    mutationFn: (body: { score: number; comment?: string }) => unwrap(api.POST('/applications/{id}/satisfaction', { params: { path: { id: applicationId } }, body })),
    onSuccess: (rating: Rating) => {
      setErrors([]);
      client.setQueryData<SatisfactionView>(satisfactionKey(applicationId), (old) => ({ finished: old?.finished ?? true, canRate: false, rating }));
      setJustRated(true);
    },
    onError: (error) => {
      // Rated meanwhile (another tab): show the rating the API kept.
      if (error instanceof ApiError && error.code === 'SATISFACTION_ALREADY_GIVEN') void satisfaction.refetch();
      const field = error instanceof ApiError && JSON.stringify(error.body?.details ?? '').includes('comment') ? 'satisfaction-comment' : 'satisfaction-5';
      setErrors([{ field, message: error instanceof ApiError ? error.messageIn(lang) : String((error as Error).message) }]);
    },
  });

  useEffect(() => onErrors?.(errors.length > 0), [errors, onErrors]);

  // After sending, the thank-you takes focus, so a screen reader says it at once.
  useEffect(() => {
    if (justRated) thanks.current?.focus();
  }, [justRated]);

  const view = satisfaction.data;
  if (!view || (!view.canRate && !view.rating)) return null;

  if (view.rating) {
    const r = view.rating;
    return (
      <div className="notice notice--success satisfaction" ref={thanks} tabIndex={-1} role="region" aria-labelledby="satisfaction-thanks">
        <h2 id="satisfaction-thanks">{t('satisfaction.thanks')}</h2>
        <p>{t('satisfaction.yourRating', { label: t(`satisfactionScores.${r.score}`, { ns: 'common' }), score: r.score, time: formatDateTime(r.ratedAt, lang) })}</p>
        {r.comment && (
          <>
            <h3>{t('satisfaction.yourComment')}</h3>
            <p className="satisfaction__comment">{r.comment}</p>
          </>
        )}
        <p className="hint">{t('satisfaction.onlyOnce')}</p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = comment.trim();
    const problems: FieldError[] = [
      ...(score ? [] : [{ field: 'satisfaction-5', message: t('satisfaction.scoreMissing') }]),
      ...(text.length > COMMENT_MAX ? [{ field: 'satisfaction-comment', message: t('satisfaction.commentTooLong', { max: COMMENT_MAX.toLocaleString() }) }] : []),
    ];
    setErrors(problems);
    if (problems.length) return;
    rate.mutate({ score: Number(score), ...(text ? { comment: text } : {}) });
  };
  const scoreError = errors.find((e) => e.field === 'satisfaction-5');
  const commentError = errors.find((e) => e.field === 'satisfaction-comment');

  return (
    <section className="satisfaction" aria-labelledby="satisfaction-title">
      <ErrorSummary errors={errors} />
      <h2 id="satisfaction-title">{t('satisfaction.title')}</h2>
      <p>{t('satisfaction.lead')}</p>
      <form onSubmit={submit} noValidate>
        <div className={'form-group' + (scoreError ? ' form-group--error' : '')}>
          <fieldset aria-describedby={scoreError ? 'satisfaction-score-error' : undefined}>
            <legend>{t('satisfaction.question')}</legend>
            {scoreError && (
              <span className="error-message" id="satisfaction-score-error">
                <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                {scoreError.message}
              </span>
            )}
            {SCORES.map((s) => (
              <div className="choice" key={s}>
                <input type="radio" name="satisfaction-score" id={`satisfaction-${s}`} value={s} checked={score === s} onChange={() => setScore(s)} />
                <label htmlFor={`satisfaction-${s}`}>{t(`satisfactionScores.${s}`, { ns: 'common' })}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <div className={'form-group' + (commentError ? ' form-group--error' : '')}>
          <label htmlFor="satisfaction-comment">{t('satisfaction.comment')}</label>
          <span className="hint" id="satisfaction-comment-hint">
            {t('satisfaction.commentHint', { max: COMMENT_MAX.toLocaleString() })}
          </span>
          {commentError && (
            <span className="error-message" id="satisfaction-comment-error">
              <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
              {commentError.message}
            </span>
          )}
          <textarea
            id="satisfaction-comment"
            name="comment"
            rows={4}
            value={comment}
            aria-describedby={'satisfaction-comment-hint' + (commentError ? ' satisfaction-comment-error' : '')}
            aria-invalid={commentError ? true : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={rate.isPending}>
          {rate.isPending ? t('satisfaction.submitting') : t('satisfaction.submit')}
        </button>
      </form>
    </section>
  );
}
