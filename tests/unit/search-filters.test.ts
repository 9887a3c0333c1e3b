import { describe, expect, test } from 'vitest';
import { messages } from '../../src/data/messages.ts';
import { chosenFilters, filterControls, languageName, lessonFilters, type FilterSource } from '../../src/lib/search-filters.ts';

const courses: FilterSource[] = [
  { id: 'prisons', title: 'Prisons', audiences: ['prison-staff', 'health-workers'], languages: ['en'] },
  { id: 'chemsex', title: 'Chemsex', audiences: ['outreach-workers'], languages: ['en', 'vi'] },
  { id: 'ru-course', title: 'Курс', audiences: ['outreach-workers'], languages: ['ru'] },
];

describe('search filters', () => {
  test('a lesson is indexed under its course id, its audiences and the language it is shown in', () => {
    expect(lessonFilters({ courseId: 'prisons', audiences: ['prison-staff', 'health-workers'], language: 'vi' })).toEqual({
      course: ['prisons'],
      audience: ['prison-staff', 'health-workers'],
      language: ['vi'],
    });
  });

  test('controls offer only values some course has: courses by title, audiences in schema order, languages (translations too) by tag', () => {
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
      { value: 'vi', label: 'Tiếng Việt', lang: 'vi' },
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
