import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { bundleServer } from '../offline/bundle-server.ts';
import { buildSite } from './build-site.ts';
import { relativize } from './relative-urls.ts';

/**
 * release/fieldlab-offline.zip: the whole site for an organisation with no internet, with `serve.mjs` (the
 * zero-dependency local-network server) and GUIDE.txt. Every link in the site is made relative and names its
 * index.html, so the same files work from the server and, for reading, straight from a USB stick (file://).
 */
export async function packageOffline(root: string, mtime: Date): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'fieldlab-offline-'));
  try {
    console.log('Building the site for the offline bundle…');
    const site = buildSite(root, work, false);
    const entries: Zippable = {};
    const files = listFiles(site);
    const known = new Set(files);
    const resolveLink = (path: string) => {
      const sitePath = decodeURIComponent(path.slice(1));
      if (!known.has(sitePath)) throw new Error(`a page links to ${path}, which the built site does not have`);
      return sitePath;
    };
    for (const file of files) {
      const bytes = readFileSync(join(site, file));
      entries[`site/${file}`] = file.endsWith('.html') ? new TextEncoder().encode(await relativize(bytes.toString('utf8'), { from: file, resolve: resolveLink })) : bytes;
    }
    await bundleServer(join(work, 'serve.mjs'));
    entries['serve.mjs'] = readFileSync(join(work, 'serve.mjs'));
    entries['GUIDE.txt'] = readFileSync(join(root, 'src/offline/guide.txt'));
    return zipSync(entries, { level: 9, mtime });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [relative(base, full).split('\\').join('/')];
  });
}
