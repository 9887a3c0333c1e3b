import { defineConfig, devices } from '@playwright/test';
import { findChromium, launchOptions, NO_CHROMIUM_MESSAGE } from './e2e/chromium.ts';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

/** The built site (dist/) is served by `astro preview` on loopback only; Playwright stops it after the run. */
const PORT = Number(process.env.FIELDLAB_TEST_PORT ?? 4329);
const BASE = process.env.FIELDLAB_BASE ?? '/';
const origin = `http://127.0.0.1:${PORT}`;
/** The fixture site (tests/fixtures/valid-courses, built by `npm run build:fixture`) has a quiz of every type. */
const FIXTURE_PORT = PORT + 1;
const fixtureOrigin = `http://127.0.0.1:${FIXTURE_PORT}`;
/** The real courses' specs: site-wide checks and search, which needs every course to filter between. */
const REAL_SITE_SPECS = ['site-*.spec.ts', 'search-*.spec.ts'];
const preview = (port: number, env = '') => `${env} ASTRO_TELEMETRY_DISABLED=1 npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`;

export default defineConfig({
  testDir: './e2e',
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  outputDir: '../test-results',
  use: {
    baseURL: origin + BASE,
    launchOptions: launchOptions(executablePath),
    trace: 'retain-on-failure',
    // A service worker would download its language's whole copy in every test; the offline tests allow it where they need it.
    serviceWorkers: 'block',
  },
  projects: [
    // The real courses: site-wide checks on every page, and search.
    { name: 'desktop-light', testMatch: REAL_SITE_SPECS, use: { ...devices['Desktop Chrome'], colorScheme: 'light' } },
    // The smallest phone we support, in dark mode, so contrast is checked in both schemes.
    { name: 'phone-dark', testMatch: REAL_SITE_SPECS, use: { ...devices['Pixel 5'], viewport: { width: 320, height: 640 }, colorScheme: 'dark' } },
    // The fixture course: quizzes and progress, each state checked like every page.
    { name: 'fixture', testIgnore: [...REAL_SITE_SPECS, 'scorm-*.spec.ts'], use: { ...devices['Desktop Chrome'], baseURL: `${fixtureOrigin}/` } },
    // The fixture course's SCORM packages (npm run package:fixture) in a test LMS that the tests start themselves.
    { name: 'scorm', testMatch: 'scorm-*.spec.ts', use: { ...devices['Desktop Chrome'] } },
    { name: 'fixture-phone-dark', testMatch: 'quiz-accessibility.spec.ts', use: { ...devices['Pixel 5'], viewport: { width: 320, height: 640 }, colorScheme: 'dark', baseURL: `${fixtureOrigin}/` } },
  ],
  webServer: [
    { command: preview(PORT), cwd: '..', url: origin + BASE, reuseExistingServer: false, timeout: 60_000 },
    { command: preview(FIXTURE_PORT, 'FIELDLAB_OUT=tests/fixtures/dist'), cwd: '..', url: `${fixtureOrigin}/`, reuseExistingServer: false, timeout: 60_000 },
  ],
});
