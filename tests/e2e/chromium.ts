import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * Finds a Chromium to test with: FIELDLAB_CHROMIUM, then Debian's /usr/bin/chromium, then Playwright's own
 * download. Returns undefined when there is none, so the config can say how to get one in a single line.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.FIELDLAB_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests: run `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set FIELDLAB_CHROMIUM=/path/to/chromium.';

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
export function launchOptions(executablePath: string): LaunchOptions {
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
