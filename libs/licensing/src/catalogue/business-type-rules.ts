import type { FieldProblem } from '@bizportal/common';
import type { LocalizedText } from '@bizportal/engine';
import { quizReachability, type Quiz } from './quiz';

/**
 * A business type as officials edit it and as `workflows/businesses.json` writes it: names, an optional
 * description, the licences such a business may need and its Smart Quiz. One validator for both: the
 * files at start (`loadWorkflowFiles`, `npm run workflows:check`) and the admin API (saving a draft
 * needs the shape; publishing needs no problem at all).
 */
export interface BusinessTypeContent {
  name: LocalizedText;
  description: LocalizedText | null;
  licences: string[];
  quiz: Quiz;
  /** Kept from the research catalogue for seeded types; not edited through the API. */
  bizPortalGroup?: string;
  sources?: string[];
  notes?: string;
}

/** What the validator needs to know of a licence slug: a published licence type, one with drafts only, or none. */
export type LicenceStanding = 'published' | 'unpublished' | 'unknown';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The web app reads answers back from the URL with these patterns (quiz-logic.ts `answersFromSearch`). */
export const QUESTION_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
export const OPTION_ID_PATTERN = /^[A-Za-z0-9_-]{1,60}$/;
/** Keys the request pipeline refuses anywhere in a body (FORBIDDEN_KEY): answers are keyed by question id. */
const FORBIDDEN_IDS = new Set(['__proto__', 'constructor', 'prototype']);

export const BUSINESS_TYPE_LIMITS = {
  slug: 80,
  name: 300,
  description: 2000,
  licences: 100,
  questions: 50,
  questionText: 500,
  options: 50,
  optionText: 300,
  rules: 100,
  conditions: 20,
} as const;

const FILE_ONLY_FIELDS = ['bizPortalGroup', 'sources', 'notes'];
const CONTENT_FIELDS = ['name', 'description', 'licences', 'quiz'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A control character other than line feed (descriptions may have lines). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;

/** Text officials write: trimmed, NFC, at least one visible character, no control characters, at most `max` characters. */
function textProblem(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return 'must be text';
  const text = value.normalize('NFC').trim();
  if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(text)) return 'must not be empty';
  if (CONTROL.test(text)) return 'must not contain control characters';
  if ([...text].length > max) return `must be at most ${max} characters`;
  return null;
}

/**
 * Problems of shape: types, identifiers, lengths, unknown fields. A draft must pass these to be stored
 * (400 BUSINESS_TYPE_CONTENT_INVALID); everything else is a problem of content, reported by
 * `businessTypeProblems` and refused only at publication.
 */
export function businessTypeShapeProblems(raw: unknown, options: { fileEntry?: boolean } = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, problem: string) => problems.push({ field, problem });
  const localized = (field: string, value: unknown, max: number) => {
    if (!isObject(value)) return add(field, 'must be an object {th, en}');
    for (const key of Object.keys(value)) if (key !== 'th' && key !== 'en') add(`${field}.${key}`, 'is not a field (th and en only)');
    for (const lang of ['th', 'en'] as const) {
      const problem = textProblem(value[lang], max);
      if (problem) add(`${field}.${lang}`, problem);
    }
  };
  const slug = (field: string, value: unknown) => {
    if (typeof value !== 'string' || !SLUG_PATTERN.test(value) || value.length > BUSINESS_TYPE_LIMITS.slug) {
      add(field, `must be a slug: lower-case letters, digits and single hyphens, at most ${BUSINESS_TYPE_LIMITS.slug} characters`);
    }
  };
  const list = (field: string, value: unknown, max: number, min = 0): value is unknown[] => {
    if (!Array.isArray(value)) {
      add(field, 'must be a list');
      return false;
    }
    if (value.length > max) add(field, `must have at most ${max} entries`);
    if (value.length < min) add(field, `must have at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
    return true;
  };

  if (!isObject(raw)) return [{ field: 'content', problem: 'must be an object {name, description, licences, quiz}' }];
  const allowed = options.fileEntry ? [...CONTENT_FIELDS, ...FILE_ONLY_FIELDS, 'slug'] : CONTENT_FIELDS;
  for (const key of Object.keys(raw)) if (!allowed.includes(key)) add(key, `is not a field (${allowed.join(', ')})`);
  localized('name', raw.name, BUSINESS_TYPE_LIMITS.name);
  if (raw.description !== undefined && raw.description !== null) localized('description', raw.description, BUSINESS_TYPE_LIMITS.description);
  if (list('licences', raw.licences, BUSINESS_TYPE_LIMITS.licences)) raw.licences.forEach((s, i) => slug(`licences.${i}`, s));
  if (options.fileEntry) {
    if (raw.bizPortalGroup !== undefined && typeof raw.bizPortalGroup !== 'string') add('bizPortalGroup', 'must be text');
    if (raw.notes !== undefined && typeof raw.notes !== 'string') add('notes', 'must be text');
    if (raw.sources !== undefined && !(Array.isArray(raw.sources) && raw.sources.every((s) => typeof s === 'string'))) add('sources', 'must be a list of text');
  }

  const quiz = raw.quiz;
  if (!isObject(quiz)) {
    add('quiz', 'must be an object {questions, rules}');
    return problems;
  }
  for (const key of Object.keys(quiz)) if (key !== 'questions' && key !== 'rules') add(`quiz.${key}`, 'is not a field (questions and rules only)');
  if (list('quiz.questions', quiz.questions, BUSINESS_TYPE_LIMITS.questions)) {
    quiz.questions.forEach((q, i) => {
      const at = `quiz.questions.${i}`;
      if (!isObject(q)) return add(at, 'must be an object {id, text, multiple, options}');
      for (const key of Object.keys(q)) if (!['id', 'text', 'multiple', 'options'].includes(key)) add(`${at}.${key}`, 'is not a field (id, text, multiple, options)');
      if (typeof q.id !== 'string' || !QUESTION_ID_PATTERN.test(q.id) || FORBIDDEN_IDS.has(q.id)) add(`${at}.id`, 'must be 1–40 letters, digits, hyphens or underscores (e.g. q1)');
      localized(`${at}.text`, q.text, BUSINESS_TYPE_LIMITS.questionText);
      if (typeof q.multiple !== 'boolean') add(`${at}.multiple`, 'must be true or false');
      if (list(`${at}.options`, q.options, BUSINESS_TYPE_LIMITS.options)) {
        q.options.forEach((o, j) => {
          const oat = `${at}.options.${j}`;
          if (!isObject(o)) return add(oat, 'must be an object {id, text}');
          for (const key of Object.keys(o)) if (key !== 'id' && key !== 'text') add(`${oat}.${key}`, 'is not a field (id and text only)');
          if (typeof o.id !== 'string' || !OPTION_ID_PATTERN.test(o.id)) add(`${oat}.id`, 'must be 1–60 letters, digits, hyphens or underscores (e.g. q1-a)');
          localized(`${oat}.text`, o.text, BUSINESS_TYPE_LIMITS.optionText);
        });
      }
    });
  }
  if (!isObject(quiz.rules)) add('quiz.rules', 'must be an object: licence slug → {mode, conditions}');
  else {
    const entries = Object.entries(quiz.rules);
    if (entries.length > BUSINESS_TYPE_LIMITS.rules) add('quiz.rules', `must have at most ${BUSINESS_TYPE_LIMITS.rules} rules`);
    for (const [licence, rule] of entries) {
      const at = `quiz.rules.${licence}`;
      slug(at, licence);
      if (!isObject(rule)) {
        add(at, 'must be an object {mode, conditions}');
        continue;
      }
      for (const key of Object.keys(rule)) if (key !== 'mode' && key !== 'conditions') add(`${at}.${key}`, 'is not a field (mode and conditions only)');
      if (rule.mode !== 'any' && rule.mode !== 'all') add(`${at}.mode`, "must be 'any' or 'all'");
      if (list(`${at}.conditions`, rule.conditions, BUSINESS_TYPE_LIMITS.conditions)) {
        rule.conditions.forEach((c, k) => {
          const cat = `${at}.conditions.${k}`;
          if (!isObject(c)) return add(cat, 'must be an object {question, answers}');
          for (const key of Object.keys(c)) if (key !== 'question' && key !== 'answers') add(`${cat}.${key}`, 'is not a field (question and answers only)');
          if (typeof c.question !== 'string') add(`${cat}.question`, 'must be a question id');
          if (list(`${cat}.answers`, c.answers, BUSINESS_TYPE_LIMITS.options) && c.answers.some((a) => typeof a !== 'string')) add(`${cat}.answers`, 'must be a list of option ids');
        });
      }
    }
  }
  return problems;
}

/** The content as stored: texts trimmed and NFC, no description as null, the fields in a fixed set. Call only after the shape passed. */
export function normalizeBusinessType(raw: Json): BusinessTypeContent {
  const text = (t: LocalizedText): LocalizedText => ({ th: t.th.normalize('NFC').trim(), en: t.en.normalize('NFC').trim() });
  const quiz = raw.quiz as Quiz;
  const content: BusinessTypeContent = {
    name: text(raw.name as LocalizedText),
    description: raw.description ? text(raw.description as LocalizedText) : null,
    licences: [...(raw.licences as string[])],
    quiz: {
      questions: quiz.questions.map((q) => ({ id: q.id, text: text(q.text), multiple: q.multiple, options: q.options.map((o) => ({ id: o.id, text: text(o.text) })) })),
      rules: Object.fromEntries(
        Object.entries(quiz.rules).map(([slug, r]) => [slug, { mode: r.mode, conditions: r.conditions.map((c) => ({ question: c.question, answers: [...c.answers] })) }]),
      ),
    },
  };
  for (const key of FILE_ONLY_FIELDS) if (raw[key] !== undefined) (content as unknown as Json)[key] = raw[key];
  return content;
}

/**
 * Problems of content, each naming its field: the licences exist and are published (and are listed
 * once), the quiz asks at least one question, ids are unique, each question has two options or more,
 * each rule is for a listed licence and names existing questions and options, no question is never
 * asked, and every rule can hold (see quiz.ts `quizReachability`), so each option a rule names can be
 * chosen where it counts. The files and the API get the same list.
 */
export function businessTypeProblems(content: BusinessTypeContent, standing: (slug: string) => LicenceStanding): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, problem: string) => problems.push({ field, problem });

  if (content.licences.length === 0) add('licences', 'lists no licence: a business type needs at least one');
  const listed = new Set<string>();
  content.licences.forEach((slug, i) => {
    if (listed.has(slug)) add(`licences.${i}`, `'${slug}' is listed twice`);
    listed.add(slug);
    const state = standing(slug);
    if (state === 'unknown') add(`licences.${i}`, `'${slug}' is not a licence type`);
    else if (state === 'unpublished') add(`licences.${i}`, `'${slug}' has no published version yet: publish its workflow first`);
  });

  const { questions, rules } = content.quiz;
  if (questions.length === 0) add('quiz.questions', 'asks no question: every business type asks at least one (the finder starts with the quiz)');
  const options = new Map<string, Set<string>>();
  questions.forEach((q, i) => {
    if (options.has(q.id)) add(`quiz.questions.${i}.id`, `question id '${q.id}' appears twice`);
    const ids = new Set<string>();
    q.options.forEach((o, j) => {
      if (ids.has(o.id)) add(`quiz.questions.${i}.options.${j}.id`, `option id '${o.id}' appears twice in question '${q.id}'`);
      ids.add(o.id);
    });
    if (ids.size < 2) add(`quiz.questions.${i}.options`, `question '${q.id}' has fewer than two options`);
    if (!options.has(q.id)) options.set(q.id, ids);
  });

  let referencesHold = problems.length === 0;
  for (const [slug, rule] of Object.entries(rules)) {
    const at = `quiz.rules.${slug}`;
    const before = problems.length;
    if (!listed.has(slug)) add(at, `is a rule for licence '${slug}', which the business does not list`);
    if (rule.conditions.length === 0) add(`${at}.conditions`, `the rule for '${slug}' has no conditions`);
    rule.conditions.forEach((c, k) => {
      const ids = options.get(c.question);
      if (!ids) return add(`${at}.conditions.${k}.question`, `the rule for '${slug}' names question '${c.question}', which does not exist`);
      if (c.answers.length === 0) add(`${at}.conditions.${k}.answers`, `the rule for '${slug}': a condition on '${c.question}' names no answers`);
      c.answers.forEach((a, m) => {
        if (!ids.has(a)) add(`${at}.conditions.${k}.answers.${m}`, `the rule for '${slug}' names answer '${a}', which is not an option of '${c.question}'`);
      });
    });
    if (problems.length > before) referencesHold = false;
  }

  // Reachability needs sound references: it follows the rules' questions and options.
  if (referencesHold) {
    const { unreachableQuestions, impossibleRules } = quizReachability(content.quiz);
    for (const id of unreachableQuestions) {
      add(`quiz.questions.${questions.findIndex((q) => q.id === id)}`, `question '${id}' is never asked: no answers to the earlier questions open it`);
    }
    for (const slug of impossibleRules) {
      add(`quiz.rules.${slug}`, `the rule for '${slug}' can never hold: no answers give all its conditions (a one-answer question asked for two different answers, or a question never asked)`);
    }
  }
  return problems;
}

/** A business entry of `workflows/businesses.json` as the API stores it (the slug apart). */
export interface BusinessFileEntry {
  slug: string;
  name: LocalizedText;
  licences: string[];
  [key: string]: unknown;
}

/**
 * The checks of `workflows/businesses.json` at start and in `npm run workflows:check`: every entry
 * passes the API's validator with the licence files as the published licence types, and no slug
 * appears twice. Problems read `business '<slug>': <field>: <problem>`.
 */
export function businessFileProblems(entries: unknown, licenceSlugs: Set<string>, file = 'businesses.json'): { file: string; problem: string }[] {
  if (!Array.isArray(entries)) return [{ file, problem: 'must have a "businesses" list' }];
  const problems: { file: string; problem: string }[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const slug = isObject(entry) && typeof entry.slug === 'string' ? entry.slug : `#${i + 1}`;
    const add = (p: FieldProblem) => problems.push({ file, problem: `business '${slug}': ${p.field}: ${p.problem}` });
    if (seen.has(slug)) problems.push({ file, problem: `business '${slug}' appears twice` });
    seen.add(slug);
    const shape = businessTypeShapeProblems(entry, { fileEntry: true });
    if (isObject(entry) && (typeof entry.slug !== 'string' || !SLUG_PATTERN.test(entry.slug))) shape.push({ field: 'slug', problem: 'must be a slug' });
    if (shape.length > 0) return shape.forEach(add);
    const { slug: _slug, ...rest } = entry as Json;
    businessTypeProblems(normalizeBusinessType(rest), (s) => (licenceSlugs.has(s) ? 'published' : 'unknown')).forEach(add);
  });
  return problems;
}
