import { describe, expect, test } from 'vitest';
import { messages } from '../../src/data/messages.ts';
import { chosenFilters, filterControls, languageName, lessonFilters, type FilterSource } from '../../src/lib/search-filters.ts';

const courses: FilterSource[] = [
  { id: 'prisons', title: 'Prisons', audiences: ['prison-staff', 'health-workers'], language: 'en' },
  { id: 'chemsex', title: 'Chemsex', audiences: ['outreach-workers'], language: 'en' },
  { id: 'ru-course', title: 'Курс', audiences: ['outreach-workers'], language: 'ru' },
];

describe('search filters', () => {
  test('a lesson is indexed under its course id, its audiences and its language', () => {
    expect(lessonFilters(courses[0]!)).toEqual({ course: ['prisons'], audience: ['prison-staff', 'health-workers'], language: ['en'] });
  });

  test('controls offer only values some course has: courses by title, audiences in schema order, languages by tag', () => {
    const [course, audience, language] = filterControls(courses, messages('en'));
    expect(course!.choices.map((c) => c.value)).toEqual(['chemsex', 'prisons', 'ru-course']);
    expect(audience!.choices).toEqual([
      { value: 'outreach-workers', label: 'Outreach workers' },
      { value: 'health-workers', label: 'Health workers' },
      { value: 'prison-staff', label: 'Prison health staff' },
    ]);
    expect(language!.choices).toEqual([
      { value: 'en', label: 'English', lang: 'en' },
      { value: 'ru', label: 'Русский', lang: 'ru' },
    ]);
  });

  test('languages are named in their own language', () => {
    expect(['vi', 'pt-BR', 'fa'].map(languageName)).toEqual(['Tiếng Việt', 'Português (Brasil)', 'فارسی']);
  });

  test('the chosen filters come from the address; empty ones and other parameters are left out', () => {
    const params = new URLSearchParams('q=x&course=chemsex&audience=&language=%20ru%20&page=2');
    expect(chosenFilters((f) => params.get(f))).toEqual({ course: 'chemsex', language: 'ru' });
  });
});
