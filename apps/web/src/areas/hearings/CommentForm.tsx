import { NS } from './setup';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useQueryClient } from '@tanstack/react-query';
import type { FieldError } from '../../components/ErrorSummary';
import { FormField, RadioGroup } from '../../components/FormField';
import { PhotoPicker, usePhotoUploads } from '../../components/PhotoPicker';
import { COMMENT_MAX, hearingKeys, PHOTO_MAX_BYTES, PHOTOS_MAX, uploadCommentPhoto, useComment, type Stance } from './hearings-api';

const STANCES = ['support', 'oppose', 'neutral'] as const;
/** The refusals the contract names, each explained in the reader's language and tied to the field it concerns. */
const FIELD_OF_CODE: Record<string, string> = {
  HEARING_NOT_OPEN: 'how-title',
  COMMENT_EMPTY: 'comment-text',
  RATE_LIMIT_HEARING_COMMENT: 'comment-text',
  HEARING_COMMENT_LIMIT: 'comment-text',
};
/** Characters that show nothing (spaces, zero-width and format characters): a comment of only these is empty. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\u2800\u3164\uFFA0]/gu;

/**
 * The comment form for a signed-in person (GOV.UK): stance radios, the text, up to three photos uploaded as chosen
 * (as complaints' photos are); the form's checks and every refusal of the API go to the page's error summary; then a
 * success notice naming the comment's number, and the form again for another.
 */
export function CommentForm({ hearingId, errors, report }: { hearingId: string; errors: FieldError[]; report: (errors: FieldError[]) => void }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const comment = useComment(hearingId);
  const client = useQueryClient();
  const [stance, setStance] = useState<Stance | null>(null);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  useEffect(() => {
    if (sent !== null) sentRef.current?.focus();
  }, [sent]);

  const refusal = (error: unknown, fallbackField: string): FieldError => {
    if (error instanceof ApiError) {
      const known = t(`errors.${error.code}`, { defaultValue: '' });
      const details = JSON.stringify(error.body.details ?? '');
      const field = FIELD_OF_CODE[error.code] ?? (details.includes('photo') ? 'comment-photos' : details.includes('stance') ? 'comment-stance-support' : fallbackField);
      return { field, message: known || error.messageIn(lang) };
    }
    return { field: fallbackField, message: String((error as Error)?.message ?? error) };
  };

  const photos = usePhotoUploads({
    max: PHOTOS_MAX,
    maxBytes: PHOTO_MAX_BYTES,
    upload: uploadCommentPhoto,
    report: (problem) =>
      report(
        problem === null
          ? []
          : [
              problem.kind === 'too-many'
                ? { field: 'comment-photos', message: t('form.tooManyPhotos', { max: PHOTOS_MAX }) }
                : problem.kind === 'wrong-file'
                  ? { field: 'comment-photos', message: t('form.wrongPhoto') }
                  : refusal(problem.error, 'comment-photos'),
            ],
      ),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const visible = text.replace(INVISIBLE, '');
    const problems: FieldError[] = [
      ...(stance ? [] : [{ field: 'comment-stance-support', message: t('form.stanceMissing') }]),
      ...(visible.length === 0 ? [{ field: 'comment-text', message: t('form.textMissing') }] : []),
      ...([...text.trim()].length > COMMENT_MAX ? [{ field: 'comment-text', message: t('form.textTooLong', { max: COMMENT_MAX.toLocaleString() }) }] : []),
    ];
    report(problems);
    if (problems.length > 0) setSent(null);
    if (problems.length > 0 || !stance) return;
    try {
      const made = await comment.mutateAsync({ stance, text: text.trim(), photoIds: photos.photos.map((p) => p.id) });
      setSent(made.number);
      setStance(null);
      setText('');
      photos.clear();
    } catch (error) {
      setSent(null);
      report([refusal(error, 'comment-text')]);
      // The period may have ended meanwhile: the page then says so instead of offering the form.
      if (error instanceof ApiError && error.code === 'HEARING_NOT_OPEN') void client.invalidateQueries({ queryKey: hearingKeys.one(hearingId) });
    }
  };

  return (
    <>
      <div role="status">
        {sent !== null && (
          <div className="notice notice--success" ref={sentRef} tabIndex={-1}>
            <p>{t('form.sent', { number: sent })}</p>
          </div>
        )}
      </div>
      <form id="comment-form" className="hearing-comment-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="comment-form-title">
        <h3 id="comment-form-title">{sent !== null ? t('form.another') : t('form.title')}</h3>
        <p className="hint">{t('form.limit')}</p>
        <RadioGroup
          name="comment-stance"
          legend={t('form.stance')}
          error={errorOf('comment-stance-support')}
          options={STANCES.map((s) => ({ value: s, label: t(`stances.${s}`) }))}
          value={stance}
          onChange={setStance}
        />
        <FormField id="comment-text" label={t('form.text')} hint={t('form.textHint', { max: COMMENT_MAX.toLocaleString() })} error={errorOf('comment-text')}>
          {(describedBy, invalid) => <textarea id="comment-text" name="text" rows={6} aria-describedby={describedBy} aria-invalid={invalid} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <FormField id="comment-photos" label={t('form.photos')} hint={t('form.photosHint', { max: PHOTOS_MAX })} error={errorOf('comment-photos')}>
          {(describedBy, invalid) => (
            <PhotoPicker
              id="comment-photos"
              picker={photos}
              describedBy={describedBy}
              invalid={invalid}
              listClassName="hearing-photos"
              texts={{ added: (name) => t('form.photoAdded', { name }), remove: (name) => t('form.removePhoto', { name }), uploading: t('form.uploading') }}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={comment.isPending || photos.uploading}>
          {comment.isPending ? t('form.submitting') : t('form.submit')}
        </button>
      </form>
    </>
  );
}
