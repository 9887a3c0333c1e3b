import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs `astro build` of the project at `root` into `work/site`, with its cache in `work/cache`, so a packaging step
 * never touches dist/ or the normal build cache. `scorm` builds the single-course SCORM variant. Returns the site.
 */
export function buildSite(root: string, work: string, scorm: boolean): string {
  const site = join(work, 'site');
  execFileSync(join(root, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FIELDLAB_SCORM: scorm ? '1' : '', FIELDLAB_BASE: '/', FIELDLAB_OUT: site, FIELDLAB_CACHE: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return site;
}
