import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAppIcons } from '../cli/app-icons.ts';
import { writeServiceWorkers } from '../cli/service-worker.ts';
import { scormBuild } from '../lib/scorm-build.ts';

/**
 * What `astro build` does after the pages are written: app icons and manifest from one source image, then the
 * service workers, one per language, that precache the finished site (so they must run last). SCORM builds
 * (FIELDLAB_SCORM) get no service worker: it would sit inside the LMS's own pages.
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
        for (const { locale, count, size } of await writeServiceWorkers(dist, base)) {
          logger.info(`service worker (${locale}) precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
        }
      },
    },
  };
}
