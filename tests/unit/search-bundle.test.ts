import { describe, expect, test } from 'vitest';
import { matchesGlob } from 'node:path';
import { isSearchRuntimeFile, otherIndexGlobs, type SearchEntry } from '../../src/lib/search-bundle.ts';

const entry = { languages: { en: { wasm: 'en' } } };

describe('the search bundle keeps only what the site loads', () => {
  test('the runtime, the entry, the metadata and every index chunk are kept', () => {
    for (const path of [
      'pagefind.js',
      'pagefind-entry.json',
      'pagefind.en_224fae23b6.pf_meta',
      'index/en_be6eb93.pf_index',
      'fragment/en_12c6cf9.pf_fragment',
      'filter/en_877e444.pf_filter',
      'wasm.en.pagefind',
    ]) {
      expect(isSearchRuntimeFile(path, entry), path).toBe(true);
    }
  });

  test('ready-made UIs, the highlighter, the worker and unused languages are dropped', () => {
    for (const path of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
      'pagefind-worker.js',
      'wasm.unknown.pagefind',
      'playground/index.html',
      'index/../../secret.pf_index',
    ]) {
      expect(isSearchRuntimeFile(path, entry), path).toBe(false);
    }
  });

  test('each language index keeps its own files and wasm; one without a stemmer keeps the language-neutral wasm', () => {
    const languages = { languages: { en: { wasm: 'en' }, ru: { wasm: 'ru' }, vi: { wasm: null }, fa: { wasm: null } } };
    for (const path of ['wasm.en.pagefind', 'wasm.ru.pagefind', 'wasm.unknown.pagefind', 'pagefind.fa_56f94045b3.pf_meta', 'index/vi_90d714f.pf_index', 'fragment/ru_e2858ca.pf_fragment']) {
      expect(isSearchRuntimeFile(path, languages), path).toBe(true);
    }
    expect(isSearchRuntimeFile('wasm.de.pagefind', languages)).toBe(false);
    expect(isSearchRuntimeFile('wasm.unknown.pagefind', entry)).toBe(false);
  });
});

describe('a language keeps only the index it searches', () => {
  /** The files that `language`'s offline copy leaves out. */
  const otherIndexFiles = (language: string, entry: SearchEntry, files: string[]) =>
    files.filter((file) => otherIndexGlobs(language, entry).some((glob) => matchesGlob(file, glob)));
  const files = ['pagefind.js', 'pagefind-entry.json', 'index', 'index/en_be6eb93.pf_index', 'fragment/en_12c6cf9.pf_fragment', 'filter/en_877e444.pf_filter', 'pagefind.en_224fae23b6.pf_meta', 'wasm.en.pagefind'];
  const ru = ['index/ru_4d2a9b1.pf_index', 'fragment/ru_9c0e1f2.pf_fragment', 'pagefind.ru_81be0c4a2d.pf_meta', 'wasm.ru.pagefind'];
  const vi = ['index/vi_0b3c5d7.pf_index', 'fragment/vi_5e6f7a8.pf_fragment', 'pagefind.vi_7f3a19c0de.pf_meta', 'wasm.unknown.pagefind'];
  const perLanguage = {
    languages: {
      en: { hash: 'en_224fae23b6', wasm: 'en', page_count: 38 },
      ru: { hash: 'ru_81be0c4a2d', wasm: 'ru', page_count: 12 },
      vi: { hash: 'vi_7f3a19c0de', wasm: 'unknown', page_count: 3 },
    },
  };

  test('with one index for every language, every language keeps all of it', () => {
    const oneIndex = { languages: { en: { hash: 'en_224fae23b6', wasm: 'en', page_count: 38 } } };
    for (const language of ['en', 'ru', 'fa']) expect(otherIndexFiles(language, oneIndex, files), language).toEqual([]);
  });

  test('with an index per language, each leaves out the others’ metadata, chunks and wasm', () => {
    const all = [...files, ...ru, ...vi];
    expect(otherIndexFiles('ru', perLanguage, all).sort()).toEqual([...files.slice(3, 8), ...vi].sort());
    expect(otherIndexFiles('vi', perLanguage, all).sort()).toEqual([...files.slice(3, 8), ...ru].sort());
  });

  test('a language without its own index keeps the one with the most pages, as pagefind searches it', () => {
    expect(otherIndexFiles('fa', perLanguage, [...files, ...ru, ...vi]).sort()).toEqual([...ru, ...vi].sort());
  });
});
