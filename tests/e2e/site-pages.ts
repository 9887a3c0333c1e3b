import { readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const FIXTURE_DIST = fileURLToPath(new URL('../fixtures/dist', import.meta.url));

/** Every HTML page of a built site, as a path relative to the site root ("", "about/", "courses/x/"). */
export function builtPages(dist = DIST): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build\` and \`npm run build:fixture\` before the browser tests (npm test does both).`);
  
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(toRoute(relative(dist, full).split(sep).join('/')));
    }
  };
  walk(dist);
  return pages.sort();
}

function toRoute(file: string): string {
  if (file === 'index.html') return '';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file;
}
