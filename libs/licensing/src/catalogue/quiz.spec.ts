import { foldForSearch, licencesNeeded, quizAnswerProblems, type Quiz } from './quiz';

const quiz: Quiz = {
  questions: [
    { id: 'q1', text: { th: 'ขายเครื่องดื่มแอลกอฮอล์หรือไม่', en: 'Alcohol?' }, multiple: false, options: [{ id: 'q1-a', text: { th: 'ใช่', en: 'Yes' } }, { id: 'q1-b', text: { th: 'ไม่ใช่', en: 'No' } }] },
    { id: 'q2', text: { th: 'บริการ (เลือกได้มากกว่า 1 ข้อ)', en: 'Services' }, multiple: true, options: [{ id: 'q2-a', text: { th: 'โชว์', en: 'Show' } }, { id: 'q2-b', text: { th: 'เต้น', en: 'Dance' } }] },
  ],
  rules: {
    liquor: { mode: 'all', conditions: [{ question: 'q1', answers: ['q1-a'] }] },
    'service-place': { mode: 'any', conditions: [{ question: 'q2', answers: ['q2-a', 'q2-b'] }] },
  },
};

describe('Smart Quiz', () => {
  it('needs licences without a rule always, and ruled ones when the answers match', () => {
    expect(licencesNeeded(['food', 'liquor', 'service-place'], quiz, {})).toEqual([{ slug: 'food', reason: 'always' }]);
    expect(licencesNeeded(['food', 'liquor', 'service-place'], quiz, { q1: 'q1-a', q2: ['q2-b'] }).map((l) => l.slug)).toEqual(['food', 'liquor', 'service-place']);
    expect(licencesNeeded(['liquor'], quiz, { q1: 'q1-b' })).toEqual([]);
  });

  it('names every bad answer', () => {
    expect(quizAnswerProblems(quiz, { q1: 'q1-z', q9: 'x', q2: ['q2-a', 'q2-b'] })).toEqual([
      { field: 'answers.q1', problem: "'q1-z' is not one of the options: q1-a, q1-b" },
      { field: 'answers.q9', problem: 'is not a question of this quiz (questions: q1, q2)' },
    ]);
    expect(quizAnswerProblems(quiz, { q1: ['q1-a', 'q1-b'] })).toEqual([{ field: 'answers.q1', problem: 'takes one answer only' }]);
    expect(quizAnswerProblems(quiz, { constructor: 'x' })[0].field).toBe('answers.constructor');
  });

  it('folds Thai and English for search', () => {
    expect(foldForSearch('ใบอนุญาต ขายสุรา')).toContain(foldForSearch('ขายสุรา'));
    expect(foldForSearch('Liquor Sale')).toBe('liquorsale');
  });
});
