import { describeGuard } from './graph';
import { eventTypesOf, transitionsOf } from './normalize';
import type { GuardRef, MachineConfig } from './types';

export interface MermaidOptions {
  /** Layout direction; Mermaid's default (top to bottom) when omitted. */
  direction?: 'TB' | 'LR';
}

/**
 * A Mermaid `stateDiagram-v2` of a workflow machine (expanded, flat): one box per state with its
 * Thai/English label, `[*] --> initial`, final states `--> [*]`, and one edge per transition
 * labelled with the event word, the role that may send it and, where a branch depends on it,
 * the condition (`RECORD_INSPECTION (officer) [result = pass]`).
 *
 * Mermaid's state-diagram grammar is fragile around user text, so:
 * - state ids keep only [A-Za-z0-9_], never start with a digit or a keyword (`default…`, `state`,
 *   `note`, `class`, `direction`, …) and stay unique;
 * - labels are written with Mermaid entity codes (`#quot;`, `#58;`, …) for every character the
 *   lexer treats specially: quotes end a state description, `:` and `;` end an edge label, `#`
 *   and `%%` start comments, `<<fork>>`/`[[choice]]` and `direction LR` are keywords anywhere on a
 *   line, and `<`, `>`, `&` would be read as HTML.
 */
export function toMermaid(machine: MachineConfig, options: MermaidOptions = {}): string {
  const ids = stateIds(Object.keys(machine.states));
  const lines = ['stateDiagram-v2'];
  if (options.direction) lines.push(`  direction ${options.direction}`);
  for (const [name, config] of Object.entries(machine.states)) {
    const label = config.meta?.label ? `${config.meta.label.th} / ${config.meta.label.en}` : name;
    lines.push(`  state "${escapeMermaid(label)}" as ${ids.get(name)}`);
  }
  if (ids.has(machine.initial)) lines.push(`  [*] --> ${ids.get(machine.initial)}`);
  for (const name of Object.keys(machine.states)) {
    for (const event of eventTypesOf(machine, name)) {
      for (const t of transitionsOf(machine, name, event)) {
        const target = t.target ?? name;
        if (!ids.has(target)) continue;
        lines.push(`  ${ids.get(name)} --> ${ids.get(target)} : ${escapeMermaid(edgeLabel(event, t.guard))}`);
      }
    }
  }
  for (const [name, config] of Object.entries(machine.states)) {
    if (config.type === 'final') lines.push(`  ${ids.get(name)} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}

/** `EVENT (role, role) [condition; condition]` from the transition's guard. */
function edgeLabel(event: string, guard: GuardRef | undefined): string {
  const { senders, conditions } = describeGuard(guard);
  return [event, senders.length > 0 ? `(${senders.join(', ')})` : '', conditions.length > 0 ? `[${conditions.join(', ')}]` : '']
    .filter(Boolean)
    .join(' ');
}

const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  ':': '#58;',
  ';': '#59;',
  '%': '#37;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '{': '#123;',
  '}': '#125;',
  '`': '#96;',
};

/** Text safe inside a Mermaid state description or after an edge's ` : `, shown as written. */
export function escapeMermaid(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#":;%<>&{}`]/g, (c) => ENTITIES[c])
    // `[[fork]]`, `[[choice]]`: break every double bracket.
    .replace(/\[(?=\[)/g, '#91;')
    .replace(/\](?=\])/g, '#93;')
    // `direction LR` anywhere on a line is read as a layout statement.
    .replace(/(d)(irection\s+(?:tb|bt|rl|lr))/gi, (_m, d: string, rest: string) => `#${d.charCodeAt(0)};${rest}`);
}

/**
 * Ids the state-diagram lexer would read as keywords: `default` even as a prefix (its rule needs no
 * space after it), the others as whole words.
 */
const RESERVED = /^(default.*|state|note|class|classdef|style|scale|direction|end|hide|statediagram(-v2)?|acctitle|accdescr|click)$/i;

function stateIds(names: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    let id = name.replace(/[^A-Za-z0-9_]/g, '_');
    if (id === '' || /^[0-9]/.test(id) || RESERVED.test(id)) id = `s_${id}`;
    // `…direction` at the end of a line followed by a line starting `TB`/`LR` reads as a direction.
    if (/direction$/i.test(id)) id = `${id}_`;
    let unique = id;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${id}_${n}`;
    taken.add(unique.toLowerCase());
    ids.set(name, unique);
  }
  return ids;
}
