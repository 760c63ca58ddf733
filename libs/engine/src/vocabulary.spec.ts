import { hasVisibleCharacter } from './vocabulary';

describe('hasVisibleCharacter (required comments)', () => {
  it.each([
    ['Thai', 'ขาดสำเนาทะเบียนบ้าน'],
    ['Thai with ZWNJ', '\u200cแนบเอกสาร\u200d'],
    ['one digit', ' 1 '],
    ['punctuation', '?'],
    ['an emoji', '\u{1F4C4}'],
    ['English', 'missing floor plan'],
  ])('accepts %s', (_what, text) => expect(hasVisibleCharacter(text)).toBe(true));

  it.each([
    ['nothing', undefined],
    ['the empty string', ''],
    ['white space', ' \t\n\u00a0\u3000'],
    ['a zero-width space', '\u200b'],
    ['a word joiner and a BOM', '\u2060\ufeff'],
    ['the Hangul fillers', '\u3164\u115f\u1160\uffa0'],
    ['NUL and other controls', '\u0000\u0007\u007f'],
    ['a soft hyphen', '\u00ad'],
    ['a Thai combining mark alone', '\u0e31\u0e48'],
    ['the blank braille pattern', '\u2800'],
    ['bidirectional controls', '\u202e\u2066\u200f'],
  ])('refuses %s', (_what, text) => expect(hasVisibleCharacter(text)).toBe(false));
});
