import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { test as base } from './fixtures.ts';

/**
 * A test LMS for the SCORM packages of the fixture course (tests/fixtures/release, written by
 * `npm run package:fixture`): a small web server on 127.0.0.1 and a free port, started for each test worker
 * and stopped after it. It serves each package unzipped, deep inside a made-up LMS path (so only relative links
 * work), and a launch page where scorm-again plays the LMS: window.API (1.2) or window.API_1484_11 (2004) in
 * the parent frame, the package in an iframe. Commits go to an in-page recorder that the test can make refuse.
 */
export type Version = '1.2' | '2004';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RELEASE = join(root, 'tests/fixtures/release');
const FILES = { '1.2': 'demo.scorm12.zip', '2004': 'demo.scorm2004.zip' } as const;
/** Where the LMS serves each package from: any path must do, so it is a deep, odd one. */
export const contentPath = (version: Version) => `/lms/pluginfile.php/42/mod_scorm/content/${version === '1.2' ? '12' : '2004'}/`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.xsd': 'application/xml', '.dtd': 'application/xml-dtd' };

/** The LMS page: scorm-again with recorded (and refusable) commits, then the package in a frame. */
function lmsPage(version: Version): string {
  const script = version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style>
<script src="/scorm-again/${script}"></script>
<script>
  window.commits = [];
  window.failCommits = false;
  const settings = {
    // Never requested: the service below answers every commit in the page.
    lmsCommitUrl: '/commit',
    autocommit: false,
    logLevel: 5,
    httpService: {
      processHttpRequest(url, params) {
        if (window.failCommits) return { result: 'false', errorCode: 101 };
        window.commits.push(JSON.parse(JSON.stringify(params)));
        return { result: 'true', errorCode: 0 };
      },
      updateSettings() {},
    },
  };
  const api = new ${version === '1.2' ? 'Scorm12API' : 'Scorm2004API'}(settings);
  api.loadFromJSON(window.savedCmi ?? ${version === '1.2' ? "{ core: { student_id: 'learner-1', student_name: 'Test, Learner' } }" : "{ learner_id: 'learner-1', learner_name: 'Test Learner' }"});
  window.${version === '1.2' ? 'API' : 'API_1484_11'} = api;
</script></head>
<body><iframe id="sco" title="Course" src="${contentPath(version)}index.html"></iframe></body></html>`;
}

export interface Lms {
  origin: string;
  /** Opens the course in the LMS; `saved` is what the LMS stored from an earlier session (loadFromJSON). */
  launch(page: Page, version: Version, saved?: unknown): Promise<void>;
  /** The course's pages, inside the launch page, inside the LMS. */
  course(page: Page): FrameLocator;
  /** Unloads the course as an LMS does when the learner leaves it. */
  leave(page: Page): Promise<void>;
  /** The data model as the LMS holds it. */
  cmi(page: Page): Promise<Record<string, any>>;
  /** Every commit the LMS accepted, in order. */
  commits(page: Page): Promise<Record<string, any>[]>;
  /** Files the package holds, unzipped. */
  unzipped: Record<Version, string>;
}

function startLms(): Promise<{ lms: Lms; stop: () => Promise<void> }> {
  const work = mkdtempSync(join(tmpdir(), 'fieldlab-lms-'));
  const unzipped = {} as Record<Version, string>;
  for (const version of ['1.2', '2004'] as const) {
    const zip = join(RELEASE, FILES[version]);
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run package:fixture\` first (npm test does).`);
    unzipped[version] = join(work, version);
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      const file = join(unzipped[version], name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
  }

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string | undefined) => {
      if (!file || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    };
    const inside = (dir: string, rest: string) => {
      const file = normalize(join(dir, rest));
      return file.startsWith(dir) ? file : undefined;
    };
    const version = (['1.2', '2004'] as const).find((v) => path.startsWith(contentPath(v)));
    if (version) return send(inside(unzipped[version], path.slice(contentPath(version).length)));
    if (path === '/lms/1.2.html' || path === '/lms/2004.html') {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      return res.end(lmsPage(path.includes('1.2') ? '1.2' : '2004'));
    }
    if (path.startsWith('/scorm-again/')) return send(inside(join(root, 'node_modules/scorm-again/dist'), path.slice('/scorm-again/'.length)));
    send(undefined);
  });

  return new Promise((resolveStart) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const lms: Lms = {
        origin,
        unzipped,
        async launch(page, version, saved) {
          if (saved !== undefined) await page.addInitScript((cmi) => ((window as unknown as { savedCmi: unknown }).savedCmi = cmi), saved);
          await page.goto(`${origin}/lms/${version}.html`);
        },
        course: (page) => page.frameLocator('#sco').frameLocator('#course-frame'),
        leave: (page) => page.evaluate(() => document.getElementById('sco')!.remove()),
        cmi: (page) => page.evaluate(() => JSON.parse(JSON.stringify(((window as any).API ?? (window as any).API_1484_11).cmi))),
        commits: (page) => page.evaluate(() => (window as any).commits),
      };
      resolveStart({
        lms,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => {
              rmSync(work, { recursive: true, force: true });
              done();
            });
          }),
      });
    });
  });
}

/** The browser guards of fixtures.ts, with the test LMS as the one local host, and every response checked. */
export const test = base.extend<{ lms: Lms }, { lmsServer: Lms }>({
  lmsServer: [
    async ({}, use) => {
      const { lms, stop } = await startLms();
      await use(lms);
      await stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ lmsServer }, use) => use(`${lmsServer.origin}/`),
  lms: async ({ lmsServer, page }, use) => {
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    await use(lmsServer);
    base.expect(missing, 'every file the course asks for is in its package').toEqual([]);
  },
});

export { expect, expectNoAxeViolations } from './fixtures.ts';
