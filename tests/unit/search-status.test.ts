import { describe, expect, test } from 'vitest';
import { searchStatus as statusIn, type SearchState } from '../../src/lib/search-status.ts';
import { messages } from '../../src/data/messages.ts';

const searchStatus = (state: SearchState) => statusIn(state, messages('en'));

const results = (total: number, shown = total, filtered = false) => searchStatus({ kind: 'results', query: 'naloxone', total, shown, filtered });

describe('what the search says', () => {
  test('nothing typed: nothing said', () => {
    expect(searchStatus({ kind: 'empty' })).toBe('');
  });

  test('spaces or symbols only, loading, and an index that fails each say so', () => {
    expect(searchStatus({ kind: 'no-words' })).toMatch(/letters or numbers/);
    expect(searchStatus({ kind: 'loading' })).toBe('Searching…');
    expect(searchStatus({ kind: 'failed' })).toMatch(/could not be loaded/);
  });

  test('counts, in words', () => {
    expect(results(1)).toBe('1 lesson matches “naloxone”.');
    expect(results(3)).toBe('3 lessons match “naloxone”.');
  });

  test('no results suggests what to change, filters too when some are set', () => {
    expect(results(0)).toBe('No lessons match “naloxone”. Check the spelling or try other words.');
    expect(results(0, 0, true)).toBe('No lessons match “naloxone”. Check the spelling or try other words, or search without filters.');
  });

  test('when not all are shown, it says how many are', () => {
    expect(results(45, 20)).toBe('45 lessons match “naloxone”. Showing the best 20: add a word or a filter to narrow them.');
    expect(results(45, 20, true)).toBe('45 lessons match “naloxone”. Showing the best 20: add a word to narrow them.');
  });

  test('the query is quoted exactly as typed', () => {
    expect(searchStatus({ kind: 'results', query: '<script>', total: 0, shown: 0, filtered: false })).toContain('“<script>”');
  });
});

describe('in other languages', () => {
  test('Russian counts take the plural form the number needs', () => {
    const ru = (total: number) => statusIn({ kind: 'results', query: 'налоксон', total, shown: total, filtered: false }, messages('ru'));
    expect(ru(1)).toMatch(/^1 урок /);
    expect(ru(3)).toMatch(/^3 урока /);
    expect(ru(5)).toMatch(/^5 уроков /);
  });
});
