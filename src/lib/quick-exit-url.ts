/**
 * Where "Quick exit" sends the learner: FIELDLAB_QUICK_EXIT_URL at build time, checked here so that a typing
 * mistake stops the build instead of leaving a quick exit that goes nowhere. The default, about:blank, makes no
 * request to any host (tests, offline use); organisations set an everyday site, such as a weather or news page.
 */
export const DEFAULT_QUICK_EXIT_URL = 'about:blank';

export function quickExitUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_QUICK_EXIT_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`FIELDLAB_QUICK_EXIT_URL must be a full web address, such as https://www.bbc.co.uk/weather (it is "${value}").`);
  }
  if (url.href === DEFAULT_QUICK_EXIT_URL) return url.href;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`FIELDLAB_QUICK_EXIT_URL must start with https:// (or be about:blank); "${value}" does not.`);
  }
  return url.href;
}
