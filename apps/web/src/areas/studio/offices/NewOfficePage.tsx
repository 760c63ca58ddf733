import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { BackLink } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { FieldErrorMessage, TextField } from '../../../components/FormField';
import { OFFICE_ID, OFFICE_KINDS, OFFICES_KEY, officeKey, useAreas, type OfficeKind } from './data';
import './setup';

/** The API's codes this form puts beside a field; any other refusal goes to the summary, linked to the first field. */
const FIELD_OF_CODE: Record<string, string> = { OFFICE_ID_TAKEN: 'office-id', OFFICE_PROVINCE_UNKNOWN: 'office-province' };

/** /studio/offices/new: the office's record (id, names, kind, province); its areas and staff come on its own page. */
export default function NewOfficePage() {
  const { t, i18n } = useTranslation('studio-offices');
  const navigate = useNavigate();
  const client = useQueryClient();
  const provinces = useAreas(undefined);
  const [id, setId] = useState('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [kind, setKind] = useState<OfficeKind | ''>('');
  const [province, setProvince] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/admin/offices', { body: { id: id.trim(), name: { th: nameTh.trim(), en: nameEn.trim() }, kind: kind as OfficeKind, provinceCode: province } })),
    onSuccess: (office) => {
      client.setQueryData(officeKey(office.id), office);
      void client.invalidateQueries({ queryKey: [...OFFICES_KEY, 'list'] });
      navigate(`/studio/offices/${office.id}`, { state: { created: true } });
    },
    onError: (error) => {
      const field = error instanceof ApiError ? FIELD_OF_CODE[error.code] : undefined;
      setErrors([{ field: field ?? 'office-id', message: error instanceof ApiError ? error.messageIn(i18n.language) : String(error) }]);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!id.trim()) found.push({ field: 'office-id', message: t('create.errors.id') });
    else if (!OFFICE_ID.test(id.trim())) found.push({ field: 'office-id', message: t('create.errors.idFormat') });
    if (nameTh.trim().length < 2) found.push({ field: 'office-name-th', message: t('create.errors.nameTh') });
    if (nameEn.trim().length < 2) found.push({ field: 'office-name-en', message: t('create.errors.nameEn') });
    if (!kind) found.push({ field: `office-kind-${OFFICE_KINDS[0]}`, message: t('create.errors.kind') });
    if (!province) found.push({ field: 'office-province', message: t('create.errors.province') });
    setErrors(found);
    if (!found.length) create.mutate();
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const kindError = errors.find((e) => e.field.startsWith('office-kind-'))?.message;

  return (
    <>
      <BackLink to="/studio/offices">{t('create.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('create.title')} caption={t('caption')} hasErrors={errors.length > 0} />
      <p>{t('create.lead')}</p>
      <form onSubmit={submit} noValidate>
        <TextField id="office-id" label={t('create.id')} hint={t('create.idHint')} error={errorOf('office-id')} value={id} onChange={setId} spellCheck={false} />
        <TextField id="office-name-th" label={t('create.nameTh')} hint={t('create.nameThHint')} error={errorOf('office-name-th')} value={nameTh} onChange={setNameTh} lang="th" />
        <TextField id="office-name-en" label={t('create.nameEn')} hint={t('create.nameEnHint')} error={errorOf('office-name-en')} value={nameEn} onChange={setNameEn} lang="en" />
        <div className={kindError ? 'form-group form-group--error' : 'form-group'}>
          <fieldset aria-describedby={kindError ? 'office-kind-error' : undefined}>
            <legend>{t('create.kind')}</legend>
            <FieldErrorMessage id="office-kind-error" message={kindError} />
            {OFFICE_KINDS.map((value) => (
              <div className="choice" key={value}>
                <input type="radio" id={`office-kind-${value}`} name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
                <label htmlFor={`office-kind-${value}`}>{t(`kinds.${value}`)}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <div className={errorOf('office-province') ? 'form-group form-group--error' : 'form-group'}>
          <label htmlFor="office-province">{t('create.province')}</label>
          <FieldErrorMessage id="office-province-error" message={errorOf('office-province')} />
          <select
            id="office-province"
            value={province}
            onChange={(e) => setProvince(e.target.value)}
            aria-describedby={errorOf('office-province') ? 'office-province-error' : undefined}
            aria-invalid={errorOf('office-province') ? true : undefined}
          >
            <option value="">{t('create.chooseProvince')}</option>
            {provinces.data?.items.map((p) => (
              <option key={p.code} value={p.code}>
                {pick(p.name, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('create.submitting') : t('create.submit')}
        </button>
      </form>
    </>
  );
}
