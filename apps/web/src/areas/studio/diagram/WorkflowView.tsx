import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowGraph } from '../data';
import type { Marks } from './marks';
import { StateList } from './StateList';

/** elkjs and @xyflow/react load with the first diagram, in their own chunk. */
const Diagram = lazy(() => import('./Diagram'));

/**
 * The list of states (first: on a phone it is what you read) and the diagram beside it on a wide screen, below it on a
 * narrow one; the diagram pans and zooms inside its frame.
 */
export function WorkflowView({ graph, problems, marks, title }: { graph: WorkflowGraph; problems?: Record<string, string[]>; marks?: Marks; title: string }) {
  const { t } = useTranslation('studio');
  return (
    <div className="workflow-view">
      <section className="workflow-view__list" aria-labelledby="workflow-list-title">
        <h2 id="workflow-list-title" className="heading-m">
          {t('graph.listTitle')}
        </h2>
        <StateList graph={graph} problems={problems} marks={marks} />
      </section>
      <section className="workflow-view__diagram" aria-labelledby="workflow-diagram-title">
        <h2 id="workflow-diagram-title" className="heading-m">
          {t('graph.diagramTitle')}
        </h2>
        <p className="hint">{t('graph.diagramHint')}</p>
        <Legend marks={!!marks} />
        <Suspense fallback={<div className="diagram diagram--loading" aria-busy="true" />}>
          <Diagram graph={graph} problems={problems} marks={marks} label={t('graph.diagramLabel', { title })} />
        </Suspense>
      </section>
    </div>
  );
}

function Legend({ marks }: { marks: boolean }) {
  const { t } = useTranslation('studio');
  const colours = ['blue', 'yellow', 'purple', 'orange', 'turquoise', 'green', 'red', 'grey'] as const;
  return (
    <ul className="diagram-legend">
      {colours.map((c) => (
        <li key={c} className={`status-colour--${c}`}>
          {t(`legend.${c}`)}
        </li>
      ))}
      {marks &&
        (['added', 'removed', 'changed'] as const).map((m) => (
          <li key={m} className={`diagram-legend__mark diagram-legend__mark--${m}`}>
            {t(`diff.marks.${m}`)}
          </li>
        ))}
    </ul>
  );
}
