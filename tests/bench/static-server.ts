import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType, resolveRequest } from '../../src/offline/server-core.ts';

/**
 * A static server for one built site, on 127.0.0.1 only, with the offline server's path rules. It gzips text as
 * an ordinary web host does, so the slow-network timings reflect what learners download; Pagefind's index files
 * are compressed already and go as they are.
 */
export interface Server {
  origin: string;
  close: () => Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

function readFile(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

export function serve(root: string, ports: readonly number[]): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const resolved = resolveRequest(root, req.url ?? '/', isDirectory);
    if (resolved.kind === 'redirect') return void res.writeHead(301, { Location: resolved.location }).end();
    const found = resolved.kind === 'file' ? readFile(resolved.path) : undefined;
    const path = found && resolved.kind === 'file' ? resolved.path : join(root, '404.html');
    let body = found ?? readFile(path) ?? Buffer.from('Not found');
    const type = contentType(path);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let zipped = gzipped.get(path);
      if (!zipped) gzipped.set(path, (zipped = gzipSync(body)));
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, { ...headers, 'Content-Length': String(body.length) }).end(body);
  });
  return new Promise((resolve, reject) => {
    const tryPort = (i: number) => {
      if (i >= ports.length) return reject(new Error(`no free port among ${ports.join(', ')}`));
      server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? tryPort(i + 1) : reject(error)));
      server.listen(ports[i], '127.0.0.1', () => {
        server.removeAllListeners('error');
        const { port } = server.address() as AddressInfo;
        resolve({
          origin: `http://127.0.0.1:${port}`,
          close: () =>
            new Promise<void>((done) => {
              server.closeAllConnections();
              server.close(() => done());
            }),
        });
      });
    };
    tryPort(0);
  });
}
