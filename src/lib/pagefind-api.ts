/**
 * The part of pagefind's browser API (`<base>pagefind/pagefind.js`, written by the build) that Fieldlab uses.
 * The npm package types only its indexing API, so this is written from the pagefind.js that pagefind 1.6 generates.
 */

export interface PagefindOptions {
  /** Prefix of result addresses: the site's base, so results work from a sub-path. */
  baseUrl?: string;
  /** Words of excerpt around the match. */
  excerptLength?: number;
  /** Fixed tag for pagefind-entry.json?ts=, instead of the time of each search, so caches can keep it. */
  metaCacheTag?: string;
  /** Search on the page instead of in pagefind's web worker: one file (43 KB) less to fetch and to cache. */
  noWorker?: boolean;
}

export interface PagefindWeightedLocation {
  balanced_score: number;
}

/** A part of a page between two headings (or before the first). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: PagefindWeightedLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
}
