import { useTranslation } from 'react-i18next';
import { pick } from '../../../lib/format';
import type { WorkflowGraph } from '../data';
import { statusColour, transitionKey, type Marks } from './marks';

/**
 * The workflow in words, beside the diagram (which alone is not accessible): each state with its status, who acts,
 * SLA days, its problems and diff mark, and each transition: event, who may send it, conditions, where it leads.
 */
export function StateList({ graph, problems = {}, marks, id }: { graph: WorkflowGraph; problems?: Record<string, string[]>; marks?: Marks; id?: string }) {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const labelOf = (stateId: string) => {
    const state = graph.states.find((s) => s.id === stateId);
    return state?.label ? pick(state.label, lang) : stateId;
  };
  if (graph.states.length === 0) return <p className="hint">{t('graph.empty')}</p>;
  return (
    <ol className="state-list" id={id}>
      {graph.states.map((state) => {
        const stateProblems = problems[state.id] ?? [];
        const mark = marks?.states[state.id];
        const outgoing = graph.transitions.filter((tr) => tr.from === state.id);
        return (
          <li key={state.id} className={`state-list__state status-colour--${statusColour(state.status)}${mark ? ` state-list__state--${mark}` : ''}`} data-state={state.id}>
            <h3 className="state-list__title">
              {state.label ? pick(state.label, lang) : state.id} <code>{state.id}</code>
            </h3>
            <p className="state-list__facts">
              {state.status ? t(`statuses.${state.status}`, { defaultValue: state.status }) : t('graph.noStatus')}
              {state.initial && <> · {t('graph.initial')}</>}
              {state.final && <> · {t('graph.final')}</>}
              {state.actor && <> · {t('graph.actor', { actor: t(`actors.${state.actor}`, { defaultValue: state.actor }) })}</>}
              {state.slaDays != null && <> · {t('graph.sla', { count: state.slaDays })}</>}
              {mark && (
                <>
                  {' '}
                  <strong className={`diff-tag diff-tag--${mark}`}>{t(`diff.marks.${mark}`)}</strong>
                </>
              )}
            </p>
            {stateProblems.length > 0 && (
              <ul className="state-list__problems">
                {stateProblems.map((p) => (
                  <li key={p}>
                    <span className="visually-hidden">{t('graph.problem')}: </span>
                    {p}
                  </li>
                ))}
              </ul>
            )}
            {outgoing.length > 0 && (
              <ul className="state-list__transitions">
                {outgoing.map((tr) => {
                  const trMark = marks?.transitions[transitionKey(tr)];
                  return (
                    <li key={`${tr.id}>${tr.to}`} className={trMark ? `state-list__transition--${trMark}` : undefined}>
                      <code>{tr.event}</code> → {tr.to === tr.from ? t('graph.stays') : labelOf(tr.to)}
                      {tr.dangling && <> ({t('graph.dangling')})</>}
                      {tr.senders.length > 0 && <> · {t('graph.senders', { roles: tr.senders.map((r) => t(`actors.${r}`, { defaultValue: r })).join(', ') })}</>}
                      {tr.conditions.length > 0 && <> · {t('graph.conditions', { conditions: tr.conditions.join(', ') })}</>}
                      {trMark && (
                        <>
                          {' '}
                          <strong className={`diff-tag diff-tag--${trMark}`}>{t(`diff.marks.${trMark}`)}</strong>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
