import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { BackLink, Tag } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { MAX_UPLOAD_BYTES as MAX_BYTES, UPLOAD_ACCEPT as ACCEPT, uploadDocument, uploadProblem } from '../../../lib/documents';
import { formatDateTime, pick } from '../../../lib/format';
import { WithDraft } from './common';
import { applicationKey, formatSize, returnPath, useDocuments, useLicenceType, type ApplicationView, type DocumentView } from './data';
import { missingDocuments } from './progress';

const inputId = (code: string) => `document-${code}`;

function DocumentRow({
  app,
  code,
  label,
  required,
  uploaded,
  onError,
  onUploaded,
}: {
  app: ApplicationView;
  code: string;
  label: string;
  required: boolean;
  uploaded: DocumentView | undefined;
  onError: (code: string, message: string | null) => void;
  onUploaded: (name: string) => void;
}) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = inputId(code);
  const has = !!uploaded && !!(uploaded.filename || uploaded.sha256);

  const fail = (message: string | null) => {
    setError(message);
    onError(code, message);
  };

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const photo = event.currentTarget.elements.namedItem('photo') as HTMLInputElement;
    const file = input.files?.[0] ?? photo.files?.[0];
    const problem = uploadProblem(file);
    if (!file || problem) return fail(t(`documents.${problem}`, { label, name: file?.name, size: formatSize(file?.size ?? 0, lang), max: formatSize(MAX_BYTES, lang) }));
    setBusy(true);
    try {
      await uploadDocument(app.id, code, file);
      fail(null);
      input.value = '';
      photo.value = '';
      onUploaded(file.name);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['applications', app.id, 'documents'] }),
        client.invalidateQueries({ queryKey: applicationKey(app.id) }),
      ]);
    } catch (e) {
      fail(e instanceof ApiError ? e.messageIn(lang) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="document">
      <form onSubmit={(e) => void upload(e)} noValidate className={'form-group' + (error ? ' form-group--error' : '')}>
        <h2 className="document__title">
          <label htmlFor={id}>{label}</label>
        </h2>
        <p>
          {required ? <Tag colour={has ? 'green' : 'red'}>{has ? t('documents.uploaded') : t('documents.missing')}</Tag> : <Tag colour={has ? 'green' : 'grey'}>{has ? t('documents.uploaded') : t('documents.optional')}</Tag>}{' '}
          {required && <span className="hint-inline">{t('documents.required')}</span>}
        </p>
        {has && uploaded && (
          <dl className="summary-list document__file">
            <div className="summary-list__row">
              <dt>{t('documents.fileName')}</dt>
              <dd>
                {uploaded.id ? <a href={`/api/v1/applications/${app.id}/documents/${uploaded.id}`}>{uploaded.filename}</a> : uploaded.filename}
              </dd>
              <dd />
            </div>
            <div className="summary-list__row">
              <dt>{t('documents.size')}</dt>
              <dd>{formatSize(uploaded.sizeBytes, lang)}</dd>
              <dd />
            </div>
            <div className="summary-list__row">
              <dt>{t('documents.sha256')}</dt>
              <dd>
                <code className="hash">{uploaded.sha256}</code>
              </dd>
              <dd />
            </div>
            {uploaded.uploadedAt && (
              <div className="summary-list__row">
                <dt>{t('documents.uploadedAt')}</dt>
                <dd>{formatDateTime(uploaded.uploadedAt, lang)}</dd>
                <dd />
              </div>
            )}
          </dl>
        )}
        {error && (
          <span className="error-message" id={id + '-error'}>
            <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
            {error}
          </span>
        )}
        <span className="hint" id={id + '-hint'}>
          {has ? t('documents.replace') : t('documents.choose')}
        </span>
        <input
          type="file"
          id={id}
          name="file"
          accept={ACCEPT}
          aria-describedby={[id + '-hint', error ? id + '-error' : ''].filter(Boolean).join(' ')}
          aria-invalid={!!error || undefined}
          className="file-input"
        />
        <label htmlFor={id + '-photo'} className="label--secondary">
          {t('documents.photo')}
        </label>
        <input type="file" id={id + '-photo'} name="photo" accept="image/jpeg,image/png" capture="environment" className="file-input" />
        <div>
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? t('documents.uploading') : has ? t('documents.replace') : t('documents.upload')}
          </button>
        </div>
      </form>
    </li>
  );
}

function Documents({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const [search] = useSearchParams();
  const type = useLicenceType(app.licenceType.slug, app.licenceType.workflowVersion);
  const documents = useDocuments(app.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  if (type.isPending || documents.isPending) return <Loading />;
  if (type.isError) return <Problem error={type.error} retry={() => type.refetch()} />;
  if (documents.isError) return <Problem error={documents.error} retry={() => documents.refetch()} />;
  const list = documents.data;
  const missing = missingDocuments(type.data, list);
  // What the application takes, as the API says: the licence type's documents, and a power of attorney when an agent files it.
  const takes = list?.requirements ?? type.data.documents;
  const labelOf = (code: string) => {
    const d = takes.find((x) => x.code === code) ?? list?.documents.find((x) => x.code === code);
    return d?.label ? pick(d.label, lang) : code;
  };
  const summary: FieldError[] = Object.entries(errors).map(([code, message]) => ({ field: inputId(code), message: `${labelOf(code)}: ${message}` }));
  const back = returnPath(app.id, search);

  return (
    <>
      <BackLink to={back}>{t('back')}</BackLink>
      <ErrorSummary errors={summary} />
      <PageTitle title={t('documents.title')} caption={pick(app.licenceType.name, lang)} hasErrors={summary.length > 0} />
      <p>{t('documents.lead', { size: formatSize(MAX_BYTES, lang) })}</p>
      <div className="notice">
        <p>{t('documents.noCopies')}</p>
      </div>
      {done && (
        <div className="notice notice--success" role="status">
          <p>{t('documents.done', { name: done })}</p>
        </div>
      )}
      {list === null && (
        <div className="notice notice--warning">
          <p>{t('documents.unavailable')}</p>
        </div>
      )}
      {takes.length === 0 ? (
        <p>{t('documents.none')}</p>
      ) : (
        <>
          {missing.length > 0 ? (
            <div className="notice notice--warning">
              <p>{t('documents.missingList', { count: missing.length })}</p>
              <ul>
                {missing.map((code) => (
                  <li key={code}>
                    <a href={'#' + inputId(code)}>{labelOf(code)}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <div className="notice notice--success">
              <p>{t('documents.allThere')}</p>
            </div>
          )}
          <ul className="document-list">
            {takes.map((d) => (
              <DocumentRow
                key={d.code}
                app={app}
                code={d.code}
                label={labelOf(d.code)}
                required={d.required}
                uploaded={list?.documents.find((x) => x.code === d.code)}
                onUploaded={(name) => setDone(name)}
                onError={(code, message) =>
                  setErrors((current) => {
                    const next = { ...current };
                    if (message) next[code] = message;
                    else delete next[code];
                    return next;
                  })
                }
              />
            ))}
          </ul>
        </>
      )}
      <Link className="button" to={back}>
        {t('next')}
      </Link>
    </>
  );
}

/** `/applications/:id/documents`: each required document, its upload, replace, and what is still missing. */
export default function DocumentsPage() {
  return <WithDraft>{(app) => <Documents app={app} />}</WithDraft>;
}
