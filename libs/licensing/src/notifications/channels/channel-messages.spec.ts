import { notificationEmail, notificationSms } from './channel-messages';

describe('channel messages', () => {
  const message = { th: 'ออกใบอนุญาต <ร้าน> แล้ว', en: 'Your licence <shop> has been issued.' };

  it('writes the email in the reader’s language first, the other below, HTML escaped', () => {
    const th = notificationEmail(message, 'th', 'https://bizportal.example.go.th/applications/1');
    expect(th.subject).toBe('แจ้งเตือนจาก Biz Portal: ออกใบอนุญาต <ร้าน> แล้ว');
    expect(th.text.indexOf(message.th)).toBeLessThan(th.text.indexOf(message.en));
    expect(th.html).toContain('&lt;ร้าน&gt;');
    expect(th.html).not.toContain('<shop>');
    const en = notificationEmail(message, 'en', null);
    expect(en.subject).toBe('Biz Portal notification: Your licence <shop> has been issued.');
    expect(en.text.indexOf(message.en)).toBeLessThan(en.text.indexOf(message.th));
    expect(en.html).not.toContain('href');
  });

  it('writes the SMS in one language', () => {
    expect(notificationSms(message, 'en', null)).toBe('Biz Portal: Your licence <shop> has been issued.');
  });
});
