// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { searchIndex } from './src/integrations/search-index.ts';

// FIELDLAB_BASE lets an organisation serve the site from a sub-folder (/some/folder/).
const base = process.env.FIELDLAB_BASE ?? '/';

export default defineConfig({
  base,
  // Fixture builds in the tests keep their own content cache, so they never mix with the real courses.
  cacheDir: process.env.FIELDLAB_CACHE ?? './node_modules/.astro',
  // FIELDLAB_OUT lets the tests build a fixture site beside the real one.
  outDir: process.env.FIELDLAB_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // searchIndex comes last: it indexes the finished HTML.
  integrations: [mdx(), preact(), searchIndex()],
  // Nothing on this site may call home: no telemetry, no prefetch of other hosts.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
