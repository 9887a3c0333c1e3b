/**
 * The performance benchmark (`npm run bench`, or `npm run bench -- 10 100` for other sizes): builds synthetic
 * sites of 10, 100 and 1,000 lessons in a temporary folder, times each build, weighs dist/, then loads each kind
 * of page in Chromium as a slow phone on a slow network would. Prints Markdown tables (pasted into the README's
 * "Performance" section) and writes tests/bench/results/latest.json. Not part of `npm test`: it takes minutes,
 * and its timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { timeBuild, timePagefind, type BuildTiming } from './build-timing.ts';
import { CONDITIONS, launch, measurePage, measureQuiz, measureSearch, type PageTypeResult, type QuizTiming, type SearchTiming } from './browser.ts';
import { generateCourses } from './generate-courses.ts';
import { serve, type Server } from './static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(ROOT, 'tests/bench/results/latest.json');
/** The ports this project may use for the bench; the tests use 4370 and 4371. */
const PORTS = [4375, 4376, 4377, 4378, 4379];
/** A word every synthetic course uses, so every size has results. */
const SEARCH_TERM = 'naloxone';

interface SizeResult {
  lessons: number;
  courses: number;
  quizLessons: number;
  words: number;
  pages: number;
  build: Omit<BuildTiming, 'log'> & { pagefindMs: number | null; msPerLesson: number };
  /** As the build wrote it, before any index the bench adds. */
  dist: Folder;
  searchIndex: (Folder & { madeBy: 'build' | 'bench' }) | null;
  pageTypes: Record<string, PageTypeResult>;
  quiz: QuizTiming;
  search: SearchTiming | null;
}

interface Folder {
  bytes: number;
  files: number;
}

function folder(path: string): Folder {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const countPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;

async function benchSize(browser: Browser, work: string, lessons: number, servers: Set<Server>): Promise<SizeResult> {
  const dir = join(work, String(lessons));
  const courses = join(dir, 'courses');
  const dist = join(dir, 'dist');
  const generated = generateCourses(courses, lessons);
  console.error(`${lessons} lessons: building…`);
  const { log: _, ...timing } = await timeBuild({ root: ROOT, courses, out: dist, cache: join(dir, 'cache') });
  const distSize = folder(dist);
  // Pagefind is timed on its own either way; where the build made no index, the bench's becomes the site's, so
  // search can still be measured through Pagefind's API.
  const indexedByBuild = existsSync(join(dist, 'pagefind'));
  const pagefindMs = await timePagefind(ROOT, dist, indexedByBuild ? join(dir, 'pagefind-again') : join(dist, 'pagefind'));
  const hasIndex = existsSync(join(dist, 'pagefind/pagefind.js'));
  const hasSearchPage = existsSync(join(dist, 'search/index.html'));

  console.error(`${lessons} lessons: measuring pages in Chromium…`);
  const server = await serve(dist, PORTS);
  servers.add(server);
  try {
    const course = `/courses/${generated.courseId}/`;
    const paths: Record<string, string> = {
      catalogue: '/',
      'course overview': course,
      lesson: `${course}${generated.plainLesson}/`,
      'lesson with quiz': `${course}${generated.quizLesson}/`,
      ...(hasSearchPage ? { search: '/search/' } : {}),
    };
    const pageTypes: Record<string, PageTypeResult> = {};
    for (const [type, path] of Object.entries(paths)) pageTypes[type] = await measurePage(browser, server.origin, path);
    const quiz = await measureQuiz(browser, server.origin, paths['lesson with quiz']!);
    const search = hasSearchPage || hasIndex ? await measureSearch(browser, server.origin, hasSearchPage ? 'ui' : 'api', SEARCH_TERM) : null;
    return {
      lessons: generated.lessons,
      courses: generated.courses,
      quizLessons: generated.quizLessons,
      words: generated.words,
      pages: countPages(dist),
      build: { ...timing, pagefindMs, msPerLesson: Math.round(timing.totalMs / generated.lessons) },
      dist: distSize,
      searchIndex: hasIndex ? { ...folder(join(dist, 'pagefind')), madeBy: indexedByBuild ? 'build' : 'bench' } : null,
      pageTypes,
      quiz,
      search,
    };
  } finally {
    await server.close();
    servers.delete(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);
const ms = (value: number) => `${value} ms`;
const pair = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function tables(results: SizeResult[]): string {
  const lines = [
    '**Build** (wall-clock times; CPU: every thread of the build process; after generation: the build integration’s icons and service worker, and Pagefind where the build runs it; Pagefind run again on its own when installed)',
    '',
    row(['lessons', 'courses', 'pages', 'build', 'CPU', 'content', 'bundle + MDX', 'generate', 'after generation', 'Pagefind', 'per lesson', 'dist/', 'search index']),
    row(Array(13).fill('---')),
    ...results.map((r) =>
      row([
        r.lessons,
        r.courses,
        r.pages,
        sec(r.build.totalMs),
        sec(r.build.cpuMs),
        sec(r.build.contentMs),
        sec(r.build.bundleMs),
        sec(r.build.generateMs),
        sec(r.build.afterGenerateMs),
        sec(r.build.pagefindMs),
        ms(r.build.msPerLesson),
        mb(r.dist.bytes),
        r.searchIndex ? `${mb(r.searchIndex.bytes)}${r.searchIndex.madeBy === 'bench' ? ' (by the bench)' : ''}` : '–',
      ]),
    ),
  ];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const marginal = (from: number | null, to: number | null) => (from === null || to === null ? '–' : ((to - from) / (b.lessons - a.lessons)).toFixed(1));
    lines.push(
      '',
      `${a.lessons} → ${b.lessons} lessons (×${(b.lessons / a.lessons).toFixed(0)}): build time ×${(b.build.totalMs / a.build.totalMs).toFixed(2)}, ` +
        `${marginal(a.build.totalMs, b.build.totalMs)} ms (CPU ${marginal(a.build.cpuMs, b.build.cpuMs)} ms) per added lesson.`,
    );
  }
  lines.push(
    '',
    `**Pages** (raw / gzip; requests until the network is idle; load event, median of 3; CPU ${CONDITIONS.cpuSlowdown}× slower, ${CONDITIONS.latencyMs} ms, ${CONDITIONS.downloadKbps / 1000} Mbit/s down, ${CONDITIONS.uploadKbps} kbit/s up, cold cache)`,
    '',
    row(['lessons', 'page', 'HTML', 'CSS', 'JS', 'requests', 'load']),
    row(Array(7).fill('---')),
    ...results.flatMap((r) => Object.entries(r.pageTypes).map(([type, p]) => row([r.lessons, type, pair(p.html), pair(p.css), pair(p.js), p.requests, ms(p.loadMs)]))),
    '',
    '**Interaction** (same conditions, median of 3)',
    '',
    row(['lessons', 'quiz option clickable', 'quiz answers a click', 'search', 'first query', 'again']),
    row(Array(6).fill('---')),
    ...results.map((r) =>
      row([
        r.lessons,
        ms(r.quiz.readyMs),
        ms(r.quiz.answeredMs),
        r.search ? (r.search.method === 'ui' ? 'search page' : 'Pagefind JS API') : 'no search index',
        r.search ? ms(r.search.firstMs) : '–',
        r.search ? ms(r.search.againMs) : '–',
      ]),
    ),
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10, 100, 1000];
  // Three lessons at least, so that the first course has a lesson with a quiz to measure.
  if (sizes.some((n) => !Number.isInteger(n) || n < 3)) throw new Error('Sizes are whole numbers of lessons, 3 or more, for example: npm run bench -- 10 100');
  const work = mkdtempSync(join(tmpdir(), 'fieldlab-bench-'));
  const servers = new Set<Server>();
  let browser: Browser | undefined;
  const cleanUp = async () => {
    for (const server of servers) await server.close();
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  };
  // Ctrl-C still stops the servers and the browser and removes the temporary folder; a crash at least removes
  // the folder (Playwright closes its browser and the servers die with this process).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  process.once('exit', () => rmSync(work, { recursive: true, force: true }));
  try {
    // Other work on the machine slows builds and pages alike: the load average says how busy it was.
    const loadStart = loadavg();
    browser = await launch();
    const results: SizeResult[] = [];
    for (const lessons of sizes) results.push(await benchSize(browser, work, lessons, servers));
    const report = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: browser.version(), loadAverage: { start: loadStart, end: loadavg() } },
      conditions: CONDITIONS,
      results,
    };
    mkdirSync(join(RESULTS, '..'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
    console.log(tables(results));
    console.error(`\nWritten: ${RESULTS}`);
  } finally {
    await cleanUp();
  }
}

await main();
