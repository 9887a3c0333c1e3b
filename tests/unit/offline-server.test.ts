import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleServer } from '../../src/offline/bundle-server.ts';
import { contentSecurityPolicy, contentType, networkAddresses, resolveRequest } from '../../src/offline/server-core.ts';

describe('resolveRequest', () => {
  const root = '/srv/site';
  const dirs = new Set(['/srv/site', '/srv/site/courses', '/srv/site/courses/x']);
  const isDir = (p: string) => dirs.has(p);

  test.each([
    ['/', { kind: 'file', path: '/srv/site/index.html' }],
    ['/courses/x/', { kind: 'file', path: '/srv/site/courses/x/index.html' }],
    ['/courses/x', { kind: 'redirect', location: '/courses/x/' }],
    ['/_astro/a.js?v=1#top', { kind: 'file', path: '/srv/site/_astro/a.js' }],
    ['/caf%C3%A9.html', { kind: 'file', path: '/srv/site/café.html' }],
    ['/../etc/passwd', { kind: 'forbidden' }],
    ['/%2e%2e/%2e%2e/etc/passwd', { kind: 'forbidden' }],
    ['/courses/..%2f..%2f..%2fetc/passwd', { kind: 'forbidden' }],
    ['/%5c..%5c..%5cetc%5cpasswd', { kind: 'bad-request' }],
    ['/a%00.html', { kind: 'bad-request' }],
    ['/%E0%A4%A', { kind: 'bad-request' }],
    ['relative', { kind: 'bad-request' }],
  ])('%s', (path, expected) => {
    expect(resolveRequest(root, path, isDir)).toEqual(expected);
  });

  test('content types, with binary for unknown files such as the search index', () => {
    expect(contentType('a/b.HTML')).toBe('text/html; charset=utf-8');
    expect(contentType('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentType('x.webmanifest')).toBe('application/manifest+json; charset=utf-8');
  });

  test('network addresses: external IPv4 only', () => {
    expect(
      networkAddresses(
        {
          lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
          wlan0: [
            { address: '192.168.1.20', family: 'IPv4', internal: false },
            { address: 'fe80::1', family: 'IPv6', internal: false },
          ],
        },
        8080,
      ),
    ).toEqual(['http://192.168.1.20:8080/']);
  });
});

describe('contentSecurityPolicy', () => {
  test('sends the pages’ own policy, with frame-ancestors, which a <meta> cannot set', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a+b/c=';"></head>`;
    expect(contentSecurityPolicy(page)).toBe("default-src 'self'; script-src 'self' 'sha256-a+b/c='; frame-ancestors 'self'");
    expect(contentSecurityPolicy(page.replaceAll("'", '&#39;'))).toBe("default-src 'self'; script-src 'self' 'sha256-a+b/c='; frame-ancestors 'self'");
  });

  test('a page without a policy gets none', () => {
    expect(contentSecurityPolicy('<h1>Home</h1>')).toBeUndefined();
  });
});

describe('the bundled server, run with plain node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fieldlab-serve-'));
  const site = join(dir, 'site');
  let server: ChildProcess;
  let port = 0;

  beforeAll(async () => {
    mkdirSync(join(site, 'courses', 'x'), { recursive: true });
    writeFileSync(join(site, 'index.html'), `<meta http-equiv="content-security-policy" content="default-src 'self'"><h1>Home</h1>`);
    writeFileSync(join(site, '404.html'), '<h1>Page not found</h1>');
    writeFileSync(join(site, 'courses', 'x', 'index.html'), '<h1>X</h1>');
    writeFileSync(join(dir, 'secret.txt'), 'outside the site');
    await bundleServer(join(dir, 'serve.mjs'));
    // Started from another folder, with nothing from node_modules: the bundle must stand alone and find ./site itself.
    server = spawn(process.execPath, [join(dir, 'serve.mjs'), '--port', '0', '--host', '127.0.0.1'], { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
    port = await new Promise<number>((ok, fail) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /localhost:(\d+)/.exec(out);
        if (match) ok(Number(match[1]));
      });
      server.on('exit', (code) => fail(new Error(`server exited ${code}`)));
    });
  }, 60_000);

  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A raw request, so that paths like /../ reach the server exactly as written. */
  const raw = (request: string) =>
    new Promise<string>((ok) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let out = '';
      socket.on('data', (d) => (out += d.toString()));
      socket.on('end', () => ok(out));
      socket.on('error', () => ok(out));
    });
  const get = (path: string) => raw(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);

  test('serves pages with the right content type, and folders by their index', async () => {
    expect(await get('/')).toMatch(/^HTTP\/1.1 200[\s\S]*Content-Type: text\/html; charset=utf-8[\s\S]*<h1>Home<\/h1>$/);
    expect(await get('/courses/x/')).toContain('<h1>X</h1>');
    expect(await get('/courses/x')).toMatch(/^HTTP\/1.1 301[\s\S]*Location: \/courses\/x\//);
  });

  test('sends the site’s Content-Security-Policy as a header, on every page', async () => {
    expect(await get('/')).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\r\n");
    expect(await get('/courses/x/')).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\r\n");
  });

  test('answers unknown pages with the site 404 page', async () => {
    expect(await get('/nope/')).toMatch(/^HTTP\/1.1 404[\s\S]*Page not found/);
  });

  test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/courses/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/..\\secret.txt'])(
    'refuses to leave the site folder: %s',
    async (path) => {
      const response = await get(path);
      expect(response).toMatch(/^HTTP\/1.1 40[03]/);
      expect(response).not.toContain('outside the site');
    },
  );

  test('survives bad requests and refuses other methods', async () => {
    expect(await raw('THIS IS NOT HTTP\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
    expect(await raw(`GET / HTTP/1.1\r\nHost: x\r\n${'X-Long: y\r\n'.repeat(20_000)}\r\n`)).toMatch(/^HTTP\/1.1 4\d\d/);
    expect(await raw('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1.1 405/);
    expect(await get('/')).toMatch(/^HTTP\/1.1 200/);
  });
});
