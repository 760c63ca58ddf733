import type { FieldProblem } from '@bizportal/common';
import type { LocalizedText } from '@bizportal/engine';

export interface QuizQuestion {
  id: string;
  text: LocalizedText;
  multiple: boolean;
  options: { id: string; text: LocalizedText }[];
}

export interface QuizRule {
  mode: 'any' | 'all';
  conditions: { question: string; answers: string[] }[];
}

export interface Quiz {
  questions: QuizQuestion[];
  rules: Record<string, QuizRule>;
}

export type QuizAnswers = Record<string, string | string[]>;

/** Problems with answers: unknown questions, options that are not the question's, several answers to a one-answer question. */
export function quizAnswerProblems(quiz: Quiz, answers: QuizAnswers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  for (const [questionId, given] of Object.entries(answers)) {
    const field = `answers.${questionId}`;
    const question = questions.get(questionId);
    if (!question) {
      problems.push({ field, problem: `is not a question of this quiz (questions: ${[...questions.keys()].join(', ')})` });
      continue;
    }
    const chosen = Array.isArray(given) ? given : [given];
    if (chosen.some((a) => typeof a !== 'string')) {
      problems.push({ field, problem: 'must be an option id or a list of option ids' });
      continue;
    }
    const optionIds = question.options.map((o) => o.id);
    for (const answer of chosen) {
      if (!optionIds.includes(answer)) problems.push({ field, problem: `'${answer}' is not one of the options: ${optionIds.join(', ')}` });
    }
    if (!question.multiple && chosen.length > 1) problems.push({ field, problem: 'takes one answer only' });
  }
  return problems;
}

/**
 * The licences a business needs given the answers: a licence with a rule is needed when its
 * conditions hold ('all' or 'any' of them); a licence without a rule is needed by every such business.
 */
export interface NeededLicence {
  slug: string;
  reason: 'always' | 'answers';
}

export function licencesNeeded(licences: string[], quiz: Quiz, answers: QuizAnswers): NeededLicence[] {
  const chosen = (questionId: string) => {
    const given = answers[questionId];
    return given === undefined ? [] : Array.isArray(given) ? given : [given];
  };
  const holds = (condition: QuizRule['conditions'][number]) => chosen(condition.question).some((a) => condition.answers.includes(a));
  return licences.flatMap((slug): NeededLicence[] => {
    const rule = Object.hasOwn(quiz.rules, slug) ? quiz.rules[slug] : undefined;
    if (!rule) return [{ slug, reason: 'always' }];
    const needed = rule.mode === 'all' ? rule.conditions.every(holds) : rule.conditions.some(holds);
    return needed ? [{ slug, reason: 'answers' }] : [];
  });
}

/** Search text folded so that Thai matches without word spaces and Latin without case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

type QuizCondition = QuizRule['conditions'][number];

/**
 * The questions asked only after an earlier answer, with the conditions that open each (one list per
 * rule that uses it): every rule naming the question needs *all* its conditions and also names earlier
 * questions. Any other question is always asked. The web app's quiz (apps/web/src/areas/public/
 * quiz-logic.ts, `followUpConditions`) shows questions by the same rule, so the validator below and
 * the page agree on what is asked.
 */
export function followUpGates(quiz: Quiz): Map<string, QuizCondition[][]> {
  const order = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const result = new Map<string, QuizCondition[][]>();
  for (const question of quiz.questions) {
    const at = order.get(question.id)!;
    const rules = Object.values(quiz.rules).filter((r) => r.conditions.some((c) => c.question === question.id));
    if (rules.length === 0) continue;
    const gates = rules.map((r) => (r.mode === 'all' ? r.conditions.filter((c) => (order.get(c.question) ?? Infinity) < at) : []));
    if (gates.some((g) => g.length === 0)) continue;
    result.set(question.id, gates);
  }
  return result;
}

/** How many sets of conditions a reachability check expands before it gives up and assumes they can hold. */
const EXPANSION_LIMIT = 2000;

/**
 * Whether some answers make every condition hold with each question they name actually asked: each
 * condition's question must be shown (its own gates expanded, recursively), and the conditions on one
 * single-answer question must share an option. Conditions on a question that takes several answers
 * always fit together.
 */
export function conditionsCanHold(quiz: Quiz, conditions: QuizCondition[], gates = followUpGates(quiz)): boolean {
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  let budget = EXPANSION_LIMIT;
  const consistent = (set: QuizCondition[]): boolean => {
    const allowed = new Map<string, Set<string>>();
    for (const c of set) {
      const question = questions.get(c.question);
      if (!question) return false;
      const named = new Set(c.answers.filter((a) => question.options.some((o) => o.id === a)));
      if (named.size === 0) return false;
      if (question.multiple) continue;
      const before = allowed.get(c.question);
      const now = before ? new Set([...before].filter((a) => named.has(a))) : named;
      if (now.size === 0) return false;
      allowed.set(c.question, now);
    }
    return true;
  };
  // Depth-first: open the first condition whose question is gated and not yet opened, one gate at a time.
  const search = (set: QuizCondition[], opened: Set<string>): boolean => {
    if (--budget < 0) return true;
    if (!consistent(set)) return false;
    const next = set.find((c) => gates.has(c.question) && !opened.has(c.question));
    if (!next) return true;
    const nowOpened = new Set(opened).add(next.question);
    return gates.get(next.question)!.some((gate) => search([...set, ...gate], nowOpened));
  };
  return search(conditions, new Set());
}

/** The questions no answers can open, and the licences whose rule no answers can satisfy. */
export function quizReachability(quiz: Quiz): { unreachableQuestions: string[]; impossibleRules: string[] } {
  const gates = followUpGates(quiz);
  const unreachableQuestions = quiz.questions
    .filter((q) => gates.has(q.id) && !gates.get(q.id)!.some((gate) => conditionsCanHold(quiz, gate, gates)))
    .map((q) => q.id);
  const impossibleRules = Object.entries(quiz.rules)
    .filter(([, rule]) =>
      rule.mode === 'all' ? !conditionsCanHold(quiz, rule.conditions, gates) : !rule.conditions.some((c) => conditionsCanHold(quiz, [c], gates)),
    )
    .map(([slug]) => slug);
  return { unreachableQuestions, impossibleRules };
}
