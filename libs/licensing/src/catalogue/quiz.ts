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
