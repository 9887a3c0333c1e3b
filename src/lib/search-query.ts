/**
 * What a learner typed into search, made safe and predictable before pagefind sees it. Pure.
 * The text is never turned into markup anywhere: pages show it with textContent only.
 */

/** Longer queries are cut: no real search is longer, and pagefind's work grows with every word. */
export const MAX_QUERY_LENGTH = 200;

export type SearchQuery =
  /** Nothing at all (a cleared field): nothing to do, nothing to say. */
  | { kind: 'empty' }
  /** Only spaces or symbols (such as "   ", "?!" or "<>"): there is no word pagefind could find. */
  | { kind: 'no-words' }
  | {
      kind: 'words';
      /** What pagefind searches for: trimmed, spaces collapsed; quotes are kept for its exact-phrase search. */
      text: string;
      /** The words in it, lower-cased and once each, for highlighting on the lesson page. */
      terms: string[];
    };

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function readQuery(raw: string): SearchQuery {
  if (raw === '') return { kind: 'empty' };
  const collapsed = raw.replace(/\s+/gu, ' ').trim();
  // Cut by code points, so a letter outside the basic plane is never split in half.
  const text = Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join('').trim();
  const words = text.match(WORD);
  if (!words || !/[\p{L}\p{N}]/u.test(text)) return { kind: 'no-words' };
  return { kind: 'words', text, terms: [...new Set(words.map((w) => w.toLocaleLowerCase()))] };
}
