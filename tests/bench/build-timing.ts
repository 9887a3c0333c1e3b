import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Runs a real `astro build` (astro-build.ts) and times its phases from the moments its log lines arrive (pipes
 * are synchronous on Linux, so a line's arrival is when it was written). Works whatever the build integration
 * does after the pages are written: everything from the end of page generation to "Complete!" counts as "after
 * generation".
 */
export interface BuildTiming {
  totalMs: number;
  /** CPU time of the build process, all its threads: steadier than wall-clock time when the machine is busy. */
  cpuMs: number | null;
  /** Content layer: reading and validating every course file. */
  contentMs: number | null;
  /** Vite/Rolldown bundling of pages and islands (MDX compilation happens here). */
  bundleMs: number | null;
  /** Rendering every page to HTML. */
  generateMs: number | null;
  /** The build integration's steps after generation (icons, service worker, and Pagefind where it runs there). */
  afterGenerateMs: number | null;
  /** The log, for when something fails. */
  log: string;
}

export interface BuildOptions {
  root: string;
  courses: string;
  out: string;
  cache: string;
}

/** The moments the phases begin and end, recognised by Astro's own log lines. */
const MARKS = {
  contentStart: /\[content\] Syncing content/,
  contentEnd: /\[content\] Synced content/,
  bundleStart: /\[build\] Building static entrypoints/,
  generateStart: /generating static routes/,
  /** The first "✓ Completed in" after generation started ends it. */
  completed: /✓ Completed in/,
  done: /\[build\] Complete!/,
} as const;

export function timeBuild({ root, courses, out, cache }: BuildOptions): Promise<BuildTiming> {
  const script = fileURLToPath(new URL('./astro-build.ts', import.meta.url));
  const start = performance.now();
  const at: Partial<Record<keyof typeof MARKS | 'generateEnd', number>> = {};
  const lines: string[] = [];
  let cpuMs: number | null = null;
  // The same Node that runs the bench (Node 22 from node_modules/.bin), as `npm run build` does.
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, FIELDLAB_COURSES: courses, FIELDLAB_OUT: out, FIELDLAB_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listen = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (line) => {
      const now = performance.now() - start;
      const cpu = /^bench-cpu-ms (\d+)$/.exec(line);
      if (cpu) return void (cpuMs = Number(cpu[1]));
      lines.push(line);
      for (const [name, re] of Object.entries(MARKS) as [keyof typeof MARKS, RegExp][]) if (re.test(line)) at[name] ??= now;
      if (at.generateStart !== undefined && at.generateEnd === undefined && MARKS.completed.test(line)) at.generateEnd = now;
    });
  listen(child.stdout);
  listen(child.stderr);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const log = lines.join('\n');
      if (code !== 0) return reject(new Error(`astro build failed (exit ${code}):\n${log.slice(-4000)}`));
      const span = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? Math.round(to - from) : null);
      resolve({
        totalMs: Math.round(performance.now() - start),
        cpuMs,
        contentMs: span(at.contentStart, at.contentEnd),
        bundleMs: span(at.bundleStart, at.generateStart),
        generateMs: span(at.generateStart, at.generateEnd),
        afterGenerateMs: span(at.generateEnd, at.done),
        log,
      });
    });
  });
}

/**
 * Pagefind's indexing time, measured by running its CLI on the built site into `output`, so it is known whether
 * or not (and however) the build runs Pagefind itself. null when Pagefind is not installed.
 */
export function timePagefind(root: string, site: string, output: string): Promise<number | null> {
  const bin = join(root, 'node_modules/.bin/pagefind');
  if (!existsSync(bin)) return Promise.resolve(null);
  const start = performance.now();
  const child = spawn(bin, ['--site', site, '--output-path', output], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d));
  child.stderr.on('data', (d: Buffer) => (log += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`pagefind failed (exit ${code}):\n${log.slice(-2000)}`));
      else resolve(Math.round(performance.now() - start));
    });
  });
}
