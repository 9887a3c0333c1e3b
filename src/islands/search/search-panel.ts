import { chosenFilters, SEARCH_FILTERS, type ChosenFilters } from '../../lib/search-filters.ts';
import { readQuery } from '../../lib/search-query.ts';
import { resultView } from '../../lib/search-results.ts';
import { MAX_RESULTS, searchStatus, type SearchMessageKey, type SearchState } from '../../lib/search-status.ts';
import { pageMessages } from '../page-messages.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { renderResults } from './result-list.ts';

/**
 * Search as you type in a search panel (src/components/SearchPanel.astro): in the header's dialog, or on
 * the search page, which also keeps the query and filters in its address. Plain DOM, loaded only when the
 * learner opens search.
 */

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const TYPING_PAUSE_MS = 120;
/** "Searching…" is said only when a search is slow, so quick ones do not make the live region chatter. */
const SLOW_MS = 400;

const attached = new WeakSet<HTMLElement>();
const t = pageMessages<SearchMessageKey>('fieldlab-search-messages');

export function attachSearch(panel: HTMLElement): void {
  if (attached.has(panel)) return;
  attached.add(panel);
  const form = panel.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLElement>('[data-search-results]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]');
  const selects = SEARCH_FILTERS.map((f) => form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)).filter((s) => s !== null);
  const inPage = panel.hasAttribute('data-search-page');
  let latest = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const say = (state: SearchState) => {
    status.textContent = searchStatus(state, t);
  };

  /**
   * The search page's address says what it shows, so it can be bookmarked, shared and come back to; the
   * dialog's link to the search page takes the search along.
   */
  const showInAddress = (text: string, filters: ChosenFilters) => {
    const params = new URLSearchParams({ ...(text ? { q: text } : {}), ...filters }).toString();
    if (inPage) history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    if (more) more.search = params;
  };

  const search = async () => {
    clearTimeout(typing);
    const run = ++latest;
    const query = readQuery(input.value);
    const filters = chosenFilters((f) => selects.find((s) => s.name === f)?.value);
    showInAddress(query.kind === 'words' ? query.text : '', filters);
    if (query.kind !== 'words') {
      renderResults(list, []);
      say({ kind: query.kind });
      return;
    }
    const slow = setTimeout(() => run === latest && say({ kind: 'loading' }), SLOW_MS);
    try {
      const pagefind = await loadPagefind();
      const { results } = await pagefind.search(query.text, { filters });
      const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (run !== latest) return;
      // Pagefind loads the index of the page's <html lang>, whose pages are this interface language's.
      renderResults(list, shown.map((data) => resultView(data, query.terms)), t);
      say({ kind: 'results', query: query.text, total: results.length, shown: shown.length, filtered: Object.keys(filters).length > 0 });
    } catch {
      if (run !== latest) return;
      renderResults(list, []);
      say({ kind: 'failed' });
    } finally {
      clearTimeout(slow);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const select of selects) select.addEventListener('change', () => void search());
  panel.addEventListener('keydown', (event) => moveThroughResults(event, input, list));

  if (inPage) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    // A select keeps only a value it offers, so an address cannot set a filter the page does not have.
    for (const select of selects) select.value = params.get(select.name) ?? '';
  }
  // Whatever was typed before this code arrived is searched now.
  if (input.value !== '') void search();
  // Fetch pagefind while the learner types the first word.
  else void loadPagefind().catch(() => {});
}

/** Arrow keys move between the search field and the result links (Tab works too). */
function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const inInput = document.activeElement === input;
  if (!inInput && at === -1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? (inInput ? 0 : Math.min(at + 1, links.length - 1)) : at - 1;
  if (next < 0) input.focus();
  else links[next]?.focus();
}
