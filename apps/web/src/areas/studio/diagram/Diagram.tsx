import { Background, Controls, Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import ELK from 'elkjs/lib/elk.bundled.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../lib/format';
import type { GraphState, WorkflowGraph } from '../data';
import { statusColour, transitionKey, type Marks } from './marks';

const elk = new ELK();
const WIDTH = 210;
const HEIGHT = 86;

type StateData = { state: GraphState; problems: number; mark: string | null; loops: number };
type StateNode = Node<StateData, 'state'>;

function StateBox({ data }: NodeProps<StateNode>) {
  const { t, i18n } = useTranslation('studio');
  const { state, problems, mark, loops } = data;
  const className = ['diagram-node', `status-colour--${statusColour(state.status)}`, mark ? `diagram-node--${mark}` : '', problems ? 'diagram-node--problem' : '', state.final ? 'diagram-node--final' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-state={state.id}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <strong className="diagram-node__label">{state.label ? pick(state.label, i18n.language) : state.id}</strong>
      <span className="diagram-node__meta">
        {state.status ? t(`statuses.${state.status}`, { defaultValue: state.status }) : t('graph.noStatus')}
        {state.slaDays != null && <> · {t('graph.sla', { count: state.slaDays })}</>}
      </span>
      {mark && <span className="diagram-node__mark">{t(`diff.marks.${mark}`)}</span>}
      {problems > 0 && <span className="diagram-node__problems">⚠ {t('graph.problemCount', { count: problems })}</span>}
      {loops > 0 && !problems && !mark && <span className="diagram-node__loops">{t('graph.loops', { count: loops })}</span>}
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

const nodeTypes = { state: StateBox };

/**
 * Where the diagram starts: its top (the first step) in view, across the frame's width, at a size that can be read
 * (never under 55 %; wider graphs are panned sideways) rather than the whole graph shrunk to fit.
 */
function startingView(nodes: StateNode[], width: number) {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  const left = Math.min(...nodes.map((n) => n.position.x));
  const right = Math.max(...nodes.map((n) => n.position.x + WIDTH));
  const zoom = Math.max(0.55, Math.min(1, (width - 32) / (right - left)));
  return { x: Math.max(16, (width - (right - left) * zoom) / 2) - left * zoom, y: 16, zoom };
}

export interface DiagramProps {
  graph: WorkflowGraph;
  /** Problems by state (the preview's byState). */
  problems?: Record<string, string[]>;
  marks?: Marks;
  /** What the diagram shows, for screen readers (the list beside it says it in full). */
  label: string;
}

/**
 * The workflow as a diagram: elkjs lays the states out (layered, top to bottom), @xyflow/react draws them, pannable and
 * zoomable, each state coloured by its status with its SLA days, problems and diff mark. Events that keep the state are
 * counted on it, not drawn. Redrawn whenever the graph changes.
 */
export default function Diagram({ graph, problems = {}, marks, label }: DiagramProps) {
  const [laid, setLaid] = useState<{ key: string; nodes: StateNode[] } | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation('studio');

  const edges = useMemo<Edge[]>(() => {
    const pairs = new Map<string, { from: string; to: string; events: string[]; mark: string | null; dangling: boolean }>();
    for (const tr of graph.transitions) {
      if (tr.from === tr.to) continue;
      const key = `${tr.from}->${tr.to}`;
      const pair = pairs.get(key) ?? { from: tr.from, to: tr.to, events: [], mark: null, dangling: tr.dangling };
      if (!pair.events.includes(tr.event)) pair.events.push(tr.event);
      const mark = marks?.transitions[transitionKey(tr)];
      if (mark) pair.mark = pair.mark && pair.mark !== mark ? 'changed' : mark;
      pairs.set(key, pair);
    }
    return [...pairs.entries()]
      .filter(([, p]) => !p.dangling)
      .map(([id, p]) => ({
        id,
        source: p.from,
        target: p.to,
        label: p.events.join(', '),
        type: 'smoothstep',
        className: p.mark ? `diagram-edge--${p.mark}` : undefined,
        focusable: false,
      }));
  }, [graph, marks]);

  const layoutKey = JSON.stringify([graph.states.map((s) => s.id), edges.map((e) => e.id)]);
  useEffect(() => {
    let stale = false;
    const ids = new Set(graph.states.map((s) => s.id));
    elk
      .layout({
        id: 'root',
        layoutOptions: {
          'elk.algorithm': 'layered',
          'elk.direction': 'DOWN',
          'elk.layered.spacing.nodeNodeBetweenLayers': '70',
          'elk.spacing.nodeNode': '40',
          'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        },
        children: graph.states.map((s) => ({ id: s.id, width: WIDTH, height: HEIGHT })),
        edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
      })
      .then((result) => {
        if (stale) return;
        const at = new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
        setFailed(false);
        setLaid({
          key: layoutKey,
          nodes: graph.states.map((state) => ({
            id: state.id,
            type: 'state',
            position: at.get(state.id) ?? { x: 0, y: 0 },
            data: {
              state,
              problems: problems[state.id]?.length ?? 0,
              mark: marks?.states[state.id] ?? null,
              loops: graph.transitions.filter((tr) => tr.from === state.id && tr.to === state.id).length,
            },
            width: WIDTH,
            height: HEIGHT,
          })),
        });
      })
      .catch(() => !stale && setFailed(true));
    return () => {
      stale = true;
    };
    // Laid out again when the states or edges change; the node contents follow the graph below.
  }, [layoutKey, graph, problems, marks, edges]);

  if (failed) return <p className="hint">{t('graph.layoutFailed')}</p>;
  if (!laid) return <div className="diagram diagram--loading" aria-busy="true" ref={frame} />;
  return (
    <div className="diagram" role="group" aria-label={label} ref={frame}>
      <ReactFlow
        key={laid.key}
        nodes={laid.nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        defaultViewport={startingView(laid.nodes, frame.current?.clientWidth ?? 600)}
        minZoom={0.15}
        maxZoom={1.5}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        zoomOnScroll={false}
        preventScrolling={false}
        panOnScroll={false}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
