/**
 * What the search's live region says in each state, so screen-reader users hear what sighted learners see.
 * Pure: the words come from the page's catalogue (`t`). The query is quoted as text; the page puts all of it
 * in with textContent.
 */
import type { Translate } from './messages.ts';

export type SearchState =
  | { kind: 'empty' }
  | { kind: 'no-words' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'results'; query: string; total: number; shown: number; filtered: boolean };

/** The messages search shows in the browser, given to it as JSON in the page. */
export const SEARCH_MESSAGES = [
  'search.failed', 'search.noWords', 'search.searching', 'search.none', 'search.noneFiltered', 'search.found', 'search.foundSome',
  'search.foundSomeFiltered', 'search.moreIn',
] as const;

export type SearchMessageKey = (typeof SEARCH_MESSAGES)[number];

/** How many results are shown; the rest are of little use, and each one costs a download. */
export const MAX_RESULTS = 20;

export function searchStatus(state: SearchState, t: Translate<SearchMessageKey>): string {
  switch (state.kind) {
    case 'empty':
      return '';
    case 'no-words':
      return t('search.noWords');
    case 'loading':
      return t('search.searching');
    case 'failed':
      return t('search.failed');
    case 'results':
      return resultsText(state, t);
  }
}

function resultsText({ query, total, shown, filtered }: Extract<SearchState, { kind: 'results' }>, t: Translate<SearchMessageKey>): string {
  if (total === 0) return t(filtered ? 'search.noneFiltered' : 'search.none', { query });
  if (shown === total) return t('search.found', { count: total, query });
  return t(filtered ? 'search.foundSomeFiltered' : 'search.foundSome', { count: total, query, shown });
}
