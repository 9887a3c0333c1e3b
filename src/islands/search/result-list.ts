import type { ExcerptPiece } from '../../lib/search-excerpt.ts';
import type { ResultView } from '../../lib/search-results.ts';
import type { Translate } from '../../lib/messages.ts';
import type { SearchMessageKey } from '../../lib/search-status.ts';

/**
 * Search results as DOM, built only with createElement and textContent: whatever the index or the query
 * holds is shown as text. The only elements are the ones made here, <mark> included.
 */
export function renderResults(list: HTMLElement, views: readonly ResultView[], t?: Translate<SearchMessageKey>): void {
  list.replaceChildren(...views.map((view) => resultItem(view, t)));
  list.hidden = views.length === 0;
}

function resultItem(view: ResultView, t?: Translate<SearchMessageKey>): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(link(view.href, view.lesson, 'search-result-link'));
  item.append(element('p', 'search-result-where', view.section ? `${view.course} › ${view.section}` : view.course));
  item.append(excerpt(view.excerpt));
  if (view.sections.length > 0) {
    const sections = element('ul', 'search-result-sections');
    sections.setAttribute('aria-label', t?.('search.moreIn', { lesson: view.lesson }) ?? view.lesson);
    for (const section of view.sections) {
      const li = element('li');
      li.append(link(section.href, section.title), excerpt(section.excerpt));
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}

function excerpt(pieces: readonly ExcerptPiece[]): HTMLParagraphElement {
  const p = element('p', 'search-result-excerpt');
  p.append(...pieces.map((piece) => (piece.marked ? element('mark', undefined, piece.text) : document.createTextNode(piece.text))));
  return p;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
