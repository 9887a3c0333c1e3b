/**
 * The interface languages. English is the default and the reference catalogue: its pages keep their
 * unprefixed addresses (so links and progress keys never change); the others live under /<locale>/.
 */
export const LOCALES = ['en', 'ru', 'vi', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', vi: 'Tiếng Việt', fa: 'فارسی' };

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['fa']);

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly (string | undefined)[]).includes(value);
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/** The path prefix of a locale's pages: '' for English, 'ru/' for Russian. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** A site path (no base, no leading slash) in another locale: `courses/x/` → `ru/courses/x/`. */
export function inLocale(locale: Locale, path: string): string {
  return localePrefix(locale) + path.replace(/^\/+/, '');
}

/**
 * The same page in another locale, from a path below the site's base: the switcher keeps the learner's place.
 * `ru/courses/x/` → (vi) `vi/courses/x/`; (en) `courses/x/`.
 */
export function switchLocale(path: string, to: Locale): string {
  const [first, ...rest] = path.replace(/^\/+/, '').split('/');
  const unprefixed = isLocale(first) && first !== DEFAULT_LOCALE ? rest.join('/') : path.replace(/^\/+/, '');
  return inLocale(to, unprefixed);
}
