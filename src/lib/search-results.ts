import type { PagefindResultData, PagefindSubResult } from './pagefind-api.ts';
import { markedWords, readExcerpt, type ExcerptPiece } from './search-excerpt.ts';
import { highlightHref } from './search-highlight.ts';

/**
 * What a search result shows, worked out from pagefind's data for one lesson. Pure.
 * The link goes to the lesson's part (between two headings) that matches best, so following it lands at
 * that heading; other matching parts are listed under it.
 */

export interface ResultSection {
  title: string;
  href: string;
  excerpt: ExcerptPiece[];
}

export interface ResultView {
  lesson: string;
  course: string;
  href: string;
  /** The heading the link lands at, when it is not the top of the lesson. */
  section: string | null;
  excerpt: ExcerptPiece[];
  /** Other matching parts of the lesson, in reading order. */
  sections: ResultSection[];
}

/** More than this and a result stops being a summary. */
const MAX_SECTIONS = 3;

export function resultView(data: PagefindResultData, queryTerms: readonly string[]): ResultView {
  const parts = data.sub_results?.length ? data.sub_results : [{ title: '', url: data.url, excerpt: data.excerpt }];
  const best = parts.reduce((a, b) => (score(b) > score(a) ? b : a));
  const others = parts
    .filter((p) => p !== best && isHeading(p))
    .sort((a, b) => score(b) - score(a))
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => parts.indexOf(a) - parts.indexOf(b));
  const link = (part: PagefindSubResult) => {
    const excerpt = readExcerpt(part.excerpt);
    // The forms the page really uses ("overdoses" for "overdose") are highlighted as well as what was typed.
    return { excerpt, href: highlightHref(part.url, [...new Set([...queryTerms, ...markedWords(excerpt)])]) };
  };
  return {
    lesson: data.meta.title ?? '',
    course: data.meta.course ?? '',
    ...link(best),
    section: isHeading(best) ? best.title : null,
    sections: others.map((p) => ({ title: p.title, ...link(p) })),
  };
}

function score(part: PagefindSubResult): number {
  return (part.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/** Pagefind's first part is the top of the page, before any heading: its address has no #anchor. */
function isHeading(part: PagefindSubResult): boolean {
  return part.url.includes('#');
}
