import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import { apiErrors, PreviewSummary, TemplateParamsFields } from './common';
import { useCreateLicenceType, useLivePreview, useVocabulary, type Definition } from './data';
import { WorkflowView } from './diagram/WorkflowView';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The first parameters offered for each template (the official changes them): every office step one day. */
function startingParams(template: string): Record<string, unknown> {
  if (template === 'licence') return { fee: 'licence', inspection: true, planApproval: false, slaDays: { receive: 1, check: 3, inspection: 5, decision: 5, issue: 1 } };
  if (template === 'registration') return { fee: null, slaDays: { check: 3, decision: 7 } };
  return { fee: null, slaDays: { check: 3, issue: 2 } };
}

/** The office steps' days of a template's parameters, added up: processingDays must equal it. */
function sumDays(params: Record<string, unknown>): number {
  return Object.values((params.slaDays ?? {}) as Record<string, unknown>).reduce<number>((n, d) => n + (typeof d === 'number' ? d : 0), 0);
}

/**
 * `/studio/licence-types/new`: a new licence type from a template: its names, level, legal basis and fee, and the
 * template's parameters as a form, drawn live; created as version 1, a draft, and opened.
 */
export default function NewLicenceTypePage() {
  const { t, i18n } = useTranslation('studio');
  const navigate = useNavigate();
  const vocabulary = useVocabulary();
  const create = useCreateLicenceType();
  const [slug, setSlug] = useState('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [level, setLevel] = useState<'local' | 'provincial' | 'central'>('local');
  const [agencyCode, setAgencyCode] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [feeBaht, setFeeBaht] = useState('300');
  const [template, setTemplate] = useState('licence');
  const [params, setParams] = useState<Record<string, unknown>>(() => startingParams('licence'));
  const [errors, setErrors] = useState<FieldError[]>([]);

  const feeCode = typeof params.fee === 'string' && params.fee ? params.fee : null;
  // The agencies of the chosen level (workflows/agencies.json); a local licence goes to the office serving the premises.
  const levelAgencies = (vocabulary.data?.agencies ?? []).filter((a) => a.level === level);
  const agency = levelAgencies.find((a) => a.code === agencyCode) ?? levelAgencies[0];
  const definition = useMemo<Definition>(
    () => ({
      slug: slug || 'new-licence-type',
      name: { th: nameTh || '—', en: nameEn || '—' },
      agency: agency ? { level, code: agency.code, name: agency.name } : { level },
      legalBasis: legalBasis || null,
      processingDays: sumDays(params),
      validity: { years: 1 },
      fees: feeCode ? [{ code: feeCode, amountSatang: Math.round(Number(feeBaht || '0') * 100), due: 'after-approval' }] : [],
      form: {
        type: 'object',
        required: ['businessName'],
        properties: { businessName: { type: 'string', minLength: 1, title: 'ชื่อสถานประกอบการ / Business name' } },
      },
      documents: [],
      machine: { template, params },
    }),
    [slug, nameTh, nameEn, level, agency, legalBasis, params, feeCode, feeBaht, template],
  );
  const live = useLivePreview(definition, undefined);

  if (vocabulary.isPending) return <Loading />;
  if (vocabulary.isError) return <Problem error={vocabulary.error} />;
  const templateSpec = vocabulary.data.templates.find((x) => x.name === template)!;

  const submit = async () => {
    const found: FieldError[] = [];
    if (!SLUG.test(slug)) found.push({ field: 'slug', message: t('create.errors.slug') });
    if (!nameTh.trim()) found.push({ field: 'name-th', message: t('create.errors.nameTh') });
    if (!nameEn.trim()) found.push({ field: 'name-en', message: t('create.errors.nameEn') });
    if (feeCode && !/^\d+(\.\d{1,2})?$/.test(feeBaht)) found.push({ field: 'fee-baht', message: t('create.errors.fee') });
    setErrors(found);
    if (found.length) return;
    try {
      const created = await create.mutateAsync(definition);
      navigate(`/studio/licence-types/${created.slug}/versions/${created.version}`, { state: { created: true } });
    } catch (error) {
      setErrors(apiErrors(error, i18n.language, 'slug'));
    }
  };

  const problems = live.preview?.byState ?? {};
  const stateProblems = Object.values(problems).reduce((n, list) => n + list.length, 0);
  return (
    <>
      <BackLink to="/studio/licence-types">{t('types.title')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('create.title')} hasErrors={errors.length > 0} />
      <p>{t('create.lead')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="studio-columns">
          <div>
            <h2>{t('create.about')}</h2>
            <Field id="slug" label={t('create.slug')} hint={t('create.slugHint')} value={slug} onChange={setSlug} errors={errors} />
            <Field id="name-th" label={t('create.nameTh')} value={nameTh} onChange={setNameTh} errors={errors} lang="th" />
            <Field id="name-en" label={t('create.nameEn')} value={nameEn} onChange={setNameEn} errors={errors} lang="en" />
            <fieldset>
              <legend>{t('create.level')}</legend>
              {(['local', 'provincial', 'central'] as const).map((l) => (
                <div className="choice" key={l}>
                  <input type="radio" id={`level-${l}`} name="level" checked={level === l} onChange={() => setLevel(l)} />
                  <label htmlFor={`level-${l}`}>{t(`levels.${l}`)}</label>
                </div>
              ))}
            </fieldset>
            {level === 'local' ? (
              <p className="hint" data-testid="local-agency">
                {t('create.localAgency', { agency: agency ? pick(agency.name, i18n.language) : '' })}
              </p>
            ) : (
              <div className="form-group">
                <label htmlFor="agency">{t('create.agency')}</label>
                <select id="agency" value={agency?.code ?? ''} onChange={(e) => setAgencyCode(e.target.value)}>
                  {levelAgencies.map((a) => (
                    <option key={a.code} value={a.code}>
                      {pick(a.name, i18n.language)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <Field id="legal-basis" label={t('create.legalBasis')} value={legalBasis} onChange={setLegalBasis} errors={errors} optional />
          </div>
          <div>
            <h2>{t('create.workflow')}</h2>
            <fieldset>
              <legend>{t('create.template')}</legend>
              {vocabulary.data.templates.map((x) => (
                <div className="choice" key={x.name}>
                  <input
                    type="radio"
                    id={`template-${x.name}`}
                    name="template"
                    aria-describedby={`template-${x.name}-hint`}
                    checked={template === x.name}
                    onChange={() => {
                      setTemplate(x.name);
                      setParams(startingParams(x.name));
                    }}
                  />
                  <label htmlFor={`template-${x.name}`}>
                    {t(`templates.${x.name}`, { defaultValue: x.name })}
                    <span className="hint" id={`template-${x.name}-hint`}>
                      {x.description}
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
            <TemplateParamsFields schema={templateSpec.paramsSchema} params={params} onChange={setParams} />
            {feeCode && <Field id="fee-baht" label={t('create.feeBaht', { code: feeCode })} value={feeBaht} onChange={setFeeBaht} errors={errors} numeric />}
            <p>{t('create.processingDays', { count: sumDays(params) })}</p>
          </div>
        </div>
        <button className="button" type="submit" disabled={create.isPending}>
          {t('create.submit')}
        </button>
      </form>
      {live.preview && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('preview.title')}</h2>
          <PreviewSummary valid={live.preview.valid} general={live.preview.general} stateProblems={stateProblems} pending={live.pending} />
          <WorkflowView graph={live.preview.graph} problems={problems} title={nameTh || slug || t('create.title')} />
        </section>
      )}
    </>
  );
}

function Field(props: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; errors: FieldError[]; lang?: string; optional?: boolean; numeric?: boolean }) {
  const { t } = useTranslation('studio');
  const error = props.errors.find((e) => e.field === props.id);
  return (
    <div className={'form-group' + (error ? ' form-group--error' : '')}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional && <span className="optional"> {t('create.optional')}</span>}
      </label>
      {props.hint && (
        <span className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {error && (
        <span className="error-message" id={`${props.id}-error`}>
          {error.message}
        </span>
      )}
      <input
        id={props.id}
        type="text"
        lang={props.lang}
        inputMode={props.numeric ? 'decimal' : undefined}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[props.hint ? `${props.id}-hint` : '', error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
