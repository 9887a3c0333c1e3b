import type { Pagefind } from '../../lib/pagefind-api.ts';
import { SEARCH_BUNDLE_DIR } from '../../lib/search-bundle.ts';
import { withBase } from '../../lib/urls.ts';

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind's runtime, fetched once, on first use, from this site's own folder (import.meta.env.BASE_URL), so
 * search works from any sub-path. A failed load is forgotten, so the next search tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= start().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function start(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL;
  // The bundle is written after Vite has run, so Vite must leave this import to the browser.
  const pagefind = (await import(/* @vite-ignore */ withBase(base, `${SEARCH_BUNDLE_DIR}/pagefind.js`))) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 20, metaCacheTag: import.meta.env.FIELDLAB_SEARCH_TAG, noWorker: true });
  return pagefind;
}
