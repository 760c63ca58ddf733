import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../../../api/client';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { ADMIN_BUSINESSES_KEY, problemsOf } from './data';
import { NS } from './setup';

/** /studio/businesses: every business type with its versions, and the form that creates one. */
export default function BusinessTypesPage() {
  const { t, i18n } = useTranslation(NS);
  const list = useQuery({ queryKey: ADMIN_BUSINESSES_KEY, queryFn: () => unwrap(api.GET('/admin/businesses')) });
  const [errors, setErrors] = useState<FieldError[]>([]);
  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('list.title')} caption={t('list.caption')} hasErrors={errors.length > 0} />
      <p className="lead">{t('list.lead')}</p>
      <CreateForm errors={errors} setErrors={setErrors} />
      {list.isPending && <Loading />}
      {list.isError && <Problem error={list.error} retry={() => list.refetch()} />}
      {list.data && (
        <div className="table-wrap">
          <table className="studio-table">
            <caption className="visually-hidden">{t('list.tableCaption', { count: list.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col">{t('list.current')}</th>
                <th scope="col">{t('list.draft')}</th>
                <th scope="col">{t('list.licences')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((b) => (
                <tr key={b.slug}>
                  <td>
                    <Link to={`/studio/businesses/${b.slug}`}>{pick(b.name, i18n.language)}</Link>
                    <br />
                    <span className="hint">{b.slug}</span>
                  </td>
                  <td>{b.currentVersion ?? t('list.none')}</td>
                  <td>{b.draftVersion ?? t('list.none')}</td>
                  <td>{b.licenceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const FIELD_IDS: Record<string, string> = { slug: 'new-slug', 'name.th': 'new-name-th', 'name.en': 'new-name-en' };

function CreateForm({ errors, setErrors }: { errors: FieldError[]; setErrors: (e: FieldError[]) => void }) {
  const { t, i18n } = useTranslation(NS);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [slug, setSlug] = useState('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/admin/businesses', {
          body: { slug: slug.trim(), content: { name: { th: nameTh, en: nameEn }, description: null, licences: [], quiz: { questions: [], rules: {} } } },
        }),
      ),
    onMutate: () => setErrors([]),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ADMIN_BUSINESSES_KEY });
      void navigate(`/studio/businesses/${created.slug}`);
    },
    onError: (error) => {
      const problems = problemsOf(error);
      const message = error instanceof ApiError ? error.messageIn(i18n.language) : String(error);
      if (error instanceof ApiError && error.code === 'BUSINESS_TYPE_EXISTS') return setErrors([{ field: 'new-slug', message }]);
      setErrors(problems.length ? problems.map((p) => ({ field: FIELD_IDS[p.field] ?? 'new-slug', message: `${message}: ${p.field} ${p.problem}` })) : [{ field: 'new-slug', message }]);
    },
  });
  const errorOf = (id: string) => errors.find((e) => e.field === id)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const input = (id: string, label: string, value: string, set: (v: string) => void, hint?: string, lang?: string) => (
    <div className={errorOf(id) ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {errorOf(id) && (
        <span className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{t('common:errorPrefix')}</span>
          {errorOf(id)}
        </span>
      )}
      <input
        type="text"
        id={id}
        lang={lang}
        value={value}
        onChange={(e) => set(e.target.value)}
        autoComplete="off"
        aria-invalid={errorOf(id) ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, errorOf(id) && `${id}-error`].filter(Boolean).join(' ') || undefined}
      />
    </div>
  );
  return (
    <form onSubmit={submit} noValidate className="studio-fieldset">
      <h2>{t('list.create')}</h2>
      {input('new-slug', t('list.slug'), slug, setSlug, t('list.slugHint'), 'en')}
      <div className="studio-pair">
        {input('new-name-th', t('list.nameTh'), nameTh, setNameTh, undefined, 'th')}
        {input('new-name-en', t('list.nameEn'), nameEn, setNameEn, undefined, 'en')}
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('list.submit')}
      </button>
    </form>
  );
}
