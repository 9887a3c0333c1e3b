import { highlightTerms, matchRanges } from '../../lib/search-highlight.ts';

/**
 * On a lesson reached from a search result (?highlight=…): marks the searched words in the lesson's
 * searchable content, and brings the first into view when the link has no #heading to land on.
 * Loaded only when the address asks for it.
 */
const terms = highlightTerms(location.search);
const marks: HTMLElement[] = [];

for (const root of document.querySelectorAll<HTMLElement>('[data-pagefind-body]')) {
  // Quizzes are Preact islands: marks inside them would not survive Preact taking over their markup.
  if (root.closest('astro-island')) continue;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const found: HTMLElement[] = [];
    // From the last match back, so the earlier offsets in the same text stay right.
    for (const [start, end] of matchRanges(text.data, terms).reverse()) {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const mark = document.createElement('mark');
      range.surroundContents(mark);
      found.unshift(mark);
    }
    marks.push(...found);
  }
}

// Behind a closed content-warning gate nothing is shown yet: the gate brings the first mark into view when opened.
if (!location.hash) marks.find((mark) => mark.getClientRects().length > 0)?.scrollIntoView({ block: 'center' });
