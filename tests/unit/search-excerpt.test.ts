import { describe, expect, test } from 'vitest';
import { markedWords, readExcerpt } from '../../src/lib/search-excerpt.ts';

describe('reading pagefind excerpts', () => {
  test('marked words become marked pieces; neighbours join', () => {
    expect(readExcerpt('Give <mark>naloxone</mark> when <mark>opioids</mark> <mark>might</mark> be involved.')).toEqual([
      { text: 'Give ', marked: false },
      { text: 'naloxone', marked: true },
      { text: ' when ', marked: false },
      { text: 'opioids', marked: true },
      { text: ' ', marked: false },
      { text: 'might', marked: true },
      { text: ' be involved.', marked: false },
    ]);
  });

  test('escaped text reads as the page shows it, and stays text', () => {
    expect(readExcerpt('a &lt;script&gt;alert(1)&lt;/script&gt; b')).toEqual([{ text: 'a <script>alert(1)</script> b', marked: false }]);
    expect(readExcerpt('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'x', marked: true },
    ]);
  });

  test('text that looks like a mark is not one', () => {
    expect(readExcerpt('&lt;mark&gt;not marked&lt;/mark&gt;')).toEqual([{ text: '<mark>not marked</mark>', marked: false }]);
    expect(readExcerpt('<MARK>upper</MARK> <mark class="x">attr</mark>')).toEqual([{ text: '<MARK>upper</MARK> <mark class="x">attr', marked: false }]);
  });

  test('raw tags are never markup, even if pagefind let one through', () => {
    expect(readExcerpt('<b onclick="x">bold</b>')).toEqual([{ text: '<b onclick="x">bold</b>', marked: false }]);
  });

  test('stray or unclosed marks do no harm', () => {
    expect(readExcerpt('</mark>a<mark>b')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(readExcerpt('')).toEqual([]);
    expect(readExcerpt('<mark></mark>')).toEqual([]);
  });

  test('ampersands are left as they are', () => {
    expect(readExcerpt('HIV &amp; hepatitis & TB')).toEqual([{ text: 'HIV &amp; hepatitis & TB', marked: false }]);
  });

  test('the marked words, once each', () => {
    expect(markedWords(readExcerpt('<mark>Overdose</mark> and <mark>overdose</mark>, <mark>overdoses</mark>'))).toEqual(['overdose', 'overdoses']);
    expect(markedWords(readExcerpt('called <mark>“slamming”.</mark> <mark>HIV/AIDS</mark>'))).toEqual(['slamming', 'hiv', 'aids']);
  });
});
