import type { LocalizedText } from '@bizportal/engine';

type Language = 'th' | 'en';

const WORDS = {
  th: { subject: 'แจ้งเตือนจาก Biz Portal', open: 'ดูรายละเอียด', footer: 'อีเมลนี้ส่งตามการตั้งค่าการแจ้งเตือนของท่าน เปลี่ยนการตั้งค่าได้ในบัญชีของท่าน', otherLanguage: 'English' },
  en: { subject: 'Biz Portal notification', open: 'Open', footer: 'You receive this email because of your notification settings; change them in your account.', otherLanguage: 'ภาษาไทย' },
} as const;

const other = (language: Language): Language => (language === 'th' ? 'en' : 'th');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The email of a notification: in the reader's language, the other language below. */
export function notificationEmail(message: LocalizedText, language: Language, link: string | null): { subject: string; text: string; html: string } {
  const second = other(language);
  const shorten = (s: string) => (s.length > 90 ? `${s.slice(0, 89)}…` : s);
  const subject = `${WORDS[language].subject}: ${shorten(message[language])}`;
  const block = (lang: Language) => [message[lang], link ? `${WORDS[lang].open}: ${link}` : null, WORDS[lang].footer].filter(Boolean).join('\n\n');
  const text = `${block(language)}\n\n---- ${WORDS[language].otherLanguage} ----\n\n${block(second)}\n`;
  const htmlBlock = (lang: Language) =>
    `<div lang="${lang}"><p style="font-size:16px">${escapeHtml(message[lang])}</p>${link ? `<p><a href="${escapeHtml(link)}">${WORDS[lang].open}</a></p>` : ''}<p style="color:#555;font-size:13px">${WORDS[lang].footer}</p></div>`;
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Sarabun,Tahoma,sans-serif">${htmlBlock(language)}<hr>${htmlBlock(second)}</body></html>`;
  return { subject, text, html };
}

/** The SMS of a notification: the reader's language only, with the link. */
export function notificationSms(message: LocalizedText, language: Language, link: string | null): string {
  return `Biz Portal: ${message[language]}${link ? ` ${link}` : ''}`;
}
