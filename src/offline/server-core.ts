import { extname, resolve, sep } from 'node:path';

/**
 * The pure parts of the offline bundle's server (serve.ts): which file a request may read, its content type,
 * and the addresses to tell people. Kept free of sockets so they are tested directly.
 */

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Pagefind's index files (.pf_meta, .pf_index, .pf_fragment…) are binary. */
export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolved =
  | { kind: 'file'; path: string }
  /** A folder asked for without its trailing slash: send the browser to the slashed address. */
  | { kind: 'redirect'; location: string }
  | { kind: 'bad-request' }
  | { kind: 'forbidden' };

/**
 * Maps a request path to a file under `root`, refusing anything that would leave it (.., encoded slashes,
 * backslashes, NUL). `isDirectory` is injected so this stays free of the file system.
 */
export function resolveRequest(root: string, rawPath: string, isDirectory: (path: string) => boolean): Resolved {
  const pathname = rawPath.split('?')[0]!.split('#')[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad-request' };
  if (decoded.split('/').some((part) => part === '..')) return { kind: 'forbidden' };
  const base = resolve(root);
  const target = resolve(base, `.${decoded}`);
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'forbidden' };
  if (isDirectory(target)) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` };
    return { kind: 'file', path: resolve(target, 'index.html') };
  }
  return { kind: 'file', path: target };
}

/** Hashed build assets never change; pages and the service worker must always be checked for a new version. */
export function cacheControl(path: string): string {
  return path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

interface NetworkInterface {
  address: string;
  family: string | number;
  internal: boolean;
}

/** The addresses other devices on the same network can open, IPv4 first (what phones type most easily). */
export function networkAddresses(interfaces: Record<string, NetworkInterface[] | undefined>, port: number): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => !i.internal && (i.family === 'IPv4' || i.family === 4))
    .map((i) => `http://${i.address}:${port}/`);
}

/**
 * The Content-Security-Policy to send as a header: the one every page of the site carries in its
 * <meta http-equiv> (the same on every page: src/integrations/content-security-policy.ts), plus what a <meta>
 * cannot say, that no other site may show these pages in a frame. Undefined when the page carries none.
 */
export function contentSecurityPolicy(pageHtml: string): string | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(pageHtml);
  if (!meta) return undefined;
  const policy = meta[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&').trim().replace(/;$/, '');
  return `${policy}; frame-ancestors 'self'`;
}
