/**
 * What the search's live region says in each state, so screen-reader users hear what sighted learners see.
 * Pure. The query is quoted as text; the page puts all of it in with textContent.
 */

export type SearchState =
  | { kind: 'empty' }
  | { kind: 'no-words' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'results'; query: string; total: number; shown: number; filtered: boolean };

/** Said when the search code or its index cannot be fetched. */
export const SEARCH_FAILED =
  'Search could not be loaded. It works when the site comes from a web server (also on a local network), not when pages are opened as files. You can still find every lesson from the course list.';

/** How many results are shown; the rest are of little use, and each one costs a download. */
export const MAX_RESULTS = 20;

export function searchStatus(state: SearchState): string {
  switch (state.kind) {
    case 'empty':
      return '';
    case 'no-words':
      return 'Type a word to search for: letters or numbers, not only spaces or symbols.';
    case 'loading':
      return 'Searching…';
    case 'failed':
      return SEARCH_FAILED;
    case 'results':
      return resultsText(state);
  }
}

function resultsText({ query, total, shown, filtered }: Extract<SearchState, { kind: 'results' }>): string {
  const quoted = `“${query}”`;
  if (total === 0) {
    return `No lessons match ${quoted}. Check the spelling or try other words${filtered ? ', or search without filters' : ''}.`;
  }
  const lessons = total === 1 ? '1 lesson matches' : `${total} lessons match`;
  return shown < total ? `${lessons} ${quoted}. Showing the best ${shown}: add a word${filtered ? '' : ' or a filter'} to narrow them.` : `${lessons} ${quoted}.`;
}
