/**
 * The Smart Quiz in the browser: which questions to ask, what is missing, and keeping answers across
 * Back, reloads and the plan page (the URL carries them; sessionStorage keeps them per business).
 * The quiz itself comes from GET /api/v1/businesses/:slug (libs/licensing/src/catalogue/quiz.ts).
 */
export interface QuizText {
  th: string;
  en: string;
}
export interface QuizQuestion {
  id: string;
  text: QuizText;
  multiple: boolean;
  options: { id: string; text: QuizText }[];
  /** Help under the question, when the catalogue gives one. */
  hint?: QuizText;
}
export interface QuizCondition {
  question: string;
  answers: string[];
}
export interface QuizRule {
  mode: 'any' | 'all';
  conditions: QuizCondition[];
}
export interface QuizDefinition {
  questions: QuizQuestion[];
  rules: Record<string, QuizRule>;
}
export type QuizAnswers = Record<string, string | string[]>;

export function chosen(answers: QuizAnswers, questionId: string): string[] {
  const given = answers[questionId];
  return given === undefined ? [] : Array.isArray(given) ? given : [given];
}

/**
 * A question asked only after another answer: every rule that uses it needs *all* its conditions and
 * also names earlier questions (restaurant: "which foods do you produce?" matters only if "do you produce
 * food?" was answered yes). Such a question is shown when, for one of those rules, the earlier
 * conditions hold. Any other question is always asked.
 */
export function followUpConditions(quiz: QuizDefinition): Map<string, QuizCondition[][]> {
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

/** The questions to ask given the answers so far, in order; a hidden question's answer does not open later ones. */
export function visibleQuestions(quiz: QuizDefinition, answers: QuizAnswers): QuizQuestion[] {
  const gates = followUpConditions(quiz);
  const shown = new Set<string>();
  const holds = (c: QuizCondition) => shown.has(c.question) && chosen(answers, c.question).some((a) => c.answers.includes(a));
  for (const question of quiz.questions) {
    const gate = gates.get(question.id);
    if (!gate || gate.some((conditions) => conditions.every(holds))) shown.add(question.id);
  }
  return quiz.questions.filter((q) => shown.has(q.id));
}

/** The answers to send: only those of questions still asked, and only options the question has. */
export function answersToSend(quiz: QuizDefinition, answers: QuizAnswers): QuizAnswers {
  const out: QuizAnswers = {};
  for (const question of visibleQuestions(quiz, answers)) {
    const valid = chosen(answers, question.id).filter((a) => question.options.some((o) => o.id === a));
    if (valid.length === 0) continue;
    out[question.id] = question.multiple ? valid : valid[0];
  }
  return out;
}

/** The questions still asked but not answered. */
export function unanswered(quiz: QuizDefinition, answers: QuizAnswers): QuizQuestion[] {
  const sent = answersToSend(quiz, answers);
  return visibleQuestions(quiz, answers).filter((q) => !(q.id in sent));
}

/** Answers in a query string: `q1=q1-a&q4=q4-a&q4=q4-c`, ordered so the same answers give the same URL. */
export function answersToSearch(answers: QuizAnswers): string {
  const params = new URLSearchParams();
  for (const id of Object.keys(answers).sort()) for (const a of chosen(answers, id)) params.append(id, a);
  return params.toString();
}

/** Reads answers back from a query string; several values of one question make a list. */
export function answersFromSearch(search: string | URLSearchParams): QuizAnswers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: QuizAnswers = {};
  for (const id of new Set(params.keys())) {
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(id) || id === '__proto__') continue;
    const values = params.getAll(id).filter((v) => /^[A-Za-z0-9_-]{1,60}$/.test(v));
    if (values.length === 1) out[id] = values[0];
    else if (values.length > 1) out[id] = values;
  }
  return out;
}

const storageKey = (business: string) => `bizportal.quiz.${business}`;

export function savedAnswers(business: string): QuizAnswers {
  try {
    const raw = sessionStorage.getItem(storageKey(business));
    return raw ? answersFromSearch(raw) : {};
  } catch {
    return {};
  }
}

export function saveAnswers(business: string, answers: QuizAnswers): void {
  try {
    sessionStorage.setItem(storageKey(business), answersToSearch(answers));
  } catch {
    // Private browsing without storage: the URL still carries the answers.
  }
}
