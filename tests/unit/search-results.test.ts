import { describe, expect, test } from 'vitest';
import type { PagefindResultData } from '../../src/lib/pagefind-api.ts';
import { resultView } from '../../src/lib/search-results.ts';

const at = (...scores: number[]) => scores.map((balanced_score) => ({ balanced_score }));
const page = '/courses/chemsex/what-is-chemsex/';
const data: PagefindResultData = {
  url: page,
  excerpt: 'page <mark>overdose</mark>',
  meta: { title: 'What chemsex is', course: 'Chemsex: a guide' },
  sub_results: [
    { title: 'What chemsex is', url: page, excerpt: 'top <mark>overdose</mark>', weighted_locations: at(1) },
    { title: 'G and overdose', url: `${page}#g-and-overdose`, excerpt: 'a G <mark>overdoses</mark> &lt;b&gt;', weighted_locations: at(2, 2, 1) },
    { title: 'Who it affects', url: `${page}#who-it-affects`, excerpt: 'one <mark>overdose</mark>', weighted_locations: at(1.5) },
    { title: 'Summary', url: `${page}#summary`, excerpt: '<mark>overdose</mark>', weighted_locations: at(0.5) },
    { title: 'Sources', url: `${page}#sources`, excerpt: '<mark>overdose</mark>', weighted_locations: at(0.2) },
    { title: 'Help', url: `${page}#help`, excerpt: '<mark>overdose</mark>', weighted_locations: at(0.1) },
  ],
};

describe('a search result', () => {
  test('links to the best matching heading, highlighting the typed and the found forms', () => {
    const view = resultView(data, ['overdose']);
    expect(view.lesson).toBe('What chemsex is');
    expect(view.course).toBe('Chemsex: a guide');
    expect(view.section).toBe('G and overdose');
    expect(view.href).toBe(`${page}?highlight=overdose&highlight=overdoses#g-and-overdose`);
    expect(view.excerpt).toEqual([
      { text: 'a G ', marked: false },
      { text: 'overdoses', marked: true },
      { text: ' <b>', marked: false },
    ]);
  });

  test('lists up to three other headings that match, best first chosen, shown in reading order', () => {
    expect(resultView(data, ['overdose']).sections.map((s) => s.title)).toEqual(['Who it affects', 'Summary', 'Sources']);
  });

  test('the top of the page is never listed as a heading', () => {
    const top = resultView({ ...data, sub_results: data.sub_results!.slice(0, 1) }, ['overdose']);
    expect(top.section).toBeNull();
    expect(top.href).toBe(`${page}?highlight=overdose`);
    expect(top.sections).toEqual([]);
  });

  test('without parts, the page itself is the result', () => {
    const plain = resultView({ url: page, excerpt: 'x <mark>y</mark>', meta: {} }, ['y']);
    expect(plain).toMatchObject({ lesson: '', course: '', href: `${page}?highlight=y`, section: null, sections: [] });
  });
});
