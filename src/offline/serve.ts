/**
 * Fieldlab's offline server: `node serve.mjs [--port 8080] [--host 0.0.0.0]`, run from the unzipped offline
 * bundle. It serves the site in ./site to every device on the local network and prints the addresses and a QR
 * code to open. Bundled into one file with no dependencies (src/cli/package-offline.ts), so any machine with Node
 * runs it, from a laptop to a Raspberry Pi.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderUnicodeCompact } from 'uqr';
import { cacheControl, contentSecurityPolicy, contentType, networkAddresses, resolveRequest } from './server-core.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const port = Number(option('port', process.env.PORT ?? '8080'));
const host = option('host', '0.0.0.0');
const root = option('root', join(dirname(fileURLToPath(import.meta.url)), 'site'));

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`"${option('port', '')}" is not a port number. Try: node serve.mjs --port 8080`);
  process.exit(2);
}

/** Read once: every page of a build carries the same policy. */
const policy = (() => {
  try {
    return contentSecurityPolicy(readFileSync(join(root, 'index.html'), 'utf8'));
  } catch {
    return undefined;
  }
})();

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

function send(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendFile(res: ServerResponse, path: string, status: number, head: boolean): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    if (status === 404) return send(res, 404, 'Not found');
    return sendFile(res, join(root, '404.html'), 404, head);
  }
  res.writeHead(status, {
    'Content-Type': contentType(path),
    'Content-Length': size,
    'Cache-Control': cacheControl(path),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(policy ? { 'Content-Security-Policy': policy } : {}),
  });
  if (head) return void res.end();
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = createServer((req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Only GET and HEAD are allowed');
    }
    const resolved = resolveRequest(root, req.url ?? '/', isDirectory);
    if (resolved.kind === 'bad-request') return send(res, 400, 'Bad request');
    if (resolved.kind === 'forbidden') return send(res, 403, 'Forbidden');
    if (resolved.kind === 'redirect') {
      res.writeHead(301, { Location: resolved.location });
      return void res.end();
    }
    sendFile(res, resolved.path, 200, req.method === 'HEAD');
  } catch {
    send(res, 500, 'Server error');
  }
});

// A malformed request from any device on the network gets a 400 and never stops the server.
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use. Try another: node serve.mjs --port 8081` : `Could not start: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const lan = host === '0.0.0.0' || host === '::' ? networkAddresses(networkInterfaces(), actualPort) : [`http://${host}:${actualPort}/`];
  console.log(`Fieldlab is running. Open it on this computer: http://localhost:${actualPort}/`);
  if (lan.length > 0) {
    console.log('On phones and other computers on the same Wi-Fi, open:');
    for (const url of lan) console.log(`  ${url}`);
    console.log('\nOr scan this QR code with a phone camera:\n');
    console.log(renderUnicodeCompact(lan[0]!, { border: 1 }));
  }
  console.log('\nStop the server with Ctrl+C.');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
