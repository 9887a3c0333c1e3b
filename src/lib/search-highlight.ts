/**
 * Highlighting the searched words on the lesson a result leads to: the result link carries them in
 * `?highlight=word&highlight=word`, and the lesson marks where they occur. Pure: the address in, the
 * stretches of text to mark out. The address is untrusted (anyone can send a link), so only letters and
 * digits survive from it, and never more than a handful of words.
 */

const HIGHLIGHT_PARAM = 'highlight';
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
/** Shorter words are marked only where they stand alone, so "g" never marks every word that starts with g. */
const MIN_PREFIX_LENGTH = 3;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/** A result's address with the words to highlight; the #heading stays last, where browsers look for it. */
export function highlightHref(href: string, terms: readonly string[]): string {
  const url = new URL(href, 'http://site.invalid');
  url.searchParams.delete(HIGHLIGHT_PARAM);
  for (const term of terms.slice(0, MAX_TERMS)) url.searchParams.append(HIGHLIGHT_PARAM, term);
  return url.origin === 'http://site.invalid' ? url.pathname + url.search + url.hash : url.href;
}

/** The words to highlight, from a page's `location.search`. */
export function highlightTerms(search: string): string[] {
  const words = new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .flatMap((value) => value.match(WORD) ?? [])
    .map((w) => w.toLocaleLowerCase())
    .filter((w) => w.length <= MAX_TERM_LENGTH);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * Where the terms occur in a text, as [start, end) pairs in order: each whole word that begins with a term
 * (so "overdose" marks "overdoses", as pagefind finds it), or that is the term, for very short terms.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => ({ t, re: t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') }));
  const alternatives = escaped.map(({ t, re }) => (Array.from(t).length >= MIN_PREFIX_LENGTH ? `${re}${WORD_CHAR}*` : `${re}(?!${WORD_CHAR})`));
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
