// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { fieldlabBuild } from './src/integrations/fieldlab-build.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';

// FIELDLAB_BASE lets an organisation serve the site from a sub-folder (/some/folder/).
const base = process.env.FIELDLAB_BASE ?? '/';
// FIELDLAB_SCORM=1 builds the pages that SCORM packages are made from (npm run package).
const scorm = process.env.FIELDLAB_SCORM === '1';

export default defineConfig({
  base,
  // Fixture builds in the tests keep their own content cache, so they never mix with the real courses.
  cacheDir: process.env.FIELDLAB_CACHE ?? './node_modules/.astro',
  // FIELDLAB_OUT lets the tests build a fixture site beside the real one.
  outDir: process.env.FIELDLAB_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // After the pages: searchIndex indexes the finished HTML, then fieldlabBuild's service worker precaches it all.
  integrations: [mdx(), preact(), searchIndex(), fieldlabBuild()],
  // Nothing on this site may call home: no telemetry, no prefetch of other hosts.
  devToolbar: { enabled: false },
  // Scripts run only from the site's own files or by hash: see src/integrations/content-security-policy.ts.
  security: { csp: contentSecurityPolicy() },
  server: { host: '127.0.0.1', port: 4321 },
  // A SCORM package runs from whatever address the LMS gives it, so scripts must find each other relative to
  // themselves, never from the site root; the packager makes the pages' own links relative.
  vite: scorm ? { experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) } } : {},
});
