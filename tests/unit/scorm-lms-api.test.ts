import { describe, expect, test, vi } from 'vitest';
import { findLmsApi, type WindowLike } from '../../src/scorm/lms-api.ts';

/** A chain of frames, innermost first; the last is the top window (its own parent). */
function frames(...wins: WindowLike[]): WindowLike {
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  return wins[0]!;
}

const api12 = () => ({
  LMSInitialize: vi.fn(() => 'true'),
  LMSFinish: vi.fn(() => 'true'),
  LMSGetValue: vi.fn((el: string) => (el === 'cmi.core.student_id' ? 'learner-1' : '')),
  LMSSetValue: vi.fn(() => 'true'),
  LMSCommit: vi.fn(() => 'false'),
});
const api2004 = () => ({
  Initialize: vi.fn(() => 'true'),
  Terminate: vi.fn(() => 'true'),
  GetValue: vi.fn(() => 'x'),
  SetValue: vi.fn(() => 'false'),
  Commit: vi.fn(() => 'true'),
});

/** A frame of another origin: reading anything on it throws, as browsers do. */
const foreign = (): WindowLike =>
  new Proxy({} as WindowLike, {
    get() {
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });

describe('finding the LMS API', () => {
  test('walks up the parents to the LMS frame', () => {
    const api = api12();
    const course = frames({}, {}, {}, { API: api });
    const found = findLmsApi(course, '1.2')!;
    expect(found.version).toBe('1.2');
    expect(found.get('cmi.core.student_id')).toBe('learner-1');
    expect(api.LMSGetValue).toHaveBeenCalledWith('cmi.core.student_id');
  });

  test('prefers the version the package declares, and falls back to the other', () => {
    const both = frames({}, { API: api12(), API_1484_11: api2004() });
    expect(findLmsApi(both, '2004')!.version).toBe('2004');
    expect(findLmsApi(both, '1.2')!.version).toBe('1.2');
    expect(findLmsApi(frames({}, { API_1484_11: api2004() }), '1.2')!.version).toBe('2004');
  });

  test('then looks in the window that opened the course, and its parents', () => {
    const lms = frames({}, { API_1484_11: api2004() });
    expect(findLmsApi(frames({ opener: lms }), '2004')!.version).toBe('2004');
  });

  test('stops at a frame of another origin, and finds nothing without an LMS', () => {
    const behindForeign = frames({}, foreign());
    expect(findLmsApi(behindForeign, '1.2')).toBeNull();
    expect(findLmsApi(frames({}, {}), '2004')).toBeNull();
    expect(findLmsApi({ parent: null, opener: null }, '2004')).toBeNull();
  });

  test('gives up after a deep chain rather than looping', () => {
    const chain: WindowLike[] = Array.from({ length: 600 }, () => ({}));
    chain.push({ API: api12() });
    expect(findLmsApi(frames(...chain), '1.2')).toBeNull();
  });

  test('answers true or false, and an LMS that throws counts as a "false"', () => {
    const api = { ...api2004(), Commit: () => { throw new Error('offline'); } };
    const found = findLmsApi(frames({ API_1484_11: api }), '2004')!;
    expect(found.initialize()).toBe(true);
    expect(found.set('cmi.location', 'a')).toBe(false);
    expect(found.commit()).toBe(false);
    const one = findLmsApi(frames({ API: api12() }), '1.2')!;
    expect(one.commit()).toBe(false);
    expect(one.terminate()).toBe(true);
  });
});
