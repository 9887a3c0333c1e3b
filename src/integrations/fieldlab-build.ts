import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAppIcons } from '../cli/app-icons.ts';
import { writeServiceWorker } from '../cli/service-worker.ts';
import { scormBuild } from '../lib/scorm-build.ts';

/**
 * What `astro build` does after the pages are written: app icons and manifest from one source image, then the
 * service worker that precaches the finished site (so it must run last). SCORM builds (FIELDLAB_SCORM) get no
 * service worker: it would sit inside the LMS's own pages.
 */
export function fieldlabBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'fieldlab-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await writeAppIcons(dist, base);
        if (scormBuild) return;
        const { count, size } = await writeServiceWorker(dist, base);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
