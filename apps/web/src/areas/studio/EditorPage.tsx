import { lazy, Suspense, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { apiErrors, PreviewSummary, TemplateParamsFields, useSlugVersion } from './common';
import { editableDefinition, templateOf, useCreateVersion, useDefinitionSchema, useLivePreview, useVersion, useVocabulary, type Definition } from './data';
import { WorkflowView } from './diagram/WorkflowView';

/** CodeMirror and its JSON Schema support load with the editor, in their own chunk. */
const JsonEditor = lazy(() => import('./editor/JsonEditor'));

type Mode = 'json' | 'params';

/**
 * `/studio/licence-types/:slug/versions/:version/edit`: a new draft starting from version `:version`. The definition is
 * edited as JSON (CodeMirror: lint against the definition's schema, completion of guards, actions, event words and
 * states) or, when its machine comes from a template, as a form of the template's parameters; either way the diagram
 * and the problems are redrawn as you type (the preview, debounced). Saving stores it as the next version, a draft.
 */
export default function EditorPage() {
  const { slug, version } = useSlugVersion();
  const source = useVersion(slug, version);
  const vocabulary = useVocabulary();
  const schema = useDefinitionSchema();
  if (source.isPending || vocabulary.isPending || schema.isPending) return <Loading />;
  const error = source.error ?? vocabulary.error ?? schema.error;
  if (error) return <Problem error={error} />;
  return <Editor slug={slug} from={version} start={editableDefinition(source.data!.definition)} />;
}

function Editor({ slug, from, start }: { slug: string; from: number; start: Definition }) {
  const { t, i18n } = useTranslation('studio');
  const navigate = useNavigate();
  const vocabulary = useVocabulary().data!;
  const schema = useDefinitionSchema().data!;
  const save = useCreateVersion(slug);
  const [definition, setDefinition] = useState<Definition>(start);
  const [text, setText] = useState(() => JSON.stringify(start, null, 2));
  const [textBroken, setTextBroken] = useState(false);
  // The editor is made again (with the definition's text) when the form changed it.
  const [editorGeneration, setEditorGeneration] = useState(0);
  const template = templateOf(definition);
  const [mode, setMode] = useState<Mode>(template ? 'params' : 'json');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const live = useLivePreview(definition, slug);
  const templateSpec = template ? vocabulary.templates.find((x) => x.name === template.name) : undefined;

  const onText = (next: string) => {
    setText(next);
    try {
      const parsed = JSON.parse(next) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        setDefinition(parsed as Definition);
        setTextBroken(false);
        return;
      }
    } catch {
      // Not JSON yet: the editor's lint shows where; the last good definition stays drawn.
    }
    setTextBroken(true);
  };

  const setParams = (params: Record<string, unknown>) => {
    const next = { ...definition, machine: { template: template!.name, params } };
    setDefinition(next);
    setText(JSON.stringify(next, null, 2));
    setEditorGeneration((g) => g + 1);
  };

  const switchTo = (next: Mode) => {
    if (next === 'json') setEditorGeneration((g) => g + 1);
    setMode(next);
  };

  const submit = async () => {
    if (textBroken) {
      setErrors([{ field: 'definition-editor', message: t('editor.brokenJson') }]);
      return;
    }
    try {
      const created = await save.mutateAsync(definition);
      navigate(`/studio/licence-types/${slug}/versions/${created.version}`, { state: { created: true } });
    } catch (error) {
      setErrors(apiErrors(error, i18n.language, mode === 'json' ? 'definition-editor' : 'editor-save'));
    }
  };

  const problems = live.preview?.byState ?? {};
  const stateProblems = useMemo(() => Object.values(problems).reduce((n, l) => n + l.length, 0), [problems]);
  return (
    <>
      <BackLink to={`/studio/licence-types/${slug}/versions/${from}`}>{t('editor.back', { version: from })}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('editor.title')} caption={t('editor.caption', { slug, version: from })} hasErrors={errors.length > 0} />
      <p>{t('editor.lead')}</p>
      {template && (
        <div className="mode-switch" role="group" aria-label={t('editor.modeLabel')}>
          <button type="button" id="editor-mode-params" className={`button ${mode === 'params' ? '' : 'button--secondary'}`} aria-pressed={mode === 'params'} onClick={() => switchTo('params')}>
            {t('editor.modeParams')}
          </button>
          <button type="button" id="editor-mode-json" className={`button ${mode === 'json' ? '' : 'button--secondary'}`} aria-pressed={mode === 'json'} onClick={() => switchTo('json')}>
            {t('editor.modeJson')}
          </button>
        </div>
      )}
      <div className="studio-columns">
        <div>
          {mode === 'params' && template && templateSpec ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void submit();
              }}
            >
              <h2>{t('editor.paramsTitle', { template: t(`templates.${template.name}`, { defaultValue: template.name }) })}</h2>
              <p className="hint">{templateSpec.description}</p>
              <TemplateParamsFields schema={templateSpec.paramsSchema} params={template.params} onChange={setParams} />
              <div className="form-group">
                <label htmlFor="processing-days">{t('editor.processingDays')}</label>
                <span className="hint">{t('editor.processingDaysHint')}</span>
                <input
                  id="processing-days"
                  type="text"
                  inputMode="numeric"
                  value={definition.processingDays == null ? '' : String(definition.processingDays)}
                  onChange={(e) => {
                    const raw = e.target.value.trim();
                    const next = { ...definition, processingDays: raw === '' ? null : /^\d+$/.test(raw) ? Number(raw) : raw };
                    setDefinition(next);
                    setText(JSON.stringify(next, null, 2));
                    setEditorGeneration((g) => g + 1);
                  }}
                />
              </div>
              <button id="editor-save" className="button" type="submit" disabled={save.isPending}>
                {t('editor.save')}
              </button>
            </form>
          ) : (
            <div>
              <h2 id="definition-editor-title">{t('editor.jsonTitle')}</h2>
              <p className="hint" id="definition-editor-hint">
                {t('editor.jsonHint')}
              </p>
              {textBroken && (
                <p className="error-message" role="status">
                  {t('editor.brokenJson')}
                </p>
              )}
              <div id="definition-editor" tabIndex={-1}>
                <Suspense fallback={<Loading />}>
                  <JsonEditor key={editorGeneration} initial={text} schema={schema} vocabulary={vocabulary} onChange={onText} label={t('editor.jsonTitle')} describedBy="definition-editor-hint" />
                </Suspense>
              </div>
              <button className="button" type="button" disabled={save.isPending} onClick={() => void submit()}>
                {t('editor.save')}
              </button>
            </div>
          )}
        </div>
        <div>
          <h2>{t('preview.title')}</h2>
          {live.error && <Problem error={live.error} />}
          {live.preview ? <PreviewSummary valid={live.preview.valid} general={live.preview.general} stateProblems={stateProblems} pending={live.pending} /> : <Loading />}
        </div>
      </div>
      {live.preview && <WorkflowView graph={live.preview.graph} problems={problems} title={t('editor.title')} />}
    </>
  );
}
