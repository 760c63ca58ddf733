import { describe, expect, it } from '@jest/globals';
import { answersFromSearch, answersToSearch, answersToSend, followUpConditions, unanswered, visibleQuestions, type QuizDefinition } from './quiz-logic';

const yesNo = (id: string) => ({ id, text: { th: id, en: id }, multiple: false, options: [{ id: `${id}-a`, text: { th: 'ใช่', en: 'Yes' } }, { id: `${id}-b`, text: { th: 'ไม่ใช่', en: 'No' } }] });
// The restaurant's shape: q2 (which foods?) matters only when q1 (do you produce food?) is yes; q3 stands alone.
const quiz: QuizDefinition = {
  questions: [yesNo('q1'), { ...yesNo('q2'), multiple: true }, yesNo('q3')],
  rules: {
    'health-hazard-permit-food': { mode: 'all', conditions: [{ question: 'q1', answers: ['q1-a'] }, { question: 'q2', answers: ['q2-a', 'q2-b'] }] },
    'liquor-sale-licence': { mode: 'all', conditions: [{ question: 'q3', answers: ['q3-a'] }] },
  },
};

describe('Smart Quiz in the browser', () => {
  it('asks a question used only together with an earlier answer after that answer, and only then', () => {
    expect([...followUpConditions(quiz).keys()]).toEqual(['q2']);
    expect(visibleQuestions(quiz, {}).map((q) => q.id)).toEqual(['q1', 'q3']);
    expect(visibleQuestions(quiz, { q1: 'q1-b' }).map((q) => q.id)).toEqual(['q1', 'q3']);
    expect(visibleQuestions(quiz, { q1: 'q1-a' }).map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('does not treat a question as a follow-up when any rule uses it on its own', () => {
    const alsoAlone: QuizDefinition = { ...quiz, rules: { ...quiz.rules, other: { mode: 'any', conditions: [{ question: 'q2', answers: ['q2-a'] }] } } };
    expect(followUpConditions(alsoAlone).has('q2')).toBe(false);
  });

  it('lists the unanswered questions still asked, and sends only answers to asked questions, lists for multiple choice', () => {
    expect(unanswered(quiz, { q1: 'q1-a' }).map((q) => q.id)).toEqual(['q2', 'q3']);
    expect(unanswered(quiz, { q1: 'q1-b', q3: 'q3-a' })).toEqual([]);
    // q2's earlier answer is dropped once q1 changes to no; an option the question lacks is dropped too.
    expect(answersToSend(quiz, { q1: 'q1-b', q2: ['q2-a'], q3: ['q3-a', 'nope'] })).toEqual({ q1: 'q1-b', q3: 'q3-a' });
    expect(answersToSend(quiz, { q1: 'q1-a', q2: 'q2-b', q3: 'q3-b' })).toEqual({ q1: 'q1-a', q2: ['q2-b'], q3: 'q3-b' });
  });

  it('carries answers in the URL and reads them back, refusing odd keys and values', () => {
    const search = answersToSearch({ q3: 'q3-a', q1: ['q1-a'], q2: ['q2-a', 'q2-b'] });
    expect(search).toBe('q1=q1-a&q2=q2-a&q2=q2-b&q3=q3-a');
    expect(answersFromSearch(search)).toEqual({ q1: 'q1-a', q2: ['q2-a', 'q2-b'], q3: 'q3-a' });
    const odd = answersFromSearch('q1=%3Cscript%3E&__proto__=x&q2=q2-a&q%20=y');
    expect(Object.keys(odd)).toEqual(['q2']);
    expect(odd.q2).toBe('q2-a');
  });
});
