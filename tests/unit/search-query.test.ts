import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, readQuery } from '../../src/lib/search-query.ts';

describe('reading a search query', () => {
  test('a cleared field is empty', () => {
    expect(readQuery('')).toEqual({ kind: 'empty' });
  });

  test('only spaces or symbols has no words to search for', () => {
    for (const raw of [' ', '\t\n  ', '\u00a0\u2003', '?', '!!! ???', ' <> ', '— … ·', '"" \'\'', '+-*/', '🙂']) {
      expect(readQuery(raw), JSON.stringify(raw)).toEqual({ kind: 'no-words' });
    }
  });

  test('words are trimmed and spaces collapsed; the words are kept once, lower-cased', () => {
    expect(readQuery('  Naloxone   and\tnaloxone  ')).toEqual({ kind: 'words', text: 'Naloxone and naloxone', terms: ['naloxone', 'and'] });
  });

  test('quotes stay in the text, for exact phrases', () => {
    expect(readQuery('"continuum of care"')).toMatchObject({ text: '"continuum of care"', terms: ['continuum', 'of', 'care'] });
  });

  test('numbers alone are words', () => {
    expect(readQuery('112')).toMatchObject({ kind: 'words', terms: ['112'] });
  });

  test('every script is a word, marks included', () => {
    expect(readQuery('налоксон')).toMatchObject({ kind: 'words', terms: ['налоксон'] });
    expect(readQuery('Tiếng Việt')).toMatchObject({ terms: ['tiếng', 'việt'] });
    expect(readQuery('nalo\u0301xona')).toMatchObject({ terms: ['nalo\u0301xona'] });
    expect(readQuery('اوردوز')).toMatchObject({ kind: 'words' });
  });

  test('markup is only text: its words are searched, nothing else happens to it', () => {
    expect(readQuery('<img src=x onerror=alert(1)>')).toEqual({
      kind: 'words',
      text: '<img src=x onerror=alert(1)>',
      terms: ['img', 'src', 'x', 'onerror', 'alert', '1'],
    });
    expect(readQuery('<script>')).toMatchObject({ kind: 'words', text: '<script>', terms: ['script'] });
  });

  test(`queries are cut at ${MAX_QUERY_LENGTH} characters, never inside a character`, () => {
    const long = readQuery('a'.repeat(MAX_QUERY_LENGTH + 50));
    expect(long.kind === 'words' && long.text.length).toBe(MAX_QUERY_LENGTH);
    const astral = readQuery('𝒜'.repeat(MAX_QUERY_LENGTH + 1));
    expect(astral.kind === 'words' && Array.from(astral.text).length).toBe(MAX_QUERY_LENGTH);
    expect(astral.kind === 'words' && astral.text.isWellFormed()).toBe(true);
  });
});
