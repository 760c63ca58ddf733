import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_WORKFLOWS_DIR } from '@bizportal/common';
import { diffBusinessTypes } from './business-type-diff';
import { businessFileProblems, businessTypeProblems, businessTypeShapeProblems, normalizeBusinessType, type BusinessTypeContent } from './business-type-rules';

const yesNo = (id: string) => [
  { id: `${id}-a`, text: { th: 'ใช่', en: 'Yes' } },
  { id: `${id}-b`, text: { th: 'ไม่ใช่', en: 'No' } },
];

function bakery(): BusinessTypeContent {
  return {
    name: { th: 'ร้านเบเกอรี่', en: 'Bakery' },
    description: null,
    licences: ['food-premises-permit', 'signboard-tax', 'liquor-sale-licence'],
    quiz: {
      questions: [
        { id: 'q1', text: { th: 'ขายเครื่องดื่มแอลกอฮอล์หรือไม่', en: 'Do you sell alcohol?' }, multiple: false, options: yesNo('q1') },
        { id: 'q2', text: { th: 'ติดป้ายหน้าร้านหรือไม่', en: 'Do you put up a sign?' }, multiple: false, options: yesNo('q2') },
      ],
      rules: {
        'liquor-sale-licence': { mode: 'all', conditions: [{ question: 'q1', answers: ['q1-a'] }] },
        'signboard-tax': { mode: 'all', conditions: [{ question: 'q2', answers: ['q2-a'] }] },
      },
    },
  };
}

const published = (slug: string) => (slug === 'draft-only-licence' ? 'unpublished' : slug.startsWith('no-such') ? 'unknown' : 'published');

describe('business type validator', () => {
  it('passes a sound business type', () => {
    expect(businessTypeShapeProblems(bakery())).toEqual([]);
    expect(businessTypeProblems(bakery(), published)).toEqual([]);
  });

  it('names each problem of shape by its field', () => {
    const raw = { ...bakery(), extra: 1, name: { th: '  ', en: 'x'.repeat(301) } } as Record<string, unknown>;
    (raw.quiz as { questions: unknown[] }).questions.push({ id: 'constructor', text: { th: 'ก', en: 'a' }, multiple: 'no', options: [{ id: 'bad id', text: { th: 'ก', en: 'a' } }] });
    expect(businessTypeShapeProblems(raw)).toEqual([
      { field: 'extra', problem: 'is not a field (name, description, licences, quiz)' },
      { field: 'name.th', problem: 'must not be empty' },
      { field: 'name.en', problem: 'must be at most 300 characters' },
      { field: 'quiz.questions.2.id', problem: 'must be 1–40 letters, digits, hyphens or underscores (e.g. q1)' },
      { field: 'quiz.questions.2.multiple', problem: 'must be true or false' },
      { field: 'quiz.questions.2.options.0.id', problem: 'must be 1–60 letters, digits, hyphens or underscores (e.g. q1-a)' },
    ]);
    expect(businessTypeShapeProblems([])).toEqual([{ field: 'content', problem: 'must be an object {name, description, licences, quiz}' }]);
  });

  it('checks licences, ids, options and rule references', () => {
    const b = bakery();
    b.licences.push('no-such-licence', 'draft-only-licence', 'signboard-tax');
    b.quiz.questions.push({ id: 'q1', text: { th: 'ซ้ำ', en: 'Again' }, multiple: false, options: [{ id: 'x', text: { th: 'ก', en: 'a' } }, { id: 'x', text: { th: 'ข', en: 'b' } }] });
    b.quiz.rules['building-permit'] = { mode: 'any', conditions: [{ question: 'q9', answers: ['q9-a'] }] };
    b.quiz.rules['signboard-tax'] = { mode: 'all', conditions: [{ question: 'q2', answers: ['q2-z'] }] };
    expect(businessTypeProblems(b, published)).toEqual([
      { field: 'licences.3', problem: "'no-such-licence' is not a licence type" },
      { field: 'licences.4', problem: "'draft-only-licence' has no published version yet: publish its workflow first" },
      { field: 'licences.5', problem: "'signboard-tax' is listed twice" },
      { field: 'quiz.questions.2.id', problem: "question id 'q1' appears twice" },
      { field: 'quiz.questions.2.options.1.id', problem: "option id 'x' appears twice in question 'q1'" },
      { field: 'quiz.questions.2.options', problem: "question 'q1' has fewer than two options" },
      { field: 'quiz.rules.signboard-tax.conditions.0.answers.0', problem: "the rule for 'signboard-tax' names answer 'q2-z', which is not an option of 'q2'" },
      { field: 'quiz.rules.building-permit', problem: "is a rule for licence 'building-permit', which the business does not list" },
      { field: 'quiz.rules.building-permit.conditions.0.question', problem: "the rule for 'building-permit' names question 'q9', which does not exist" },
    ]);
    expect(businessTypeProblems({ ...bakery(), licences: [], quiz: { questions: [], rules: {} } }, published)).toEqual([
      { field: 'licences', problem: 'lists no licence: a business type needs at least one' },
      { field: 'quiz.questions', problem: 'asks no question: every business type asks at least one (the finder starts with the quiz)' },
    ]);
  });

  it('finds questions never asked and rules that can never hold', () => {
    const b = bakery();
    // The only rule using q3 asks for q1-a and q1-b together, and q1 takes one answer: q3 is never asked.
    b.quiz.questions.push({ id: 'q3', text: { th: 'ขายไวน์หรือไม่', en: 'Wine?' }, multiple: false, options: yesNo('q3') });
    b.licences.push('tobacco-sale-licence', 'building-permit');
    b.quiz.rules['tobacco-sale-licence'] = { mode: 'all', conditions: [{ question: 'q1', answers: ['q1-a'] }, { question: 'q1', answers: ['q1-b'] }, { question: 'q3', answers: ['q3-a'] }] };
    // A rule on two answers of one one-answer question, in 'any' mode, can hold; in 'all' mode it cannot.
    b.quiz.rules['building-permit'] = { mode: 'any', conditions: [{ question: 'q2', answers: ['q2-a'] }, { question: 'q2', answers: ['q2-b'] }] };
    expect(businessTypeProblems(b, published)).toEqual([
      { field: 'quiz.questions.2', problem: "question 'q3' is never asked: no answers to the earlier questions open it" },
      {
        field: 'quiz.rules.tobacco-sale-licence',
        problem: "the rule for 'tobacco-sale-licence' can never hold: no answers give all its conditions (a one-answer question asked for two different answers, or a question never asked)",
      },
    ]);
    // A follow-up opened by a follow-up: reachable when the chain can hold.
    const chain = bakery();
    chain.quiz.questions.push({ id: 'q3', text: { th: 'ไวน์', en: 'Wine?' }, multiple: true, options: yesNo('q3') });
    chain.licences.push('tobacco-sale-licence');
    chain.quiz.rules['tobacco-sale-licence'] = { mode: 'all', conditions: [{ question: 'q1', answers: ['q1-a'] }, { question: 'q3', answers: ['q3-a'] }] };
    expect(businessTypeProblems(chain, published)).toEqual([]);
  });

  it('accepts every business type of workflows/businesses.json, as start-up does', () => {
    const dir = DEFAULT_WORKFLOWS_DIR;
    const licences = new Set(readdirSync(join(dir, 'licences')).map((f) => f.replace(/\.json$/, '')));
    const { businesses } = JSON.parse(readFileSync(join(dir, 'businesses.json'), 'utf8'));
    expect(businesses.length).toBe(25);
    expect(businessFileProblems(businesses, licences)).toEqual([]);
    // …and reports a broken entry the way workflows:check prints it.
    const broken = structuredClone(businesses);
    broken[0].quiz.rules['liquor-sale-licence'].conditions[0].answers = ['q1-z'];
    broken.push(broken[1]);
    expect(businessFileProblems(broken, licences)).toEqual([
      { file: 'businesses.json', problem: "business 'restaurant': quiz.rules.liquor-sale-licence.conditions.0.answers.0: the rule for 'liquor-sale-licence' names answer 'q1-z', which is not an option of 'q1'" },
      { file: 'businesses.json', problem: "business 'retail' appears twice" },
    ]);
  });

  it('stores texts trimmed and NFC, and a missing description as null', () => {
    const raw = { ...bakery(), name: { th: ' ร้านเบเกอรี่ ', en: 'Bakery ' } } as Record<string, unknown>;
    delete raw.description;
    expect(normalizeBusinessType(raw)).toEqual({ ...bakery(), name: { th: 'ร้านเบเกอรี่', en: 'Bakery' } });
  });

  it('compares two versions', () => {
    const a = bakery();
    const b = bakery();
    b.name.en = 'Bakery and café';
    b.licences = b.licences.filter((l) => l !== 'liquor-sale-licence').concat('building-permit');
    delete b.quiz.rules['liquor-sale-licence'];
    b.quiz.questions[1].text.th = 'ติดป้ายชื่อร้านหรือไม่';
    b.quiz.questions.push({ id: 'q3', text: { th: 'ต่อเติมอาคารหรือไม่', en: 'Do you extend the building?' }, multiple: false, options: yesNo('q3') });
    b.quiz.rules['building-permit'] = { mode: 'all', conditions: [{ question: 'q3', answers: ['q3-a'] }] };
    b.quiz.rules['signboard-tax'] = { mode: 'any', conditions: [{ question: 'q2', answers: ['q2-a'] }] };
    expect(diffBusinessTypes(a, b)).toEqual({
      name: { from: a.name, to: b.name },
      description: null,
      licences: { added: ['building-permit'], removed: ['liquor-sale-licence'] },
      questions: { added: ['q3'], removed: [], changed: [{ id: 'q2', changes: ['text'] }] },
      rules: { added: ['building-permit'], removed: ['liquor-sale-licence'], changed: ['signboard-tax'] },
      identical: false,
    });
    expect(diffBusinessTypes(a, bakery()).identical).toBe(true);
  });
});
