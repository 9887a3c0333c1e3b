import en from '../i18n/en.json';
import ru from '../i18n/ru.json';
import vi from '../i18n/vi.json';
import fa from '../i18n/fa.json';
import { catalogueSchema } from '../schemas/messages-schema.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locales.ts';
import { translator, type Catalogue, type Message, type Translate } from '../lib/messages.ts';

/** Every interface string's key; English is the reference catalogue. */
export type MessageKey = keyof typeof en;

/** The catalogues, validated once as the build reads them (a broken one stops the build, naming the file). */
export const CATALOGUES: Record<Locale, Catalogue> = Object.fromEntries(
  Object.entries({ en, ru, vi, fa }).map(([locale, raw]) => {
    const parsed = catalogueSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`src/i18n/${locale}.json is not a valid message catalogue:\n${parsed.error.message}`);
    return [locale, parsed.data];
  }),
) as Record<Locale, Catalogue>;

export function messages(locale: Locale): Translate<MessageKey> {
  return translator<MessageKey>(CATALOGUES[locale], CATALOGUES[DEFAULT_LOCALE], locale);
}

/** A page's locale, from its `[...locale]` route parameter (absent for English), and its translate function. */
export function pageLocale(param: string | undefined): { locale: Locale; t: Translate<MessageKey> } {
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  return { locale, t: messages(locale) };
}

/** Only the named messages of a locale, for an island's props or a plain script's JSON: JS bundles carry no catalogue. */
export function pick<K extends MessageKey>(locale: Locale, keys: readonly K[]): Record<K, Message> {
  return Object.fromEntries(keys.map((k) => [k, CATALOGUES[locale][k] ?? CATALOGUES[DEFAULT_LOCALE][k]!])) as Record<K, Message>;
}
