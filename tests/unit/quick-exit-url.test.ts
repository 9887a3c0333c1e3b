import { describe, expect, test } from 'vitest';
import { DEFAULT_QUICK_EXIT_URL, quickExitUrl } from '../../src/lib/quick-exit-url.ts';

describe('quickExitUrl (FIELDLAB_QUICK_EXIT_URL)', () => {
  test('unset or blank: about:blank, which asks no host for anything', () => {
    expect(quickExitUrl(undefined)).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(quickExitUrl('  ')).toBe('about:blank');
  });

  test('an everyday web address is kept', () => {
    expect(quickExitUrl('https://www.bbc.co.uk/weather')).toBe('https://www.bbc.co.uk/weather');
    expect(quickExitUrl(' http://intranet.example.org/news ')).toBe('http://intranet.example.org/news');
    expect(quickExitUrl('about:blank')).toBe('about:blank');
  });

  test.each(['weather', 'www.bbc.co.uk', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'about:srcdoc'])('refuses %s, naming the variable', (value) => {
    expect(() => quickExitUrl(value)).toThrow(/FIELDLAB_QUICK_EXIT_URL/);
  });
});
