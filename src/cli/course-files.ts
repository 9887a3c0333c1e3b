import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * Every file one course's package needs from the SCORM build, found by following references from its pages:
 * the launch page, the course's own pages, and the styles, scripts and images they load, transitively.
 * Nothing else goes in, so no other course's pages or pictures ride along. Paths are the site's, from its root.
 */
export const launchPage = (courseId: string) => `scorm/${courseId}/index.html`;

/** References in each kind of file: root-relative addresses in HTML; relative imports in scripts; url() in styles. */
const PATTERNS: Record<string, RegExp[]> = {
  '.html': [/\s(?:href|src|component-url|renderer-url|before-hydration-url|data-src)="(\/(?!\/)[^"?#]*)/g],
  '.js': [/["'`](\.{1,2}\/[\w./-]+\.(?:js|css))["'`]/g, /["'`](\/?_astro\/[\w./-]+\.(?:js|css))["'`]/g],
  '.css': [/url\(\s*["']?([^"')?#]+)/g],
};

export function courseFiles(site: string, courseId: string): string[] {
  const pages = walk(site, `courses/${courseId}`).filter((file) => file.endsWith('.html'));
  const found = new Set<string>();
  const queue = [launchPage(courseId), ...pages];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (found.has(file)) continue;
    if (!existsSync(join(site, file)) || !statSync(join(site, file)).isFile()) throw new Error(`The build has no ${file}, which the course ${courseId} needs`);
    found.add(file);
    const text = readFileSync(join(site, file), 'utf8');
    for (const pattern of PATTERNS[posix.extname(file)] ?? []) {
      for (const [, ref] of text.matchAll(pattern)) {
        const target = resolveRef(file, ref!);
        if (target.startsWith('courses/') && !target.startsWith(`courses/${courseId}/`)) {
          throw new Error(`${file} links to ${ref}, outside the course ${courseId}: a package holds one course only`);
        }
        queue.push(target);
      }
    }
  }
  return [...found].sort();
}

function resolveRef(from: string, ref: string): string {
  const path = ref.startsWith('/') ? ref.slice(1) : ref.startsWith('.') ? posix.join(posix.dirname(from), ref) : ref;
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

function walk(site: string, dir: string): string[] {
  if (!existsSync(join(site, dir))) return [];
  return readdirSync(join(site, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? walk(site, path) : [path];
  });
}
