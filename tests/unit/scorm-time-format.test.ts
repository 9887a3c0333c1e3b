import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cmiTime, cmiTimespan, isoDuration, isoTimestamp } from '../../src/scorm/time-format.ts';

/** The formats as the specifications write them (SCORM 1.2 RTE 3.4.2 CMITimespan/CMITime; SCORM 2004 RTE 4.1 time and timeinterval). */
const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const CMI_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const ISO_DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,6}Z$/;

describe('SCORM time formats', () => {
  test('SCORM 1.2 session time: HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('00:00:00.00');
    expect(cmiTimespan(3_723_456)).toBe('01:02:03.46');
    expect(cmiTimespan(100 * 3_600_000)).toBe('100:00:00.00');
    expect(cmiTimespan(-5)).toBe('00:00:00.00');
    expect(cmiTimespan(20_000 * 3_600_000)).toBe('9999:59:59.99');
  });

  test('SCORM 2004 session time: ISO 8601 duration', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_456)).toBe('PT1H2M3.46S');
    expect(isoDuration(60_000)).toBe('PT1M');
    expect(isoDuration(1_500)).toBe('PT1.50S');
    expect(isoDuration(36 * 3_600_000)).toBe('PT36H');
  });

  test('every duration is valid in both versions (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 * 3_600_000 }), (ms) => {
        expect(cmiTimespan(ms)).toMatch(CMI_TIMESPAN);
        expect(isoDuration(ms)).toMatch(ISO_DURATION);
      }),
    );
  });

  test('timestamps: 1.2 time of day, 2004 UTC date and time with a fraction before the Z', () => {
    const date = new Date(Date.UTC(2026, 10, 23, 9, 4, 5, 670));
    expect(isoTimestamp(date)).toBe('2026-11-23T09:04:05.67Z');
    expect(isoTimestamp(date)).toMatch(ISO_TIME);
    expect(cmiTime(date)).toMatch(CMI_TIME);
    expect(cmiTime(new Date(2026, 0, 1, 23, 59, 58))).toBe('23:59:58');
  });
});
