import { describe, expect, test } from 'vitest';
import { bookmarkPath, bookmarkToPlace, placeToBookmark } from '../../src/scorm/bookmark.ts';
import { demo } from './scorm-fixtures.ts';

describe('the bookmark', () => {
  const place = { course: 'demo', page: 'first-steps', quiz: 'check-first-steps', question: 'match-terms', at: 5 };

  test('names the page and the question, and reads back', () => {
    expect(placeToBookmark(place, 255)).toBe('first-steps#q-check-first-steps--match-terms');
    expect(bookmarkToPlace(demo, 'first-steps#q-check-first-steps--match-terms', 5)).toEqual(place);
    expect(bookmarkToPlace(demo, 'assessment', 5)).toEqual({ course: 'demo', page: 'assessment', at: 5 });
    expect(bookmarkPath(place)).toBe('first-steps/index.html#q-check-first-steps--match-terms');
  });

  test('too long for the limit: only the page', () => {
    expect(placeToBookmark(place, 20)).toBe('first-steps');
    expect(placeToBookmark(undefined, 255)).toBe('');
  });

  test('a page or question the course no longer has is no place, or only the page', () => {
    expect(bookmarkToPlace(demo, 'gone', 5)).toBeUndefined();
    expect(bookmarkToPlace(demo, '', 5)).toBeUndefined();
    expect(bookmarkToPlace(demo, '../../etc#q-x--y', 5)).toBeUndefined();
    expect(bookmarkToPlace(demo, 'first-steps#q-check-first-steps--gone', 5)).toEqual({ course: 'demo', page: 'first-steps', at: 5 });
  });
});
