import { describe, expect, test } from 'vitest';
import { fill, formatMessage, placeholders, pluralCategories, translator } from '../../src/lib/messages.ts';
import { direction, inLocale, isLocale, switchLocale } from '../../src/lib/locales.ts';

describe('formatting messages', () => {
  test('placeholders are filled, numbers written the locale’s way, and a missing value stays visible', () => {
    expect(fill('{count} of {max}', { count: 3, max: 12 }, 'en')).toBe('3 of 12');
    expect(fill('{count} از {max}', { count: 3, max: 12 }, 'fa')).toBe('۳ از ۱۲');
    expect(fill('Hello {name}', {}, 'en')).toBe('Hello {name}');
  });

  test('plural forms follow each language’s rules', () => {
    const lessons = { one: '{count} урок', few: '{count} урока', many: '{count} уроков', other: '{count} урока' };
    expect([1, 2, 5, 21, 1.5].map((count) => formatMessage(lessons, 'ru', { count }))).toEqual(['1 урок', '2 урока', '5 уроков', '21 урок', '1,5 урока']);
    expect(formatMessage({ other: '{count} bài học' }, 'vi', { count: 1 })).toBe('1 bài học');
    expect(pluralCategories('ru')).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralCategories('vi')).toEqual(['other']);
  });

  test('placeholders lists each name once, across plural forms', () => {
    expect(placeholders({ one: '{count} lesson', other: '{count} lessons in {course}' })).toEqual(['count', 'course']);
  });

  test('a key missing from a catalogue falls back to the reference, then to the key itself', () => {
    const t = translator<'a' | 'b' | 'c'>({ a: 'А' }, { a: 'A', b: 'B' }, 'ru');
    expect([t('a'), t('b'), t('c')]).toEqual(['А', 'B', 'c']);
  });
});

describe('locale paths', () => {
  test('English keeps unprefixed addresses; the others live under their code', () => {
    expect(inLocale('en', 'courses/x/')).toBe('courses/x/');
    expect(inLocale('ru', 'courses/x/')).toBe('ru/courses/x/');
  });

  test('switching keeps the page', () => {
    expect(switchLocale('courses/x/lesson/', 'vi')).toBe('vi/courses/x/lesson/');
    expect(switchLocale('ru/courses/x/lesson/', 'fa')).toBe('fa/courses/x/lesson/');
    expect(switchLocale('fa/', 'en')).toBe('');
    // A course whose id happens to be a word is not a locale unless it is the first part.
    expect(switchLocale('courses/ru/', 'vi')).toBe('vi/courses/ru/');
  });

  test('only known locales, and Persian reads right to left', () => {
    expect([isLocale('ru'), isLocale('de'), isLocale(undefined)]).toEqual([true, false, false]);
    expect([direction('fa'), direction('ru')]).toEqual(['rtl', 'ltr']);
  });
});
