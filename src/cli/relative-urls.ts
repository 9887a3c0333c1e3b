import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import type { StartTag } from 'parse5-sax-parser';

/**
 * Makes a built page's links relative, so a package works from whatever address an LMS serves it. Astro writes
 * links from the site root (/courses/demo/), and a base can only be absolute. An HTML tokenizer rewrites only
 * the attributes that hold addresses and leaves every other byte of the page as it was.
 */

/** Attributes whose value is an address: links, forms, assets, Astro's island scripts, and the launch page's frame. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'component-url', 'renderer-url', 'before-hydration-url', 'data-src']);

export interface Relativize {
  /** Where the page sits in the package, such as "courses/demo/first-steps/index.html". */
  from: string;
  /** The package path of a file the site serves at this root-relative path; throws if the package lacks it. */
  resolve: (sitePath: string) => string;
  /** Attributes to set on <html>. */
  htmlAttributes?: Record<string, string>;
}

export async function relativize(html: string, { from, resolve, htmlAttributes = {} }: Relativize): Promise<string> {
  const here = posix.dirname(from);
  const rewriter = new RewritingStream();
  // An error thrown inside a stream listener would stall the stream: keep the first, and throw it at the end.
  let failure: unknown;
  rewriter.on('startTag', (tag, raw) => {
    if (failure !== undefined) return rewriter.emitRaw(raw);
    try {
      rewriteTag(tag, raw);
    } catch (error) {
      failure = error;
      rewriter.emitRaw(raw);
    }
  });
  const rewriteTag = (tag: StartTag, raw: string) => {
    let changed = false;
    for (const attr of tag.attrs) {
      if ((attr.name === 'data-base' || attr.name === 'data-home') && attr.value.startsWith('/')) {
        // A folder of the site (its root, or a language's home) seen from this page: "../../", "./" or "../ru/".
        attr.value = `${posix.relative(here, attr.value.slice(1) || '.') || '.'}/`;
        changed = true;
      } else if (URL_ATTRIBUTES.has(attr.name) && /^\/(?!\/)/.test(attr.value)) {
        const [, path, rest] = /^([^?#]*)(.*)$/.exec(attr.value)!;
        attr.value = posix.relative(here, resolve(path!.endsWith('/') ? `${path}index.html` : path!)) + rest;
        changed = true;
      }
    }
    if (tag.tagName === 'html') {
      for (const [name, value] of Object.entries(htmlAttributes)) tag.attrs.push({ name, value });
      changed ||= Object.keys(htmlAttributes).length > 0;
    }
    if (changed) rewriter.emitStartTag(tag);
    else rewriter.emitRaw(raw);
  };
  const chunks: string[] = [];
  for await (const chunk of Readable.from([html]).pipe(rewriter)) chunks.push(String(chunk));
  if (failure !== undefined) throw failure;
  const out = chunks.join('');
  // Anything that still points at the site root would break inside an LMS: stop rather than ship it. ("/ " is
  // not an address: it is the "/" key in aria-keyshortcuts.)
  const left = /\s([\w-]+)="\/(?![\/\s])[^"]*"/.exec(out);
  if (left) throw new Error(`${from}: ${left[0].trim()} still points at the site root; add "${left[1]}" to URL_ATTRIBUTES in src/cli/relative-urls.ts`);
  return out;
}
