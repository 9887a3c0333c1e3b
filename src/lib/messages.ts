/**
 * Message catalogues: lookup and formatting, pure (no DOM, no Astro). A message is a string with
 * ICU-light placeholders (`{count}`), or plural forms chosen by Intl.PluralRules for the locale.
 */
import type { Locale } from './locales.ts';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Catalogue = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number | undefined>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a template uses, sorted and de-duplicated. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((t) => [...(t ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]!)))].sort();
}

/** The plural categories a locale's grammar needs, e.g. Russian: few, many, one, other. */
export function pluralCategories(locale: Locale): Intl.LDMLPluralRule[] {
  return [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
}

/** Fills placeholders; numbers are written the locale's way (Persian digits in Persian). A missing value stays visible. */
export function fill(template: string, params: Params, locale: Locale): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? once(numberFormats, locale, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(value) : value;
  });
}

// One formatter and one set of plural rules per locale: a build formats every message of thousands of pages.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function once<T>(made: Map<Locale, T>, locale: Locale, make: () => T): T {
  let value = made.get(locale);
  if (value === undefined) made.set(locale, (value = make()));
  return value;
}

/** One message, with its plural form chosen by `params.count`. */
export function formatMessage(message: Message, locale: Locale, params: Params = {}): string {
  if (typeof message === 'string') return fill(message, params, locale);
  const count = Number(params.count ?? 0);
  const form = message[once(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count)] ?? message.other;
  return fill(form, params, locale);
}

/** A translate function for one locale; a key missing from it (the tests forbid that) falls back to English. */
export function translator<K extends string>(catalogue: Catalogue, reference: Catalogue, locale: Locale) {
  return (key: K, params?: Params): string => {
    const message = catalogue[key] ?? reference[key];
    return message === undefined ? key : formatMessage(message, catalogue[key] ? locale : 'en', params);
  };
}

export type Translate<K extends string = string> = ReturnType<typeof translator<K>>;
