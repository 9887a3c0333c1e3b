/**
 * Writes dist/sw.js with Workbox: a service worker that precaches every page, asset and the search index, so
 * that after one visit the whole site works with the network off. Run after `astro build` and Pagefind
 * (`npm run build` does). A new deployment installs completely in the background and waits until the learner
 * chooses to reload (src/islands/offline-updates.ts), so nobody sees a half-updated site.
 */
import { generateSW } from 'workbox-build';

export async function writeServiceWorker(dist: string, base: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.{html,css,js,mjs,json,svg,png,webmanifest,txt}', 'pagefind/**/*'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/.prerender/**'],
    swDest: `${dist}/sw.js`,
    modifyURLPrefix: { '': base },
    // Pagefind's index files are small, but a whole catalogue can pass Workbox's 2 MiB default for one file.
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    // Hashed assets need no cache-busting revision; everything else gets one from its content.
    dontCacheBustURLsMatching: /\/_astro\//,
    // A static site answers the same file whatever the query (?highlight= on lessons, ?q= and filters on the
    // search page, Pagefind's ?ts= on its metadata), so the cached copy serves every query.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    navigateFallback: `${base}404.html`,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
