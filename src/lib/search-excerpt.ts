/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and the matched words in <mark>.
 * Rather than trust that HTML, it is read here into plain pieces of text, each marked or not, and the
 * browser builds them with text nodes. Only pagefind's exact <mark> and </mark> count as markup; anything
 * else, however it looks, stays text. Pure.
 */

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const TOKEN = /<mark>|<\/mark>/g;

export function readExcerpt(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  let from = 0;
  const add = (raw: string) => {
    // Undo exactly pagefind's escaping (it escapes only < and >), so the text reads as it does on the page.
    const text = raw.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    if (text === '') return;
    const last = pieces.at(-1);
    if (last && last.marked === marked) last.text += text;
    else pieces.push({ text, marked });
  };
  for (const match of excerpt.matchAll(TOKEN)) {
    add(excerpt.slice(from, match.index));
    marked = match[0] === '<mark>';
    from = match.index + match[0].length;
  }
  add(excerpt.slice(from));
  return pieces;
}

/**
 * The marked words of an excerpt, lower-cased and once each: the forms of the query the page really uses.
 * Pagefind marks whole space-separated tokens (“slamming”.), so only the letters and digits are kept.
 */
export function markedWords(pieces: readonly ExcerptPiece[]): string[] {
  return [...new Set(pieces.filter((p) => p.marked).flatMap((p) => p.text.toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []))];
}
