/**
 * The search bundle: pagefind's index and runtime, written by the build beside the site and fetched by the
 * browser from the same server. Pure: shared by the build (which writes it) and the browser (which loads it).
 */

/** Folder of the bundle inside the built site; the browser loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** What pagefind-entry.json says of each language index: its metadata's hash, its wasm, how many pages it holds. */
export interface SearchEntry {
  languages: Record<string, { hash?: string; wasm?: string | null; page_count?: number }>;
}

/** The wasm file a language index loads: its stemmer's, or (none for Vietnamese, Persian…) the language-neutral one. */
export function searchWasm(index: { wasm?: string | null }): string {
  return `wasm.${index.wasm ?? 'unknown'}.pagefind`;
}

/**
 * Whether a file pagefind generates is one the site needs at run time. Pagefind also writes its ready-made
 * UIs, its own highlighter, a web worker and a wasm file per known language (about 540 KB together); the site
 * uses none of them, and an offline package or a service worker should not carry them. Anything not listed
 * here is dropped, so a pagefind upgrade that needs a new file breaks the search tests, not learners' phones.
 */
export function isSearchRuntimeFile(path: string, entry: SearchEntry): boolean {
  if (path === 'pagefind.js' || path === 'pagefind-entry.json') return true;
  if (/^pagefind\.[\w-]+\.pf_meta$/.test(path)) return true;
  if (/^(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/.test(path)) return true;
  return Object.values(entry.languages).some((index) => searchWasm(index) === path);
}

/**
 * Globs (paths inside the bundle) of the index files that a page in `language` does not search: that language's
 * service worker leaves them out. The index searched is the one pagefind's runtime picks: the page's language, else
 * the index with the most pages; so while one index serves every language, every language keeps it. A few globs per
 * language rather than every file's name: Workbox matches each file against each pattern, and a list of every
 * other language's fragment made that grow with the square of the number of lessons.
 */
export function otherIndexGlobs(language: string, entry: SearchEntry): string[] {
  const { languages } = entry;
  const searched = language in languages ? language : Object.keys(languages).sort((a, b) => (languages[b]!.page_count ?? 0) - (languages[a]!.page_count ?? 0))[0];
  if (searched === undefined) return [];
  // Languages without a stemmer share one wasm, which the searched index may need.
  const keptWasm = searchWasm(languages[searched]!);
  const globs = Object.entries(languages)
    .filter(([index]) => index !== searched)
    .flatMap(([index, other]) => [
      ...['index', 'fragment', 'filter'].map((folder) => `${folder}/${index}_*`),
      `pagefind.${other.hash}.pf_meta`,
      ...(searchWasm(other) === keptWasm ? [] : [searchWasm(other)]),
    ]);
  return [...new Set(globs)];
}
