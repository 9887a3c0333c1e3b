import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../src/data/messages.ts';
import { LOCALES, DEFAULT_LOCALE } from '../../src/lib/locales.ts';
import { placeholders, pluralCategories, type Message } from '../../src/lib/messages.ts';

const english = CATALOGUES[DEFAULT_LOCALE];
const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

describe('message catalogues', () => {
  test('there is one catalogue file per interface language, and no other', () => {
    const files = readdirSync(new URL('../../src/i18n/', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(LOCALES.map((l) => `${l}.json`).sort());
  });

  test.each(others)('%s has every key English has, and no other', (locale) => {
    const keys = Object.keys(CATALOGUES[locale]);
    expect(Object.keys(english).filter((k) => !keys.includes(k)), 'missing keys').toEqual([]);
    expect(keys.filter((k) => !(k in english)), 'keys English does not have').toEqual([]);
  });

  test.each(others)('%s uses the same placeholders as English in every message', (locale) => {
    const differ = Object.entries(english).filter(([key, message]) => {
      const translated = CATALOGUES[locale][key];
      return translated !== undefined && placeholders(translated).join() !== placeholders(message).join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  test.each(LOCALES)('%s gives every plural message each form its grammar needs', (locale) => {
    const needed = pluralCategories(locale);
    const plurals = Object.entries(CATALOGUES[locale]).filter((e): e is [string, Exclude<Message, string>] => typeof e[1] !== 'string');
    expect(plurals.length).toBeGreaterThan(0);
    const incomplete = plurals.filter(([, forms]) => needed.some((c) => forms[c] === undefined)).map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  test.each(others)('%s is translated: most messages differ from English', (locale) => {
    const same = Object.entries(english).filter(([key, message]) => JSON.stringify(CATALOGUES[locale][key]) === JSON.stringify(message));
    // Names and symbols may stay as they are; a copied catalogue would not pass.
    expect(same.length).toBeLessThan(Object.keys(english).length / 20);
  });
});
