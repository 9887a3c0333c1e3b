import { describe, expect, test } from 'vitest';
import { isSearchRuntimeFile } from '../../src/lib/search-bundle.ts';

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
