import { describe, expect, test } from 'vitest';
import { highlightHref, highlightTerms, matchRanges } from '../../src/lib/search-highlight.ts';

const marked = (text: string, terms: string[]) => matchRanges(text, terms).map(([a, b]) => text.slice(a, b));

describe('highlighting searched words on a lesson', () => {
  test('the words go into the query, before the heading anchor', () => {
    expect(highlightHref('/courses/chemsex/what-is-chemsex/#who-it-affects', ['naloxone', 'g'])).toBe(
      '/courses/chemsex/what-is-chemsex/?highlight=naloxone&highlight=g#who-it-affects',
    );
    expect(highlightHref('/training/courses/a/b/', ['опиоид'])).toBe('/training/courses/a/b/?highlight=%D0%BE%D0%BF%D0%B8%D0%BE%D0%B8%D0%B4');
    expect(highlightHref('/a/?highlight=old', ['new'])).toBe('/a/?highlight=new');
  });

  test('an address with another origin keeps it', () => {
    expect(highlightHref('https://example.org/a/#h', ['x'])).toBe('https://example.org/a/?highlight=x#h');
  });

  test('terms come back from the address, as words only, once each', () => {
    expect(highlightTerms('?highlight=Naloxone&highlight=naloxone&highlight=%3Cimg%20src%3Dx%3E')).toEqual(['naloxone', 'img', 'src', 'x']);
    expect(highlightTerms('?other=1')).toEqual([]);
    expect(highlightTerms('?highlight=' + 'a'.repeat(41))).toEqual([]);
    expect(highlightTerms('?' + Array.from({ length: 30 }, (_, i) => `highlight=w${i}`).join('&'))).toHaveLength(12);
  });

  test('whole words that begin with a term are marked, whatever their case', () => {
    expect(marked('Overdoses and an overdose. Not preoverdose.', ['overdose'])).toEqual(['Overdoses', 'overdose']);
    expect(marked('Give naloxone (Narcan).', ['naloxone', 'narcan'])).toEqual(['naloxone', 'Narcan']);
  });

  test('short terms mark only whole words', () => {
    expect(marked('G is GHB; give good care.', ['g'])).toEqual(['G']);
    expect(marked('HIV and hives', ['hi'])).toEqual([]);
  });

  test('every script', () => {
    expect(marked('Налоксон спасает. НАЛОКСОНА нет.', ['налоксон'])).toEqual(['Налоксон', 'НАЛОКСОНА']);
    expect(marked('Tiếng Việt', ['việt'])).toEqual(['Việt']);
  });

  test('symbols in a term match only themselves', () => {
    expect(marked('a.b axb (c) c', ['a.b', '(c)'])).toEqual(['a.b', '(c)']);
    expect(matchRanges('anything', [])).toEqual([]);
  });
});
