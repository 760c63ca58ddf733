import type { LocalizedText } from '@bizportal/engine';
import { canonicalJson } from '@bizportal/common';
import type { BusinessTypeContent } from './business-type-rules';

export interface BusinessTypeDiff {
  /** Null when unchanged. */
  name: { from: LocalizedText; to: LocalizedText } | null;
  description: { from: LocalizedText | null; to: LocalizedText | null } | null;
  licences: { added: string[]; removed: string[] };
  /** Questions by id; `changes` names what changed in one: text, multiple, options (added, removed or reworded), position. */
  questions: { added: string[]; removed: string[]; changed: { id: string; changes: string[] }[] };
  /** Rules by licence slug. */
  rules: { added: string[]; removed: string[]; changed: string[] };
  identical: boolean;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** What changes from one version of a business type to another. */
export function diffBusinessTypes(from: BusinessTypeContent, to: BusinessTypeContent): BusinessTypeDiff {
  const fromQuestions = new Map(from.quiz.questions.map((q, i) => [q.id, { q, i }]));
  const toQuestions = new Map(to.quiz.questions.map((q, i) => [q.id, { q, i }]));
  const changed: { id: string; changes: string[] }[] = [];
  for (const [id, { q: b, i }] of toQuestions) {
    const before = fromQuestions.get(id);
    if (!before) continue;
    const a = before.q;
    const changes = [
      !same(a.text, b.text) && 'text',
      a.multiple !== b.multiple && 'multiple',
      !same(a.options, b.options) && 'options',
      before.i !== i && 'position',
    ].filter((c): c is string => Boolean(c));
    if (changes.length > 0) changed.push({ id, changes });
  }
  const fromRules = Object.keys(from.quiz.rules);
  const toRules = Object.keys(to.quiz.rules);
  const diff: BusinessTypeDiff = {
    name: same(from.name, to.name) ? null : { from: from.name, to: to.name },
    description: same(from.description, to.description) ? null : { from: from.description, to: to.description },
    licences: { added: to.licences.filter((l) => !from.licences.includes(l)), removed: from.licences.filter((l) => !to.licences.includes(l)) },
    questions: { added: [...toQuestions.keys()].filter((id) => !fromQuestions.has(id)), removed: [...fromQuestions.keys()].filter((id) => !toQuestions.has(id)), changed },
    rules: {
      added: toRules.filter((s) => !fromRules.includes(s)),
      removed: fromRules.filter((s) => !toRules.includes(s)),
      changed: toRules.filter((s) => fromRules.includes(s) && !same(from.quiz.rules[s], to.quiz.rules[s])),
    },
    identical: false,
  };
  diff.identical = same(from, to);
  return diff;
}
