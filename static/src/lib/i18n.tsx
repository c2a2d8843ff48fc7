import { createContext, useContext, type ReactNode } from 'react';
import type { LocalText } from '../../../src/domain/catalogue/types';

export type Lang = 'da' | 'en';
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  locale: string;
  t: Translate;
  /** Picks the caller's language from a `{da, en}` text (messages from the server, catalogue names). */
  text: (value: LocalText) => string;
  formatNumber: (value: number) => string;
  formatDate: (isoDate: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function makeI18n(locale: string, translate: (key: string) => string): I18n {
  const lang: Lang = locale.startsWith('da') ? 'da' : 'en';
  const numberFormat = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  return {
    lang,
    locale,
    t: (key, vars) => {
      const template = translate(key);
      return vars
        ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
        : template;
    },
    text: (value) => value[lang],
    formatNumber: (value) => numberFormat.format(value),
    formatDate: (isoDate) => {
      const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
      return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
    },
  };
}

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
