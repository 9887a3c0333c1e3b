import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { isSearchRuntimeFile, SEARCH_BUNDLE_DIR, searchWasm, type SearchEntry } from '../lib/search-bundle.ts';

/**
 * Builds the search index after every `astro build`, so any build (the real courses, the fixture site, a
 * sub-path build) comes out complete. Pagefind reads the built HTML: what it indexes is chosen in the pages,
 * with data-pagefind-body on lesson content only (see the README's "Search" section). It writes one index per
 * interface language, split by each page's <html lang>, and the browser loads only its page's language's.
 */
export function searchIndex(): AstroIntegration {
  // The browser fetches pagefind-entry.json?ts=<tag>. Pagefind's default tag is the time of each search, which
  // no cache (and no later service worker) can keep; this one is fixed for a build and new with the next, so a
  // cached entry never outlives the index files it names. SOURCE_DATE_EPOCH keeps builds reproducible.
  const tag = process.env.SOURCE_DATE_EPOCH ?? Date.now().toString(36);
  return {
    name: 'fieldlab-search-index',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.FIELDLAB_SEARCH_TAG': JSON.stringify(tag) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const out = join(site, SEARCH_BUNDLE_DIR);
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          const { files, errors: fileErrors } = await index.getFiles();
          const problems = [...added.errors, ...fileErrors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          const entryFile = files.find((f) => f.path === 'pagefind-entry.json');
          if (!entryFile) throw new Error('pagefind wrote no pagefind-entry.json');
          const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as SearchEntry;
          await rm(out, { recursive: true, force: true });
          const kept = files.filter((f) => isSearchRuntimeFile(f.path, entry));
          for (const file of kept) {
            const target = join(out, file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, file.content);
          }
          const kb = (files: typeof kept) => Math.round(files.reduce((sum, f) => sum + f.content.length, 0) / 1024);
          // Each language's index files start with its code (index/ru_….pf_index, pagefind.ru_….pf_meta); add its wasm.
          const perLanguage = Object.entries(entry.languages).map(
            ([lang, index]) => `${lang} ${kb(kept.filter((f) => f.path.includes(`${lang}_`) || f.path === searchWasm(index)))} KB`,
          );
          logger.info(`read ${added.page_count} pages; wrote ${SEARCH_BUNDLE_DIR}/ (${kept.length} files, ${kb(kept)} KB; indexes: ${perLanguage.join(', ')})`);
        } finally {
          await close();
        }
      },
    },
  };
}
