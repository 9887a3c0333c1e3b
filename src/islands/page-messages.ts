import { DEFAULT_LOCALE, isLocale } from '../lib/locales.ts';
import { translator, type Catalogue, type Translate } from '../lib/messages.ts';

/**
 * The messages a plain script needs, read from a JSON block the build wrote into the page (so they cost no
 * script bytes). Written by the build, so trusted; an unreadable block leaves each key shown as itself.
 */
export function pageMessages<K extends string>(id: string): Translate<K> {
  let catalogue: Catalogue = {};
  try {
    catalogue = JSON.parse(document.getElementById(id)?.textContent ?? '{}') as Catalogue;
  } catch {
    // Keys stay visible rather than the page failing.
  }
  const lang = document.documentElement.lang;
  return translator<K>(catalogue, catalogue, isLocale(lang) ? lang : DEFAULT_LOCALE);
}
