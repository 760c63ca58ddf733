import { isEmailAddress, thaiMobileToE164 } from './contact-addresses';

describe('contact addresses', () => {
  it.each([
    ['0812345678', '+66812345678'],
    ['081-234-5678', '+66812345678'],
    ['06 1234 5678', '+66612345678'],
    ['0912345678', '+66912345678'],
    ['+66812345678', '+66812345678'],
    ['66812345678', '+66812345678'],
  ])('normalises the Thai mobile %s to %s', (input, e164) => expect(thaiMobileToE164(input)).toBe(e164));

  it.each(['021234567', '0712345678', '081234567', '08123456789', '+6602123456', 'abc', ''])('refuses %s', (input) => expect(thaiMobileToE164(input)).toBeNull());

  it('checks email addresses', () => {
    expect(isEmailAddress('somchai@example.co.th')).toBe(true);
    expect(isEmailAddress('a.b+c@sub.example.com')).toBe(true);
    for (const bad of ['somchai', 'a@b', 'a b@example.com', '@example.com', 'a@-x.com', 'a@example..com', `${'x'.repeat(250)}@e.com`]) expect(isEmailAddress(bad)).toBe(false);
  });
});
