import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import { apiErrors, sampleData, useSlugVersion } from './common';
import { simulate, useVersion, useVersionGraph, useVocabulary, type GraphTransition, type SimulatedEvent, type Simulation, type SimulationContext } from './data';

const ROLES = ['applicant', 'officer', 'approver', 'signer', 'system'] as const;
type Role = (typeof ROLES)[number];

type Step = {
  index: number;
  event: string;
  ok: boolean;
  from: string;
  to: string;
  as?: { roles?: string[] };
  effects?: { type: string; params: Record<string, unknown> }[];
  refusal?: { reason: string; httpStatus: number; message: string; allowed?: string[] };
};

/**
 * `/studio/licence-types/:slug/versions/:version/simulate`: events sent one at a time as a chosen role, from the
 * initial state (the whole list is run again each time: nothing is stored). It shows the events the current state
 * accepts (who may send each, its conditions), each step's effects, and each refusal with its reason.
 */
export default function SimulatorPage() {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const { slug, version } = useSlugVersion();
  const detail = useVersion(slug, version);
  const graph = useVersionGraph(slug, version, detail.data?.definition);
  const vocabulary = useVocabulary();
  const [role, setRole] = useState<Role>('applicant');
  const [context, setContext] = useState<SimulationContext>({ formComplete: true, documentsComplete: true, informationAnswered: true, kind: 'new' });
  const [events, setEvents] = useState<SimulatedEvent[]>([]);
  const [result, setResult] = useState<Simulation | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  if (detail.isPending || graph.isPending || vocabulary.isPending) return <Loading />;
  const failure = detail.error ?? graph.error ?? vocabulary.error;
  if (failure) return <Problem error={failure} />;
  const states = graph.data!.graph.states;
  const labelOf = (id: string) => {
    const s = states.find((x) => x.id === id);
    return s?.label ? pick(s.label, lang) : id;
  };
  const current = (result?.final.state as string | undefined) ?? graph.data!.graph.initial ?? '';
  const done = (result?.final.done as boolean | undefined) ?? false;
  const available = graph.data!.graph.transitions.filter((tr) => tr.from === current);

  const run = async (list: SimulatedEvent[], facts = context) => {
    setBusy(true);
    try {
      const answer = await simulate(slug, version, list, facts);
      setEvents(list);
      setResult(list.length ? answer : null);
      setErrors([]);
    } catch (error) {
      setErrors(apiErrors(error, lang, 'simulator-role'));
    } finally {
      setBusy(false);
    }
  };

  const send = (tr: GraphTransition) => {
    const spec = vocabulary.data!.events.find((e) => e.type === tr.event);
    const data = sampleData(spec?.dataSchema as never, tr.data);
    const event: SimulatedEvent = { type: tr.event, as: { roles: [role] }, ...(data ? { data } : {}), ...(comment.trim() || spec?.commentRequired ? { comment: comment.trim() || t('simulator.defaultComment') } : {}) };
    void run([...events, event]);
  };

  const steps = (result?.steps ?? []) as unknown as Step[];
  return (
    <>
      <BackLink to={`/studio/licence-types/${slug}/versions/${version}`}>{t('editor.back', { version })}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('simulator.title')} caption={t('editor.caption', { slug, version })} hasErrors={errors.length > 0} />
      <p>{t('simulator.lead')}</p>
      <div className="studio-columns">
        <div>
          <div className="form-group">
            <label htmlFor="simulator-role">{t('simulator.role')}</label>
            <select id="simulator-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`actors.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>{t('simulator.facts')}</legend>
            {(['formComplete', 'documentsComplete', 'informationAnswered'] as const).map((fact) => (
              <div className="choice" key={fact}>
                <input
                  type="checkbox"
                  id={`fact-${fact}`}
                  checked={context[fact] !== false}
                  onChange={(e) => {
                    const next = { ...context, [fact]: e.target.checked };
                    setContext(next);
                    if (events.length) void run(events, next);
                  }}
                />
                <label htmlFor={`fact-${fact}`}>{t(`simulator.factNames.${fact}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="form-group">
            <label htmlFor="simulator-comment">{t('simulator.comment')}</label>
            <span className="hint" id="simulator-comment-hint">
              {t('simulator.commentHint')}
            </span>
            <textarea id="simulator-comment" rows={2} aria-describedby="simulator-comment-hint" value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
        </div>
        <div>
          <h2 className="simulator-current" aria-live="polite" data-testid="simulator-current">
            {t('simulator.current', { state: labelOf(current) })}
            {done && <> · {t('simulator.done')}</>}
          </h2>
          {available.length === 0 ? (
            <p>{t('simulator.noEvents')}</p>
          ) : (
            <>
              <p>{t('simulator.available', { role: t(`actors.${role}`) })}</p>
              <ul className="simulator-events">
                {available.map((tr) => (
                  <li key={tr.id}>
                    <button type="button" className="button button--secondary" disabled={busy} onClick={() => send(tr)} data-event={tr.event} data-to={tr.to}>
                      {t('simulator.send', { event: tr.event, to: tr.to === tr.from ? t('graph.stays') : labelOf(tr.to) })}
                    </button>
                    <span className="hint">
                      {tr.senders.length > 0 && t('graph.senders', { roles: tr.senders.map((r) => t(`actors.${r}`, { defaultValue: r })).join(', ') })}
                      {tr.conditions.length > 0 && <> · {t('graph.conditions', { conditions: tr.conditions.join(', ') })}</>}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="button-group">
            <button type="button" className="button button--secondary" disabled={busy || events.length === 0} onClick={() => void run(events.slice(0, -1))}>
              {t('simulator.undo')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy || events.length === 0} onClick={() => void run([])}>
              {t('simulator.reset')}
            </button>
          </div>
        </div>
      </div>
      <h2>{t('simulator.steps')}</h2>
      {steps.length === 0 ? (
        <p>{t('simulator.noSteps')}</p>
      ) : (
        <ol className="simulator-steps" data-testid="simulator-steps">
          {steps.map((step) => (
            <li key={String(step.index)} className={step.ok ? 'simulator-step' : 'simulator-step simulator-step--refused'}>
              <p>
                <code>{step.event as string}</code> {t('simulator.as', { role: (step.as?.roles ?? []).map((r) => t(`actors.${r}`, { defaultValue: r })).join(', ') })}:{' '}
                {step.ok ? (
                  <strong>
                    {labelOf(step.from as string)} → {labelOf(step.to as string)}
                  </strong>
                ) : (
                  <strong className="simulator-refusal">{t('simulator.refused', { status: step.refusal?.httpStatus })}</strong>
                )}
              </p>
              {!step.ok && step.refusal && (
                <p className="simulator-reason">
                  {t(`simulator.reasons.${step.refusal.reason}`, { defaultValue: step.refusal.reason })}: {step.refusal.message}
                </p>
              )}
              {step.ok && (step.effects ?? []).length > 0 && (
                <p className="hint">
                  {t('simulator.effects')}: {(step.effects ?? []).map((e) => `${e.type}${e.params.template ? ` (${String(e.params.template)})` : e.params.fee ? ` (${String(e.params.fee)})` : ''}`).join(', ')}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {result && (
        <p>
          {t('simulator.totals', { accepted: result.accepted, refused: result.refused })}
        </p>
      )}
    </>
  );
}
