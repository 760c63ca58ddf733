import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './common';

export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'bizportal.language';

function initialLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'th';
}

/** Thai first; an area's texts are added with `addTexts` when its code loads, so each area's strings travel with it. */
void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'th',
  ns: ['common'],
  defaultNS: 'common',
  resources: { th: { common: common.th }, en: { common: common.en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function addTexts(namespace: string, texts: { th: object; en: object }) {
  if (i18n.hasResourceBundle('th', namespace)) return;
  i18n.addResourceBundle('th', namespace, texts.th);
  i18n.addResourceBundle('en', namespace, texts.en);
}

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

document.documentElement.lang = i18n.language;
export default i18n;
