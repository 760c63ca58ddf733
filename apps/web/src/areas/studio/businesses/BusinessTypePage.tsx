import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../../api/client';
import { BackLink, Tag } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem as ProblemView } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { ADMIN_BUSINESSES_KEY, problemsOf, toFieldErrors, type BusinessContent, type BusinessVersion, type Problem } from './data';
import { NS } from './setup';

type Question = BusinessContent['quiz']['questions'][number];
type Rule = BusinessContent['quiz']['rules'][string];
type Text = { th: string; en: string };

/** /studio/businesses/:slug: the open draft as a form (or the current version, read-only, with "draft a new version"). */
export default function BusinessTypePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation(NS);
  const versions = useQuery({
    queryKey: [...ADMIN_BUSINESSES_KEY, slug, 'versions'],
    queryFn: () => unwrap(api.GET('/admin/businesses/{slug}/versions', { params: { path: { slug } } })),
  });
  const shown = versions.data ? (versions.data.find((v) => v.status === 'draft') ?? versions.data.find((v) => v.status === 'current') ?? versions.data.at(-1)) : undefined;
  const version = useQuery({
    queryKey: [...ADMIN_BUSINESSES_KEY, slug, 'version', shown?.version],
    queryFn: () => unwrap(api.GET('/admin/businesses/{slug}/versions/{version}', { params: { path: { slug, version: shown!.version } } })),
    enabled: !!shown,
  });
  return (
    <>
      <BackLink to="/studio/businesses">{t('editor.back')}</BackLink>
      {(versions.isPending || version.isPending) && <Loading />}
      {versions.isError && <ProblemView error={versions.error} retry={() => versions.refetch()} />}
      {version.isError && <ProblemView error={version.error} retry={() => version.refetch()} />}
      {version.data && <Editor key={`${version.data.version}`} loaded={version.data} />}
    </>
  );
}

function Editor({ loaded }: { loaded: BusinessVersion }) {
  const { t, i18n } = useTranslation(NS);
  const client = useQueryClient();
  const lang = i18n.language;
  const slug = loaded.slug;
  const editable = loaded.status === 'draft';
  const [content, setContent] = useState<BusinessContent>(loaded.content);
  const [revision, setRevision] = useState(loaded.revision);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<{ kind: 'success' | 'warning'; text: string; problems?: string[]; link?: boolean } | null>(null);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) banner.current?.focus();
  }, [notice]);
  const licenceTypes = useQuery({ queryKey: ['public', 'licence-types'], queryFn: () => unwrap(api.GET('/licence-types')) });
  const licenceName = (s: string) => {
    const found = licenceTypes.data?.find((l) => l.slug === s);
    return found ? pick(found.name, lang) : s;
  };

  const where = (p: Problem): string => {
    const question = /^quiz\.questions\.(\d+)/.exec(p.field);
    const rule = /^quiz\.rules\.([a-z0-9-]+)/.exec(p.field);
    if (question) return t('editor.where.question', { n: Number(question[1]) + 1 });
    if (rule) return t('editor.where.rule', { licence: licenceName(rule[1]) });
    const head = p.field.split('.')[0];
    return head === 'name' || head === 'description' || head === 'licences' ? t(`editor.where.${head}`) : t('editor.where.general');
  };
  const label = (p: Problem) => t('editor.problemAt', { where: where(p), problem: p.problem });
  const refused = (error: unknown) => {
    const problems = problemsOf(error);
    if (problems.length) return setErrors(toFieldErrors(problems, content, label));
    setErrors([{ field: 'business-form', message: error instanceof ApiError ? error.messageIn(lang) : String(error) }]);
  };

  const body = () => {
    const description = content.description && (content.description.th.trim() || content.description.en.trim()) ? content.description : null;
    return { name: content.name, description, licences: content.licences, quiz: content.quiz };
  };
  const save = async () => {
    const saved = await unwrap(api.PUT('/admin/businesses/{slug}/versions/{version}', { params: { path: { slug, version: loaded.version } }, body: { revision, content: body() } }));
    setRevision(saved.revision);
    return saved;
  };
  const refresh = () => client.invalidateQueries({ queryKey: ADMIN_BUSINESSES_KEY });
  const start = () => {
    setErrors([]);
    setNotice(null);
  };
  const saveOnly = useMutation({ mutationFn: save, onMutate: start, onSuccess: (saved) => setNotice({ kind: 'success', text: t('editor.saved', { revision: saved.revision }) }), onError: refused });
  const check = useMutation({
    mutationFn: async () => {
      await save();
      return unwrap(api.POST('/admin/businesses/{slug}/versions/{version}/validate', { params: { path: { slug, version: loaded.version } } }));
    },
    onMutate: start,
    onSuccess: (report) => {
      if (report.valid) return setNotice({ kind: 'success', text: t('editor.valid') });
      setErrors(toFieldErrors(report.problems, content, label));
    },
    onError: refused,
  });
  const publish = useMutation({
    mutationFn: async () => {
      const saved = await save();
      return unwrap(api.POST('/admin/businesses/{slug}/versions/{version}/publish', { params: { path: { slug, version: loaded.version } }, body: { revision: saved.revision } }));
    },
    onMutate: start,
    onSuccess: async (done) => {
      setNotice({ kind: 'success', text: t('editor.published', { version: done.version }), link: true });
      await refresh();
    },
    onError: refused,
  });
  const newDraft = useMutation({
    mutationFn: () => unwrap(api.POST('/admin/businesses/{slug}/versions', { params: { path: { slug } }, body: { from: loaded.version } })),
    onMutate: start,
    onSuccess: () => refresh(),
    onError: refused,
  });
  const busy = saveOnly.isPending || check.isPending || publish.isPending || newDraft.isPending;

  // Edits of the local copy.
  const update = (change: (draft: BusinessContent) => void) =>
    setContent((before) => {
      const next = structuredClone(before);
      change(next);
      return next;
    });
  const setRule = (licence: string, rule: Rule | null) =>
    update((c) => {
      if (rule) c.quiz.rules[licence] = rule;
      else delete c.quiz.rules[licence];
    });

  return (
    <>
      {notice && (
        <div className={`notice notice--${notice.kind}`} role="status" tabIndex={-1} ref={banner}>
          <p>{notice.text}</p>
          {notice.link && (
            <p>
              <Link to={`/businesses/${slug}`}>{t('editor.viewOnFinder')}</Link>
            </p>
          )}
        </div>
      )}
      <ErrorSummary errors={errors} />
      <PageTitle title={pick(loaded.content.name, lang)} caption={t('editor.caption', { slug })} hasErrors={errors.length > 0} />
      <p>
        {t('editor.version', { version: loaded.version })} <Tag colour={loaded.status === 'draft' ? 'yellow' : loaded.status === 'current' ? 'green' : 'grey'}>{t(`editor.status.${loaded.status}`)}</Tag>
      </p>
      {!editable && (
        <div className="notice">
          <p>{t('editor.readOnly')}</p>
          <button type="button" className="button" onClick={() => newDraft.mutate()} disabled={busy}>
            {t('editor.newDraft')}
          </button>
        </div>
      )}
      <form id="business-form" tabIndex={-1} noValidate onSubmit={(e) => (e.preventDefault(), saveOnly.mutate())}>
        <fieldset disabled={!editable || busy} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Section id="names" title={t('editor.names')}>
            <Pair
              idBase="name"
              labels={[t('editor.nameTh'), t('editor.nameEn')]}
              value={content.name}
              errors={errors}
              onChange={(name) => update((c) => void (c.name = name))}
            />
            <Pair
              idBase="description"
              multiline
              labels={[t('editor.descriptionTh'), t('editor.descriptionEn')]}
              value={content.description ?? { th: '', en: '' }}
              errors={errors}
              onChange={(description) => update((c) => void (c.description = description))}
            />
          </Section>

          <Section id="licences" title={t('editor.licences')} hint={t('editor.licencesHint')}>
            <ul className="studio-chosen">
              {content.licences.map((licence) => (
                <li key={licence} id={`licence-${licence}`} tabIndex={-1}>
                  <span>
                    {licenceName(licence)} <span className="hint">{licence}</span>
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      update((c) => {
                        c.licences = c.licences.filter((l) => l !== licence);
                        delete c.quiz.rules[licence];
                      })
                    }
                  >
                    {t('editor.remove')} <span className="visually-hidden">{licenceName(licence)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <AddLicence
              choices={(licenceTypes.data ?? []).filter((l) => !content.licences.includes(l.slug)).map((l) => ({ slug: l.slug, name: pick(l.name, lang) }))}
              onAdd={(licence) => update((c) => void c.licences.push(licence))}
            />
          </Section>

          <Section id="quiz-questions" title={t('editor.questions')}>
            {content.quiz.questions.map((question, i) => (
              <QuestionEditor key={question.id} index={i} question={question} errors={errors} update={update} />
            ))}
            <button type="button" className="button button--secondary" onClick={() => update((c) => void c.quiz.questions.push(newQuestion(c.quiz.questions)))}>
              {t('editor.addQuestion')}
            </button>
          </Section>

          <Section id="quiz-rules" title={t('editor.rules')} hint={t('editor.rulesHint')}>
            {content.licences.map((licence) => (
              <RuleEditor key={licence} licence={licence} name={licenceName(licence)} rule={content.quiz.rules[licence] ?? null} questions={content.quiz.questions} setRule={setRule} />
            ))}
          </Section>
        </fieldset>
        {editable && (
          <div className="button-group">
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t('editor.save')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => check.mutate()}>
              {t('editor.validate')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => publish.mutate()}>
              {t('editor.publish')}
            </button>
            {busy && <span className="loading">{t('editor.working')}</span>}
          </div>
        )}
      </form>
    </>
  );
}

function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="studio-fieldset" id={id} tabIndex={-1}>
      <legend>{title}</legend>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </fieldset>
  );
}

/** A Thai and an English input side by side (stacked on a phone), with their errors. */
function Pair({ idBase, labels, value, onChange, errors, multiline = false }: { idBase: string; labels: [string, string]; value: Text; onChange: (v: Text) => void; errors: FieldError[]; multiline?: boolean }) {
  const { t } = useTranslation(NS);
  return (
    <div className="studio-pair">
      {(['th', 'en'] as const).map((lang, i) => {
        const id = `${idBase}-${lang}`;
        const error = errors.find((e) => e.field === id)?.message;
        const props = {
          id,
          lang,
          value: value[lang],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
        };
        return (
          <div key={lang} className={error ? 'form-group form-group--error' : 'form-group'}>
            <label htmlFor={id}>{labels[i]}</label>
            {error && (
              <span className="error-message" id={`${id}-error`}>
                <span className="visually-hidden">{t('common:errorPrefix')}</span>
                {error}
              </span>
            )}
            {multiline ? <textarea rows={3} {...props} /> : <input type="text" autoComplete="off" {...props} />}
          </div>
        );
      })}
    </div>
  );
}

function AddLicence({ choices, onAdd }: { choices: { slug: string; name: string }[]; onAdd: (slug: string) => void }) {
  const { t } = useTranslation(NS);
  const [chosen, setChosen] = useState('');
  return (
    <div className="studio-add form-group">
      <div>
        <label htmlFor="add-licence">{t('editor.chooseLicence')}</label>
        <select id="add-licence" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">—</option>
          {choices.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={!chosen}
        onClick={() => {
          onAdd(chosen);
          setChosen('');
        }}
      >
        {t('editor.addLicence')}
      </button>
    </div>
  );
}

function QuestionEditor({ index, question, errors, update }: { index: number; question: Question; errors: FieldError[]; update: (change: (c: BusinessContent) => void) => void }) {
  const { t } = useTranslation(NS);
  const at = `quiz-questions-${index}`;
  const edit = (change: (q: Question) => void) => update((c) => change(c.quiz.questions[index]));
  return (
    <fieldset className="studio-fieldset" id={at} tabIndex={-1}>
      <legend>{t('editor.question', { n: index + 1, id: question.id })}</legend>
      <Pair idBase={`${at}-text`} labels={[t('editor.questionTh'), t('editor.questionEn')]} value={question.text} errors={errors} onChange={(text) => edit((q) => void (q.text = text))} />
      <div className="choice">
        <input type="checkbox" id={`${at}-multiple`} checked={question.multiple} onChange={(e) => edit((q) => void (q.multiple = e.target.checked))} />
        <label htmlFor={`${at}-multiple`}>{t('editor.multiple')}</label>
      </div>
      {question.options.map((option, j) => (
        <div key={option.id} className="studio-option" id={`${at}-options-${j}`} tabIndex={-1}>
          <Pair
            idBase={`${at}-options-${j}-text`}
            labels={[`${t('editor.option', { id: option.id })} – ${t('editor.optionTh')}`, `${t('editor.option', { id: option.id })} – ${t('editor.optionEn')}`]}
            value={option.text}
            errors={errors}
            onChange={(text) => edit((q) => void (q.options[j].text = text))}
          />
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update((c) => {
                c.quiz.questions[index].options.splice(j, 1);
                for (const rule of Object.values(c.quiz.rules)) {
                  for (const condition of rule.conditions) if (condition.question === question.id) condition.answers = condition.answers.filter((a) => a !== option.id);
                  rule.conditions = rule.conditions.filter((condition) => condition.answers.length > 0);
                }
              })
            }
          >
            {t('editor.removeOption', { id: option.id })}
          </button>
        </div>
      ))}
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => edit((q) => void q.options.push({ id: nextOptionId(q), text: { th: '', en: '' } }))}>
          {t('editor.addOption')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            update((c) => {
              c.quiz.questions.splice(index, 1);
              for (const rule of Object.values(c.quiz.rules)) rule.conditions = rule.conditions.filter((condition) => condition.question !== question.id);
            })
          }
        >
          {t('editor.removeQuestion', { id: question.id })}
        </button>
      </div>
    </fieldset>
  );
}

/** When a licence is needed: always, or when the ticked answers are given (one condition per question, all or any of them). */
function RuleEditor({ licence, name, rule, questions, setRule }: { licence: string; name: string; rule: Rule | null; questions: Question[]; setRule: (licence: string, rule: Rule | null) => void }) {
  const { t, i18n } = useTranslation(NS);
  const at = `quiz-rules-${licence}`;
  const toggle = (questionId: string, optionId: string, on: boolean) => {
    const next: Rule = structuredClone(rule ?? { mode: 'all', conditions: [] });
    const condition = next.conditions.find((c) => c.question === questionId);
    if (condition) condition.answers = on ? [...condition.answers, optionId] : condition.answers.filter((a) => a !== optionId);
    else if (on) next.conditions.push({ question: questionId, answers: [optionId] });
    next.conditions = next.conditions.filter((c) => c.answers.length > 0);
    setRule(licence, next);
  };
  return (
    <fieldset className="studio-fieldset" id={at} tabIndex={-1}>
      <legend>{name}</legend>
      <div className="choice">
        <input type="radio" id={`${at}-always`} name={`${at}-kind`} checked={!rule} onChange={() => setRule(licence, null)} />
        <label htmlFor={`${at}-always`}>{t('editor.always')}</label>
      </div>
      <div className="choice">
        <input type="radio" id={`${at}-when`} name={`${at}-kind`} checked={!!rule} onChange={() => setRule(licence, rule ?? { mode: 'all', conditions: [] })} />
        <label htmlFor={`${at}-when`}>{t('editor.whenAnswered')}</label>
      </div>
      {rule && (
        <div className="studio-option">
          {questions.map((question) => (
            <fieldset key={question.id} className="studio-fieldset">
              <legend>{t('editor.answersOf', { question: pick(question.text, i18n.language) || question.id })}</legend>
              {question.options.map((option) => {
                const id = `${at}-${question.id}-${option.id}`;
                const checked = rule.conditions.some((c) => c.question === question.id && c.answers.includes(option.id));
                return (
                  <div className="choice" key={option.id}>
                    <input type="checkbox" id={id} checked={checked} onChange={(e) => toggle(question.id, option.id, e.target.checked)} />
                    <label htmlFor={id}>{pick(option.text, i18n.language) || option.id}</label>
                  </div>
                );
              })}
            </fieldset>
          ))}
          {(['all', 'any'] as const).map((mode) => (
            <div className="choice" key={mode}>
              <input type="radio" id={`${at}-mode-${mode}`} name={`${at}-mode`} checked={rule.mode === mode} onChange={() => setRule(licence, { ...rule, mode })} />
              <label htmlFor={`${at}-mode-${mode}`}>{t(mode === 'all' ? 'editor.modeAll' : 'editor.modeAny')}</label>
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}

function newQuestion(existing: Question[]): Question {
  let n = existing.length + 1;
  while (existing.some((q) => q.id === `q${n}`)) n++;
  const id = `q${n}`;
  return { id, text: { th: '', en: '' }, multiple: false, options: [{ id: `${id}-a`, text: { th: 'ใช่', en: 'Yes' } }, { id: `${id}-b`, text: { th: 'ไม่ใช่', en: 'No' } }] };
}

function nextOptionId(question: Question): string {
  for (let n = 0; ; n++) {
    const id = `${question.id}-${n < 26 ? String.fromCharCode(97 + n) : `o${n}`}`;
    if (!question.options.some((o) => o.id === id)) return id;
  }
}
