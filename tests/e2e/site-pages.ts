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

/** The interface languages other than English, whose pages live under /<code>/. */
export const OTHER_LOCALES = ['ru', 'vi', 'fa'] as const;

export function localeOf(route: string): string {
  const first = route.split('/')[0]!;
  return (OTHER_LOCALES as readonly string[]).includes(first) ? first : 'en';
}

/**
 * Every English page, and of each other language one page of every type (the first course's overview,
 * lesson, assessment and glossary, and every page outside courses/): the language's pages share their
 * templates with English, so this covers what a language changes at a quarter of the run time.
 */
export function pagesToCheck(pages: readonly string[]): string[] {
  const firstCourse = pages.find((p) => /^courses\/[^/]+\/$/.test(p));
  const firstLesson = pages.find((p) => firstCourse && p.startsWith(firstCourse) && p !== firstCourse && !/\/(assessment|glossary)\/$/.test(p));
  const sample = new Set([firstCourse, firstLesson, `${firstCourse}assessment/`, `${firstCourse}glossary/`]);
  return pages.filter((p) => {
    const locale = localeOf(p);
    if (locale === 'en') return true;
    const unprefixed = p.slice(locale.length + 1);
    return !unprefixed.startsWith('courses/') || sample.has(unprefixed);
  });
}
