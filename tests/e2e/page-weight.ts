import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * What a built page makes the browser download before it can work, read from dist/ alone (no browser, so the
 * numbers are the same on every run): the HTML, every stylesheet it links, and every JavaScript file it loads —
 * module scripts, modulepreloads, each island's component and renderer — with their static imports, recursively.
 * Dynamic imports are left out: they load only when the code asks for them.
 */
export interface Bytes {
  raw: number;
  /** gzip -9, each file compressed on its own, as a server sends them. */
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes & { files: string[] };
  js: Bytes & { files: string[] };
}

export const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];

/** The site-root-relative files a page refers to (`/base/_astro/x.js` → `_astro/x.js`). */
function referenced(html: string, base: string): { css: string[]; js: string[] } {
  const local = (url: string | undefined) => (url?.startsWith(base) ? url.slice(base.length) : undefined);
  const css = new Set<string>();
  const js = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, 'rel');
    const href = local(attribute(tag, 'href'));
    if (href && rel === 'stylesheet') css.add(href);
    if (href && rel === 'modulepreload') js.add(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = local(attribute(tag, 'src'));
    if (src) js.add(src);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = local(attribute(tag, name));
      if (url) js.add(url);
    }
  }
  return { css: [...css], js: [...js] };
}

/** The entry files and everything they import statically, found by esbuild's parser rather than by pattern. */
async function staticClosure(dist: string, entries: string[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const { metafile } = await build({
    absWorkingDir: resolve(dist),
    entryPoints: entries,
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'unused',
    logLevel: 'silent',
  });
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of metafile.inputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  entries.forEach(visit);
  return [...seen].sort();
}

function total(dist: string, files: string[]): Bytes & { files: string[] } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(dist, file));
    raw += content.length;
    gzip += gzipSize(content);
  }
  return { raw, gzip, files };
}

/** The HTML file of a page; `route` is its path below the site root, as builtPages() returns it ("", "courses/x/", "404.html"). */
export const pageFile = (dist: string, route: string) => join(dist, route, route.endsWith('.html') ? '' : 'index.html');

export async function pageWeight(dist: string, route: string, base = '/'): Promise<PageWeight> {
  const html = readFileSync(pageFile(dist, route));
  const refs = referenced(html.toString('utf8'), base);
  return {
    html: { raw: html.length, gzip: gzipSize(html) },
    css: total(dist, refs.css),
    js: total(dist, await staticClosure(dist, refs.js)),
  };
}
